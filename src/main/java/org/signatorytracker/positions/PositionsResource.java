package org.signatorytracker.positions;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.Lists;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.Problem;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.common.RetractionRequest;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.security.Role;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.StateDirectory;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Positions", description = "The append-only history of what each state did")
public class PositionsResource {

  @Inject PositionService service;
  @Inject StateDirectory states;
  @Inject StatementService statements;

  @POST
  @Path("statements/{key}/positions")
  @RolesAllowed(Role.EDITOR)
  @Operation(summary = "Record a state's position on a statement, with its sources")
  public Response record(
      @PathParam("key") String key,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid PositionRequest body) {
    long id = service.record(key, body);
    PositionView created = service.find(id).orElseThrow();
    return Response.created(location(id)).entity(created).build();
  }

  @GET
  @Path("statements/{key}/positions")
  @Produces({MediaType.APPLICATION_JSON, Lists.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      summary =
          "The statement's full record history, retracted records marked, in the order the as-of"
              + " rule reads it: a page, or as CSV the whole list")
  public Response history(
      @PathParam("key") String key, @BeanParam PageParameters page, @Context HttpHeaders headers) {
    PageRequest requested = page.request();
    if (Lists.wantsCsv(headers)) {
      statements.require(key); // an unknown statement is a 404, before the CSV streams
    }
    return Lists.answer(
        headers,
        requested,
        p -> service.history(key, p),
        PositionView.CSV,
        Statement.canonicalKey(key) + "-records");
  }

  @GET
  @Path("states/{code}/records")
  @Produces({MediaType.APPLICATION_JSON, Lists.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      summary =
          "Everything recorded about a state, statement by statement, retracted records marked:"
              + " a page, or as CSV the whole list")
  public Response recordsOfState(
      @PathParam("code") String code,
      @BeanParam PageParameters page,
      @Context HttpHeaders headers) {
    PageRequest requested = page.request();
    String iso3 = states.get(code).iso3();
    return Lists.answer(
        headers,
        requested,
        p -> service.recordsOfState(iso3, p),
        PositionView.CSV,
        iso3 + "-records");
  }

  @GET
  @Path("positions/{id}")
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(summary = "One position record")
  public PositionView get(@PathParam("id") String id) {
    return PositionService.parseId(id).flatMap(service::find).orElseThrow(() -> notFound(id));
  }

  @POST
  @Path("positions/{id}/retraction")
  @RolesAllowed(Role.EDITOR)
  @Operation(
      summary = "Retract a mistaken record: it stays in the history but leaves every computation")
  public Response retract(
      @PathParam("id") String id,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid RetractionRequest body) {
    PositionView retracted =
        PositionService.parseId(id)
            .filter(recordId -> service.retract(recordId, body))
            .flatMap(service::find)
            .orElseThrow(() -> notFound(id));
    return Response.created(UriBuilder.fromUri(location(retracted.id())).path("retraction").build())
        .entity(retracted)
        .build();
  }

  private static URI location(long id) {
    return UriBuilder.fromPath("/api/positions/{id}").build(id);
  }

  private static ResourceNotFoundException notFound(String id) {
    return new ResourceNotFoundException("There is no position record with id '" + id + "'.");
  }
}
