package org.signatorytracker.transfer;

import static org.signatorytracker.transfer.ImportDescriptions.STAGES_DESCRIPTION;
import static org.signatorytracker.transfer.ImportDescriptions.STAGES_SUMMARY;

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
import java.util.List;
import java.util.function.Function;
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

/**
 * The stages table's import (the import's first tables are in {@link ImportResource}), and how a
 * table sent alone is imported.
 */
@Path("/api/import/stages")
@RolesAllowed(Role.EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import")
public class StageImportResource {

  @Inject ImportService importer;

  @POST
  @Consumes({ListAnswers.CSV, ListAnswers.TSV})
  @Operation(
      operationId = "importStages",
      summary = STAGES_SUMMARY,
      description = STAGES_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = ImportDescriptions.REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response stages(
      InputStream body,
      @Parameter(
              description = ImportDescriptions.DRY_RUN,
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun)
      throws IOException {
    return table(importer, body, dryRun, "stages", ImportFiles::stages);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = STAGES_SUMMARY, description = STAGES_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = ImportDescriptions.REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response stagesUpload(
      @RestForm("file") FileUpload file,
      @Parameter(
              description = ImportDescriptions.DRY_RUN,
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun) {
    return upload(importer, file, dryRun, ImportFiles::stages);
  }

  /** Imports one table sent as the request body, as the import's other tables are. */
  static Response table(
      ImportService importer,
      InputStream body,
      String dryRun,
      String name,
      Function<ImportFile, ImportFiles> files)
      throws IOException {
    return ImportResource.spooled(
        body,
        ".csv",
        file ->
            ImportResource.answer(
                importer.run(
                    files.apply(new ImportFile(name, file)),
                    ImportResource.flag(dryRun),
                    List.of())));
  }

  /** Imports one table sent as the multipart part {@code file}. */
  static Response upload(
      ImportService importer,
      FileUpload file,
      String dryRun,
      Function<ImportFile, ImportFiles> files) {
    return ImportResource.answer(
        importer.run(
            files.apply(ImportResource.upload("file", file)),
            ImportResource.flag(dryRun),
            List.of()));
  }
}
