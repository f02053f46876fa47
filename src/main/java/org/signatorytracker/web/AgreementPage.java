package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.signatorytracker.analysis.Blocs;
import org.signatorytracker.reports.ReportParameters;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.states.GroupService;

/**
 * How often chosen states (or a group's members) stood together on an issue: the Lijphart matrix as
 * a heat map, with the table and the CSV.
 */
@Path("/agreement")
@Produces(MediaType.TEXT_HTML)
@AuthorizationPolicy(name = ReadAccess.NAME)
public class AgreementPage {

  @Inject Template agreement;
  @Inject PageModel model;
  @Inject IssueService issues;
  @Inject GroupService groups;
  @Inject Blocs blocs;

  @GET
  @Operation(hidden = true)
  public TemplateInstance page(
      @QueryParam("issue") String issue,
      @QueryParam("states") String states,
      @QueryParam("group") String group,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam ReportParameters parameters,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    TemplateInstance page =
        model
            .of(agreement)
            .data("issues", issues.list())
            .data("groups", groups.list())
            .data("issue", blank(issue))
            .data("states", blank(states))
            .data("group", blank(group))
            .data("from", blank(from))
            .data("to", blank(to))
            .data("matrix", null);
    boolean chosen = !blank(issue).isEmpty() && !(blank(states) + blank(group)).isEmpty();
    if (chosen) {
      page.data(
          "matrix",
          ChartsResource.agreementMatrix(blocs, issue, states, group, from, to, parameters));
      page.data("query", uri.getRequestUri().getRawQuery());
    }
    return page;
  }

  private static String blank(String text) {
    return text == null ? "" : text.strip();
  }
}
