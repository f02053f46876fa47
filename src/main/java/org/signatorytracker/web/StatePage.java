package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.signatorytracker.analysis.IssueProfiles;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.common.Source;
import org.signatorytracker.positions.PositionService;
import org.signatorytracker.reports.ReportParameters;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.ReportService;
import org.signatorytracker.reports.Reports.StatePositions;
import org.signatorytracker.reports.Standing;
import org.signatorytracker.security.ReadAccess;

/** A state's page: its side on each issue over time, and every statement it stood on. */
@Path("/states/{code}")
@Produces(MediaType.TEXT_HTML)
@AuthorizationPolicy(name = ReadAccess.NAME)
public class StatePage {

  @Inject Template state;
  @Inject PageModel model;
  @Inject PageTags tags;
  @Inject ReportService reports;
  @Inject IssueProfiles profiles;
  @Inject PositionService positions;

  /** How many statements the page lists at a time, latest first. */
  static final int STANDINGS_PER_PAGE = 100;

  /** A statement the state stands on (or withdrew from), with the sources of that record. */
  public record Row(Standing standing, List<Source> sources) {}

  @GET
  @Operation(hidden = true)
  public Response page(
      @PathParam("code") String code,
      @BeanParam ReportParameters parameters,
      @QueryParam("page") String page,
      @Context Request request) {
    ReportQuery query = parameters.query();
    PageRequest shown = new PageRequest(QueryParams.integer("page", page, 0), STANDINGS_PER_PAGE);
    StatePositions standings = reports.statePositions(code, query, shown);
    var profile = profiles.profile(standings.state().iso3(), null, query);
    Map<Long, List<Source>> sources = new HashMap<>();
    positions
        .views(standings.standings().stream().map(Standing::recordId).toList())
        .forEach(r -> sources.put(r.id(), r.sources()));
    List<Row> rows =
        standings.standings().stream()
            .map(s -> new Row(s, sources.getOrDefault(s.recordId(), List.of())))
            .toList();
    TemplateInstance answer =
        model
            .of(state)
            .data("state", standings.state())
            .data("asOf", query.asOf())
            .data("profile", profile)
            .data("rows", rows)
            .data("first", shown.offset() + 1)
            .data("newer", shown.page() > 0 ? pageLink(code, query, shown.page() - 1) : null)
            .data("older", standings.more() ? pageLink(code, query, shown.page() + 1) : null)
            .data("history", standings.history())
            .data("historyTotal", standings.historyTotal());
    return tags.answer(request, standings.basis(), answer);
  }

  private static String pageLink(String code, ReportQuery query, int page) {
    return "/states/"
        + URLEncoder.encode(code, StandardCharsets.UTF_8)
        + "?"
        + (query.asOf() == null ? "" : "asOf=" + query.asOf() + "&")
        + "page="
        + page
        + "#statements-heading";
  }
}
