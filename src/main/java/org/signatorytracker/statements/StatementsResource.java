package org.signatorytracker.statements;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.PreconditionFailedException;
import org.signatorytracker.common.Problem;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.common.Text;
import org.signatorytracker.security.AuditLog;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.security.Role;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "Letters, joint statements and recorded votes")
public class StatementsResource {

  @Inject StatementService service;

  @GET
  @Path("statements")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "listStatements",
      summary = "List statements, latest first",
      description =
          "Filters match without regard to case: `issue`, `forum`, `kind`, `side`; `q` finds text"
              + " in the key, title, forum, session, summary or notes; `from` and `to` bound the"
              + " statement's date. A page, or as CSV the whole list.")
  @APIResponse(
      responseCode = "200",
      description = "A page of statements, or the whole list as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "StatementView")
  public Response list(
      @Parameter(description = "Topic key, such as xinjiang, in any case") @QueryParam("issue")
          String issue,
      @Parameter(description = "Forum, in any case") @QueryParam("forum") String forum,
      @Parameter(description = "LETTER, JOINT_STATEMENT or VOTE, in any case") @QueryParam("kind")
          String kind,
      @Parameter(description = "The statement's side on its issue, in any case") @QueryParam("side")
          String side,
      @Parameter(
              description =
                  "Words, each found (in any order) in the key, title, forum, session, date,"
                      + " summary, notes, issues or sides, or naming a state (a name or an alias,"
                      + " or an ISO code in capitals) that has a record on it",
              example = "2019 supportive")
          @QueryParam("q")
          String q,
      @Parameter(description = "Earliest statement date (YYYY-MM-DD, YYYY-MM or YYYY)")
          @QueryParam("from")
          String from,
      @Parameter(description = "Latest statement date") @QueryParam("to") String to,
      @Parameter(
              description =
                  "The furthest stage of its life the statement has reached: CIRCULATING (still"
                      + " being gathered, as far as is known), DELIVERED, PUBLISHED or ABANDONED",
              example = "CIRCULATING")
          @QueryParam("stage")
          String stage,
      @BeanParam PageParameters page,
      @Context HttpHeaders headers) {
    var filter =
        new StatementFilter(
            Text.blankToNull(issue),
            Text.blankToNull(forum),
            QueryParams.enumValue("kind", kind, StatementKind.class, null),
            Text.blankToNull(side),
            Text.blankToNull(q),
            QueryParams.startDate("from", from),
            QueryParams.endDate("to", to, null),
            QueryParams.enumValue("stage", stage, LifeStage.class, null));
    return ListAnswers.answer(
        headers, page.request(), p -> service.list(filter, p), StatementView.CSV, "statements");
  }

  @POST
  @Path("statements")
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "createStatement",
      summary = "Create a statement",
      description =
          "A letter, joint statement or vote. The key (3 to 80 letters, digits or hyphens) is kept"
              + " in lowercase and found in any case. `date` may be a day, month, year or interval."
              + " `reportedCount`, when given, is recorded as a claim of the count on the"
              + " statement's date citing its sources (so it needs both); later counts are claims"
              + " of their own (`POST .../claims`).")
  @APIResponse(
      responseCode = "201",
      description = "The statement, with its Location",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatementView.class))
      })
  public Response create(@NotNull(message = Problem.BODY_REQUIRED) @Valid StatementRequest body) {
    StatementView created = service.create(body);
    return Response.created(UriBuilder.fromPath("/api/statements/{key}").build(created.key()))
        .entity(created)
        .build();
  }

  @GET
  @Path("statements/{key}")
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "getStatement",
      summary = "One statement, with its version as ETag",
      description =
          "Send the ETag back in If-Match when you replace the statement, so that an edit made in"
              + " between is not overwritten. `reportedCount` is the claim chosen as of today.")
  @APIResponse(
      responseCode = "200",
      description = "The statement",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatementView.class))
      })
  public Response get(@PathParam("key") String key) {
    StatementView statement = service.find(key).orElseThrow(() -> StatementKeys.notFound(key));
    return Response.ok(statement).tag(etag(statement)).build();
  }

  @PUT
  @Path("statements/{key}")
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "replaceStatement",
      summary = "Replace every field of a statement",
      description =
          "The key cannot change. With If-Match, only if nobody changed it since (412 otherwise)."
              + " Every change is kept as a revision (`/history`), and reports read the statement"
              + " as it was when asked `asRecorded`.")
  @APIResponse(
      responseCode = "200",
      description = "The statement",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatementView.class))
      })
  public Response update(
      @PathParam("key") String key,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid StatementRequest body) {
    List<Long> expected = acceptedVersions(ifMatch);
    for (int attempt = 1; ; attempt++) {
      try {
        StatementView updated =
            service.update(key, body, expected).orElseThrow(() -> StatementKeys.notFound(key));
        return Response.ok(updated).tag(etag(updated)).build();
      } catch (OptimisticLockException raced) {
        // Someone committed in between. Without If-Match the caller asked for a plain
        // replacement, so try again on the new version; with If-Match the race means 412.
        if (expected != null) {
          throw new PreconditionFailedException(
              "Statement '" + key + "' changed while your update ran; fetch it again.");
        }
        if (attempt == 3) {
          throw raced;
        }
      }
    }
  }

  @DELETE
  @Path("statements/{key}")
  @RolesAllowed(Role.ADMIN)
  @Operation(
      operationId = "deleteStatement",
      summary = "Delete a statement entered by mistake (admins)",
      description =
          "Only a statement on which nothing has been recorded (no records, no claims) can be"
              + " deleted: records and claims are retracted, not deleted (409 otherwise). The"
              + " deletion is audited, and answers `asRecorded` before it still see the statement.")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("key") String key) {
    if (!service.delete(key)) {
      throw StatementKeys.notFound(key);
    }
    return Response.noContent().build();
  }

  @GET
  @Path("statements/{key}/history")
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "statementHistory",
      summary = "Every revision of a statement",
      description =
          "Who changed what and when, with the fields before and after each change, oldest first.")
  public List<AuditLog.AuditEntry> history(@PathParam("key") String key) {
    return service.history(key).orElseThrow(() -> StatementKeys.notFound(key));
  }

  private static EntityTag etag(StatementView statement) {
    return new EntityTag(Long.toString(statement.version()));
  }

  /** The versions an If-Match header accepts; null for no header or "*" (any version). */
  static List<Long> acceptedVersions(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    List<Long> versions = new ArrayList<>();
    for (String tag : ifMatch.split(",")) {
      String value = tag.strip().replaceFirst("^W/", "").replace("\"", "");
      try {
        versions.add(Long.parseLong(value));
      } catch (NumberFormatException e) {
        // a tag this service never issued matches no version: the update is refused with 412
      }
    }
    return versions;
  }
}
