package org.signatorytracker.transfer;

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
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.security.Role;

/** The UN Digital Library's General Assembly voting data, imported as it is published. */
@Path("/api/import/undl")
@RolesAllowed(Role.EDITOR)
@Tag(name = "Import")
public class UndlImportResource {

  @Inject UndlImports undl;

  @POST
  @Consumes("text/csv")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "importUnVotes",
      summary = "Import the UN Digital Library's General Assembly voting data",
      description =
          "The CSV as the UN Digital Library publishes it (version 3: undl_id, ms_code, ms_name,"
              + " ms_vote, date, session, resolution, draft, committee_report, meeting, title,"
              + " agenda_title, subjects, vote_note, total_yes, total_no, total_abstentions,"
              + " total_non_voting, total_ms, undl_link; one row per Member State and adopted"
              + " resolution). Each resolution becomes a statement of kind VOTE keyed by its symbol"
              + " (A/RES/74/10 is a-res-74-10), adopted on its date, with its symbol, session,"
              + " title and UN Digital Library record; each row a position (Y → YES, N → NO, A →"
              + " ABSTAIN, X, NV or empty → NOT_VOTING), its state matched by code or name, the"
              + " states of the past included. One transaction, all or nothing; a re-import"
              + " changes nothing, and a resolution already stored keeps what researchers added"
              + " to it (issues, sides, notes). Every problem is reported on the file's line and"
              + " column.")
  @APIResponse(
      responseCode = "200",
      description = "What the import did (or, with dryRun, would do)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportReport.class)))
  public Response importUnVotes(
      InputStream body,
      @Parameter(
              description = "Check only: report what the import would do, and write nothing",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun)
      throws IOException {
    java.nio.file.Path file = Files.createTempFile("signatory-tracker-undl-", ".csv");
    try {
      try (body) {
        Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return ImportResource.answer(undl.run(file, QueryParams.flag("dryRun", dryRun)));
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
