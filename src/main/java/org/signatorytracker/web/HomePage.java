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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.signatorytracker.analysis.IssueAnalysis;
import org.signatorytracker.analysis.IssueAnswers.Balance;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.positions.PositionService;
import org.signatorytracker.reports.ReportService;
import org.signatorytracker.reports.StandingQuery;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.IssueView;
import org.signatorytracker.statements.StatementFilter;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.StateDirectory;

/** The home page: a search box, the issues with today's balance, the latest records. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@AuthorizationPolicy(name = ReadAccess.NAME)
public class HomePage {

  static final int LATEST = 20;
  static final int FOUND = 25;

  @Inject Template home;
  @Inject PageModel model;
  @Inject IssueService issues;
  @Inject IssueAnalysis analysis;
  @Inject PositionService positions;
  @Inject StatementService statements;
  @Inject StateDirectory states;
  @Inject ReportService reports;
  @Inject PageTags tags;

  /** An issue with its balance today. */
  public record IssueRow(IssueView issue, Balance balance) {}

  private static List<IssueRow> rows(List<IssueView> all, List<Balance> balances) {
    List<IssueRow> rows = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      rows.add(new IssueRow(all.get(i), balances.get(i)));
    }
    return rows;
  }

  @GET
  @Operation(hidden = true)
  public Response home(@QueryParam("q") String q, @Context Request request) {
    String text = q == null ? "" : q.strip();
    var all = issues.list();
    var today = StandingQuery.on(LocalDate.now(ZoneOffset.UTC));
    TemplateInstance page =
        model
            .of(home)
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
            .data("issues", rows(all, analysis.balances(all, today)))
            .data("latest", positions.latest(LATEST));
    return tags.answer(request, reports.basis(today), page);
  }
}
