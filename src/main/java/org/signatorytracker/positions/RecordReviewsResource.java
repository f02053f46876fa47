package org.signatorytracker.positions;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.Ids;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.Problem;
import org.signatorytracker.common.RejectionRequest;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.security.Role;
import org.signatorytracker.statements.StatementService;

/**
 * The review of records (with {@code tracker.review.required} on): what waits, and its confirmation
 * or rejection by someone other than its proposer.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions", description = "The append-only history of what each state did")
public class RecordReviewsResource {

  @Inject RecordReviews reviews;
  @Inject PositionService positions;
  @Inject StatementService statements;

  @POST
  @Path("positions/{id}/confirmation")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "confirmPosition",
      summary = "Confirm what waits for review on a record",
      description =
          "With review required, a record (or a retraction of one) written by anyone waits until"
              + " another editor or an admin confirms it. Confirms the record if it is PENDING,"
              + " otherwise the retraction proposed of it; from the confirmation's revision on it"
              + " counts (a confirmed retraction takes the record out), so answers given"
              + " `asRecorded` before it do not see it. Confirming one's own proposal is refused"
              + " (403); 409 when nothing about the record waits for review. No body.")
  @APIResponse(
      responseCode = "201",
      description = "The record, reviewed; Location is the record",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PositionView.class))
      })
  public Response confirm(@PathParam("id") String id) {
    return decided(id, reviews.decide(parse(id), true, null));
  }

  @POST
  @Path("positions/{id}/rejection")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "rejectPosition",
      summary = "Reject what waits for review on a record, saying why",
      description =
          "Rejects the record if it is PENDING (it stays in the history, REJECTED, and never"
              + " counts), otherwise the retraction proposed of it (the record keeps standing)."
              + " Anyone with the editor's role may reject, its proposer too (to withdraw it); 409"
              + " when nothing about the record waits for review.")
  @APIResponse(
      responseCode = "201",
      description = "The record, reviewed; Location is the record",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PositionView.class))
      })
  public Response reject(
      @PathParam("id") String id,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid RejectionRequest body) {
    return decided(id, reviews.decide(parse(id), false, body.reason()));
  }

  @GET
  @Path("reviews/positions")
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "positionsAwaitingReview",
      summary = "The records waiting for review",
      description =
          "Each record that waits for review, or whose retraction does (`proposedRetraction`), by"
              + " statement, then state; of one statement with `statement`. A page.")
  @APIResponse(
      responseCode = "200",
      description = "A page of records",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON)})
  @Extension(name = ListAnswers.PAGE_OF, value = "PositionView")
  public Page<PositionView> waiting(
      @Parameter(description = "Only the records of this statement (its key)")
          @QueryParam("statement")
          String statement,
      @BeanParam PageParameters page) {
    Long statementId = statement == null ? null : statements.require(statement).id;
    return reviews.waiting(statementId, page.request());
  }

  private Response decided(String id, Optional<Long> decided) {
    PositionView view = decided.flatMap(positions::find).orElseThrow(() -> notFound(id));
    return Response.created(UriBuilder.fromPath("/api/positions/{id}").build(view.id()))
        .entity(view)
        .build();
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> notFound(id));
  }

  private static ResourceNotFoundException notFound(String id) {
    return new ResourceNotFoundException("There is no position record with id '" + id + "'.");
  }
}
