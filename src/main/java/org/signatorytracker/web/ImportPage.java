package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.security.Role;
import org.signatorytracker.transfer.ImportRegistry;
import org.signatorytracker.transfer.ImportReport;
import org.signatorytracker.transfer.ImportService;

/**
 * Import from a page: upload a table, read the dry run's report with every problem by line and
 * column, then import it. With JavaScript the report comes in place and the chosen file stays
 * chosen, so that importing is one click; without, the file is chosen again.
 */
@Path("/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR)
public class ImportPage {

  @Inject Template importing;
  @Inject Template importReport;
  @Inject PageModel model;
  @Inject CsrfTokens csrf;
  @Inject ImportService importer;
  @Inject ImportRegistry imports;

  /** How many of the latest imports the page lists. */
  static final int RECENT = 20;

  @GET
  @Operation(hidden = true)
  public TemplateInstance page(@QueryParam("retracted") String retracted) {
    return model
        .of(importing)
        .data("tables", ImportService.TABLES)
        .data("table", "positions")
        .data("inPlace", false)
        .data("report", null)
        .data("imports", imports.list(new PageRequest(0, RECENT)).items())
        .data(
            "notice",
            retracted == null
                ? null
                : "Import " + retracted + " is retracted: its records and claims no longer count.");
  }

  /** Undoes an import from its line in the list: its author's or an admin's. */
  @POST
  @Path("{id}/retraction")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response retract(
      @PathParam("id") long id, @RestForm String reason, @RestForm(CsrfTokens.FIELD) String token) {
    csrf.require(token);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "say why the import was a mistake");
    }
    imports.retract(id, reason);
    return Response.seeOther(URI.create("/import?retracted=" + id)).build();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response upload(
      @RestForm String table,
      @RestForm("file") FileUpload file,
      @RestForm String dryRun,
      @RestForm(CsrfTokens.FIELD) String token,
      @HeaderParam("HX-Request") String fromHtmx) {
    csrf.require(token);
    if (file == null || file.uploadedFile() == null) {
      throw new InvalidInputException("file", "choose a file to import");
    }
    boolean checkOnly = QueryParams.flag("dryRun", dryRun);
    ImportReport report = importer.runTable(table, file.fileName(), file.uploadedFile(), checkOnly);
    TemplateInstance answer =
        (fromHtmx != null ? importReport.instance() : model.of(importing))
            .data("inPlace", fromHtmx != null)
            .data("tables", ImportService.TABLES)
            .data("table", table)
            .data("fileName", file.fileName())
            .data("report", report)
            .data("imports", imports.list(new PageRequest(0, RECENT)).items())
            .data("notice", null);
    return Response.status(report.errorCount() == 0 ? 200 : 422)
        .entity(answer.render())
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .build();
  }
}
