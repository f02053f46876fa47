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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.Ids;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.Problem;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.common.RetractionRequest;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.security.Role;

/** Claims about the sides of an issue: "nearly 100 countries support China's position". */
@Path("/api/issues/{issue}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class SideClaimsResource {

  @Inject SideClaimService service;

  @POST
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "recordSideClaim",
      summary = "Record a claim of how many states stand on a side of the issue",
      description =
          "A claim about a side of the issue rather than one statement (\"nearly 100 countries"
              + " support China's position on Xinjiang\", per China's mission, 19 July 2022): the"
              + " side (one the issue declares), the count as phrased (`bound`, `countTo`), its"
              + " date, sources, the source's words (`quote`) and a note. The issue's balance shows"
              + " it beside the side's documented count as of any date on or after its date.")
  @APIResponse(
      responseCode = "201",
      description = "The claim, with its Location",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SideClaimView.class))
      })
  public Response record(
      @PathParam("issue") String issue,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid SideClaimRequest body) {
    long id = service.record(issue, body);
    SideClaimView created = service.find(id).orElseThrow();
    return Response.created(location(created.issue(), id)).entity(created).build();
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "sideClaims",
      summary = "Every claim about the issue's sides",
      description = "In the order recorded; retracted claims marked. A page, or as CSV the list.")
  @APIResponse(
      responseCode = "200",
      description = "A page of claims, or the whole list as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "SideClaimView")
  public Response list(
      @PathParam("issue") String issue,
      @BeanParam PageParameters page,
      @Context HttpHeaders headers) {
    List<SideClaimView> all = service.list(issue);
    return ListAnswers.answer(
        headers,
        page.request(),
        p ->
            Page.of(
                all.subList(
                    Math.min(all.size(), p.page() * p.size()),
                    Math.min(all.size(), (p.page() + 1) * p.size())),
                p,
                all.size()),
        SideClaimView.CSV,
        issue + "-side-claims");
  }

  @GET
  @Path("{id}")
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "getSideClaim",
      summary = "One claim about a side",
      description = "With its sources, when it was committed and its retraction if it has one.")
  @APIResponse(
      responseCode = "200",
      description = "The claim",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SideClaimView.class))
      })
  public SideClaimView get(@PathParam("issue") String issue, @PathParam("id") String id) {
    return Ids.parse(id)
        .flatMap(service::find)
        .filter(c -> c.issue().equalsIgnoreCase(issue.strip()))
        .orElseThrow(() -> notFound(issue, id));
  }

  @POST
  @Path("{id}/retraction")
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "retractSideClaim",
      summary = "Retract a mistaken claim about a side",
      description =
          "The claim stays in the list, marked, but leaves every answer from the retraction's"
              + " revision on. A claim is retracted once (409 after).")
  @APIResponse(
      responseCode = "201",
      description = "The retracted claim",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SideClaimView.class))
      })
  public Response retract(
      @PathParam("issue") String issue,
      @PathParam("id") String id,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid RetractionRequest body) {
    long claimId = Ids.parse(id).orElseThrow(() -> notFound(issue, id));
    service.retract(issue, claimId, body.reason());
    SideClaimView retracted = service.find(claimId).orElseThrow();
    return Response.created(
            UriBuilder.fromUri(location(retracted.issue(), claimId)).path("retraction").build())
        .entity(retracted)
        .build();
  }

  private static URI location(String issue, long id) {
    return UriBuilder.fromPath("/api/issues/{issue}/claims/{id}").build(issue, id);
  }

  private static ResourceNotFoundException notFound(String issue, String id) {
    return new ResourceNotFoundException(
        "Issue '" + issue + "' has no claim with id '" + id + "'.");
  }
}
