package org.signatorytracker.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.Problem;
import org.signatorytracker.security.Role;

/** Pasted text read for the states it names, before an editor records them. */
@Path("/api/statements/{key}/recognition")
@RolesAllowed(Role.EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Positions", description = "The append-only history of what each state did")
public class RecognitionResource {

  @Inject TextRecognition recognition;

  @POST
  @Operation(
      operationId = "recogniseStates",
      summary = "Which states does a pasted text name?",
      description =
          "Reads a text pasted from a UN annex, a press article, a numbered list or a table and"
              + " answers the states it names (each once, with the words that named it and their"
              + " place in the text, and how the state stands on the statement today), the words"
              + " that name more than one state (\"Congo\", \"Korea\") with their candidates, and"
              + " the list items that name no state. Names, formal names and aliases match in any"
              + " case and with or without diacritics, the longest first (\"Equatorial Guinea\""
              + " before \"Guinea\"); ISO codes and aliases written in capitals (\"UK\", \"US\")"
              + " only in capitals. Writes nothing: record the chosen states with one batch.")
  @APIResponse(
      responseCode = "200",
      description = "What the text names",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Recognition.class)))
  public Recognition recognise(
      @PathParam("key") String key,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid RecognitionRequest body) {
    return recognition.recognise(key, body.text());
  }
}
