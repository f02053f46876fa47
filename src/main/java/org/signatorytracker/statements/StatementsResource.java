package org.signatorytracker.statements;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.Problem;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.common.Text;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "Letters, joint statements and recorded votes")
public class StatementsResource {

  @Inject StatementService service;

  @GET
  @Path("statements")
  @Operation(summary = "List statements, latest first, with optional filters")
  public Page<StatementView> list(
      @Parameter(description = "Topic key, such as xinjiang") @QueryParam("issue") String issue,
      @Parameter(description = "Forum, case-insensitive") @QueryParam("forum") String forum,
      @Parameter(description = "LETTER, JOINT_STATEMENT or VOTE") @QueryParam("kind") String kind,
      @Parameter(description = "Earliest statement date (YYYY-MM-DD, YYYY-MM or YYYY)")
          @QueryParam("from")
          String from,
      @Parameter(description = "Latest statement date") @QueryParam("to") String to,
      @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("size")
          String size) {
    var filter =
        new StatementFilter(
            Text.blankToNull(issue),
            Text.blankToNull(forum),
            QueryParams.enumValue("kind", kind, StatementKind.class, null),
            QueryParams.startDate("from", from),
            QueryParams.date("to", to, null));
    return service.list(filter, QueryParams.page(page, size));
  }

  @POST
  @Path("statements")
  @Operation(summary = "Create a statement")
  public Response create(@NotNull(message = Problem.BODY_REQUIRED) @Valid StatementRequest body) {
    StatementView created = service.create(body);
    return Response.created(UriBuilder.fromPath("/api/statements/{key}").build(created.key()))
        .entity(created)
        .build();
  }

  @GET
  @Path("statements/{key}")
  @Operation(summary = "One statement")
  public StatementView get(@PathParam("key") String key) {
    return service.find(key).orElseThrow(() -> StatementService.notFound(key));
  }

  @PUT
  @Path("statements/{key}")
  @Operation(summary = "Replace every field of a statement (its key cannot change)")
  public StatementView update(
      @PathParam("key") String key,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid StatementRequest body) {
    return service.update(key, body).orElseThrow(() -> StatementService.notFound(key));
  }
}
