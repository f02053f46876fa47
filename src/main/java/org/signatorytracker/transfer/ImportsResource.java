package org.signatorytracker.transfer;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.Ids;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.Problem;
import org.signatorytracker.common.RejectionRequest;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.common.RetractionRequest;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.security.Role;
import org.signatorytracker.transfer.ImportRegistry.ImportView;

@Path("/api/imports")
@AuthorizationPolicy(name = ReadAccess.NAME)
@Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
@Tag(name = "Import")
public class ImportsResource {

  @Inject ImportRegistry imports;

  @GET
  @Operation(
      operationId = "listImports",
      summary = "Every import that wrote something, newest first",
      description =
          "Who ran it, when its transaction committed, which files, what it wrote, and whether it"
              + " was retracted. A page, or as CSV the whole list.")
  @APIResponse(
      responseCode = "200",
      description = "A page of imports, or the whole list as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "ImportView")
  public Response list(@BeanParam PageParameters page, @Context HttpHeaders headers) {
    return ListAnswers.answer(
        headers, page.request(), imports::list, ImportRegistry.CSV, "imports");
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getImport",
      summary = "One import",
      description = "What an import wrote, and its retraction.")
  @APIResponse(
      responseCode = "200",
      description = "The import",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportView.class))
      })
  public ImportView get(@PathParam("id") String id) {
    return imports.get(Ids.parse(id).orElseThrow(() -> notFound(id)));
  }

  @POST
  @Path("{id}/retraction")
  @RolesAllowed(Role.EDITOR)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "retractImport",
      summary = "Undo an import: retract every record and claim it wrote",
      description =
          "Retracts, in one audited change, every position record and claim the import wrote"
              + " that still stands (and only those), each with the reason; statements it created"
              + " stay, as do the retractions it made. Its author or an admin may do it, once (409"
              + " after); answers given `asRecorded` before it still see the records.")
  @APIResponse(
      responseCode = "201",
      description = "The retracted import",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportView.class))
      })
  public Response retract(
      @PathParam("id") String id,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid RetractionRequest body) {
    ImportView retracted =
        imports.retract(Ids.parse(id).orElseThrow(() -> notFound(id)), body.reason());
    return Response.created(
            UriBuilder.fromPath("/api/imports/{id}/retraction").build(retracted.id()))
        .entity(imports.get(retracted.id()))
        .build();
  }

  @POST
  @Path("{id}/confirmation")
  @RolesAllowed(Role.EDITOR)
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "confirmImport",
      summary = "Confirm everything an import proposed",
      description =
          "With review required, what an import writes (records, claims, retractions) waits for"
              + " review; this confirms all of it that still waits, in one audited change, from"
              + " whose revision on it counts. Anyone with the editor's role but the import's"
              + " author (403 for its author); 409 when nothing of it waits. No body.")
  @APIResponse(
      responseCode = "201",
      description = "The import; Location is the import",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportView.class))
      })
  public Response confirm(@PathParam("id") String id) {
    return reviewed(imports.review(Ids.parse(id).orElseThrow(() -> notFound(id)), true, null));
  }

  @POST
  @Path("{id}/rejection")
  @RolesAllowed(Role.EDITOR)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "rejectImport",
      summary = "Reject everything an import proposed, saying why",
      description =
          "Rejects all that the import proposed and still waits for review, in one audited"
              + " change: its records stay in the history, REJECTED, and never count; its proposed"
              + " retractions are dropped. Its author may reject it too (to withdraw it); 409 when"
              + " nothing of it waits.")
  @APIResponse(
      responseCode = "201",
      description = "The import; Location is the import",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportView.class))
      })
  public Response reject(
      @PathParam("id") String id,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid RejectionRequest body) {
    return reviewed(
        imports.review(Ids.parse(id).orElseThrow(() -> notFound(id)), false, body.reason()));
  }

  private static Response reviewed(ImportView view) {
    return Response.created(UriBuilder.fromPath("/api/imports/{id}").build(view.id()))
        .entity(view)
        .build();
  }

  private static ResourceNotFoundException notFound(String id) {
    return new ResourceNotFoundException("There is no import with id '" + id + "'.");
  }
}
