package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.signatorytracker.analysis.AgreementAndCohesion;
import org.signatorytracker.analysis.AgreementParameters;
import org.signatorytracker.reports.ReportService;
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
  @Inject AgreementAndCohesion blocs;
  @Inject PageTags tags;
  @Inject RoutingContext routing;
  @Inject ReportService reports;

  @GET
  @Operation(hidden = true)
  public Response page(@BeanParam AgreementParameters chosen, @Context Request request) {
    TemplateInstance page =
        model
            .of(agreement)
            .data("issues", issues.list())
            .data("groups", groups.list())
            .data("chosen", chosen)
            .data("matrix", chosen.chosen() ? chosen.agreed(blocs).matrix() : null)
            .data("query", routing.request().query());
    return tags.answer(request, reports.basis(chosen.query()), page);
  }
}
