package org.signatorytracker.statements;

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
import java.net.URI;
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

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Claims",
    description =
        "What sources say a statement's count is, each with its date: the reported count of a"
            + " report is the latest claim dated by its date")
public class ClaimsResource {

  @Inject ClaimService service;
  @Inject StatementService statements;

  @POST
  @Path("statements/{key}/claims")
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "recordClaim",
      summary = "Record a claim of the statement's count, with its date and sources",
      description =
          "Sources often disagree on how many states signed, and counts grow: each claim has its"
              + " own date (a day, month, year or interval, counted from its last day), sources and"
              + " note. A report's `reportedCount` is the latest claim dated by its `asOf` and"
              + " public by its `knownBy` (a claim is public on its date); among claims of the same"
              + " date, the one recorded last.")
  @APIResponse(
      responseCode = "201",
      description = "The claim, with its Location",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimView.class))
      })
  public Response record(
      @PathParam("key") String key,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid ClaimRequest body) {
    long id = service.record(key, body);
    return Response.created(location(id)).entity(service.find(id).orElseThrow()).build();
  }

  @GET
  @Path("statements/{key}/claims")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "statementClaims",
      summary = "Every claim of a statement's count",
      description =
          "By date, then as recorded; retracted claims marked. A page, or as CSV the whole list.")
  @APIResponse(
      responseCode = "200",
      description = "A page of claims, or the whole list as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "ClaimView")
  public Response list(
      @PathParam("key") String key, @BeanParam PageParameters page, @Context HttpHeaders headers) {
    return StatementLists.answer(
        key, headers, page.request(), p -> service.list(key, p), ClaimView.CSV, "claims");
  }

  @GET
  @Path("claims/{id}")
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "getClaim",
      summary = "One claim",
      description =
          "A claim with its sources, when it was committed and its retraction if it has one.")
  @APIResponse(
      responseCode = "200",
      description = "The claim",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimView.class))
      })
  public ClaimView get(@PathParam("id") String id) {
    return Ids.parse(id).flatMap(service::find).orElseThrow(() -> notFound(id));
  }

  @POST
  @Path("claims/{id}/retraction")
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "retractClaim",
      summary = "Retract a mistaken claim",
      description =
          "The claim stays in the list, marked, but leaves every answer from the retraction's"
              + " revision on. A claim is retracted once (409 after).")
  @APIResponse(
      responseCode = "201",
      description = "The retracted claim",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimView.class))
      })
  public Response retract(
      @PathParam("id") String id,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid RetractionRequest body) {
    ClaimView retracted =
        Ids.parse(id)
            .filter(claimId -> service.retract(claimId, body.reason()))
            .flatMap(service::find)
            .orElseThrow(() -> notFound(id));
    return Response.created(UriBuilder.fromUri(location(retracted.id())).path("retraction").build())
        .entity(retracted)
        .build();
  }

  @POST
  @Path("claims/{id}/confirmation")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "confirmClaim",
      summary = "Confirm what waits for review on a count claim",
      description =
          "With review required, a claim (or a retraction of one) written by anyone waits until"
              + " another editor or an admin confirms it. Confirms the claim if it is PENDING,"
              + " otherwise the retraction proposed of it, from the confirmation's revision on."
              + " Confirming one's own proposal is refused (403); 409 when nothing about the claim"
              + " waits for review. No body.")
  @APIResponse(
      responseCode = "201",
      description = "The claim, reviewed; Location is the claim",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimView.class))
      })
  public Response confirm(@PathParam("id") String id) {
    return decided(id, true, null);
  }

  @POST
  @Path("claims/{id}/rejection")
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "rejectClaim",
      summary = "Reject what waits for review on a count claim, saying why",
      description =
          "Rejects the claim if it is PENDING (it stays in the list, REJECTED, and never counts),"
              + " otherwise the retraction proposed of it. Its proposer may reject it too (to"
              + " withdraw it); 409 when nothing about the claim waits for review.")
  @APIResponse(
      responseCode = "201",
      description = "The claim, reviewed; Location is the claim",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimView.class))
      })
  public Response reject(
      @PathParam("id") String id,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid RejectionRequest body) {
    return decided(id, false, body.reason());
  }

  private Response decided(String id, boolean confirm, String reason) {
    ClaimView claim =
        Ids.parse(id)
            .filter(claimId -> service.decide(claimId, confirm, reason))
            .flatMap(service::find)
            .orElseThrow(() -> notFound(id));
    return Response.created(location(claim.id())).entity(claim).build();
  }

  private static URI location(long id) {
    return UriBuilder.fromPath("/api/claims/{id}").build(id);
  }

  private static ResourceNotFoundException notFound(String id) {
    return new ResourceNotFoundException("There is no claim with id '" + id + "'.");
  }
}
