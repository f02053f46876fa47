package org.signatorytracker.transfer;

import static org.signatorytracker.transfer.ImportDescriptions.SIDE_CLAIMS_DESCRIPTION;
import static org.signatorytracker.transfer.ImportDescriptions.SIDE_CLAIMS_SUMMARY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.security.Role;

/** The import of claims about issues' sides (side-claims.csv). */
@Path("/api/import/side-claims")
@RolesAllowed(Role.EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import")
public class SideClaimImportResource {

  @Inject ImportService importer;

  @POST
  @Consumes({ListAnswers.CSV, ListAnswers.TSV})
  @Operation(
      operationId = "importSideClaims",
      summary = SIDE_CLAIMS_SUMMARY,
      description = SIDE_CLAIMS_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = ImportDescriptions.REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response sideClaims(
      InputStream body,
      @Parameter(
              description = ImportDescriptions.DRY_RUN,
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun)
      throws IOException {
    return StageImportResource.table(
        importer, body, dryRun, "side-claims", ImportFiles::sideClaims);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = SIDE_CLAIMS_SUMMARY, description = SIDE_CLAIMS_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = ImportDescriptions.REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response sideClaimsUpload(
      @RestForm("file") FileUpload file,
      @Parameter(
              description = ImportDescriptions.DRY_RUN,
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun) {
    return StageImportResource.upload(importer, file, dryRun, ImportFiles::sideClaims);
  }
}
