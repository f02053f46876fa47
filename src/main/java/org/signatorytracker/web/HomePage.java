package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.signatorytracker.analysis.Conflicts;
import org.signatorytracker.analysis.IssueAnswers.Balance;
import org.signatorytracker.analysis.IssueBalances;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.positions.PositionService;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.ReportService;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.IssueView;
import org.signatorytracker.statements.LifeStage;
import org.signatorytracker.statements.StatementFilter;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.StateDirectory;

/**
 * The home page: a search box, the issues with the latest activity first (a page at a time) with
 * today's balance, the letters still circulating, the latest records.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@AuthorizationPolicy(name = ReadAccess.NAME)
public class HomePage {

  static final int LATEST = 20;
  static final int FOUND = 25;
  static final int ISSUES_PER_PAGE = 10;

  @Inject Template home;
  @Inject PageModel model;
  @Inject IssueService issues;
  @Inject IssueBalances issueBalances;
  @Inject Conflicts conflicts;
  @Inject PositionService positions;
  @Inject StatementService statements;
  @Inject StateDirectory states;
  @Inject ReportService reports;
  @Inject PageTags tags;

  /** An issue with when it last changed, its balance today and how many disagreements it has. */
  public record IssueRow(IssueView issue, Instant lastChange, Balance balance, int conflicts) {}

  @GET
  @Operation(hidden = true)
  public Response home(
      @QueryParam("q") String q, @QueryParam("page") String page, @Context Request request) {
    String text = q == null ? "" : q.strip();
    var today = ReportQuery.on(LocalDate.now(ZoneOffset.UTC));
    // the issues with the latest activity first, a page at a time: only theirs are balanced
    Page<IssueService.ActiveIssue> active =
        issues.byLatestActivity(
            new PageRequest(QueryParams.integer("page", page, 0), ISSUES_PER_PAGE));
    List<IssueView> shown = active.items().stream().map(IssueService.ActiveIssue::issue).toList();
    List<Balance> balances = issueBalances.balances(shown, today);
    Map<String, Integer> disagreements =
        conflicts.countsByIssue(shown.stream().map(IssueView::key).toList(), today);
    List<IssueRow> rows = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      rows.add(
          new IssueRow(
              shown.get(i),
              active.items().get(i).lastChange(),
              balances.get(i),
              disagreements.getOrDefault(shown.get(i).key(), 0)));
    }
    TemplateInstance home =
        model
            .of(this.home)
            .data("q", text)
            .data(
                "foundStatements",
                text.isEmpty()
                    ? List.of()
                    : statements
                        .list(
                            new StatementFilter(null, null, null, null, text, null, null),
                            new PageRequest(0, FOUND))
                        .items())
            .data("foundStates", text.isEmpty() ? List.of() : states.search(text))
            .data("issues", rows)
            .data("issuePage", active)
            .data("newer", active.page() > 0 ? pageLink(text, active.page() - 1) : null)
            .data(
                "older",
                active.page() + 1 < active.totalPages() ? pageLink(text, active.page() + 1) : null)
            .data(
                "circulating",
                statements
                    .list(
                        new StatementFilter(
                            null, null, null, null, null, null, null, LifeStage.CIRCULATING),
                        new PageRequest(0, FOUND))
                    .items())
            .data("latest", positions.latest(LATEST));
    return tags.answer(request, reports.basis(today), home);
  }

  private static String pageLink(String q, int page) {
    return "/?"
        + (q.isEmpty() ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&")
        + "page="
        + page
        + "#issues";
  }
}
