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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.Ids;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.Problem;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.common.RetractionRequest;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.security.Role;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.StatementLists;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.StateDirectory;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Positions", description = "The append-only history of what each state did")
public class PositionsResource {

  @Inject PositionService service;
  @Inject PositionBatches batches;
  @Inject StateDirectory states;
  @Inject StatementService statements;
  @Inject IssueService issues;

  @POST
  @Path("statements/{key}/positions")
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "recordPosition",
      summary = "Record a state's position on a statement, with its sources",
      description =
          "Appends a record to the statement's history; nothing is ever overwritten. `date` is when"
              + " the position took effect: a day, month, year or EDTF interval"
              + " (`2019-07-26/2019-10-01`, `../2019-10-01`), counted from the last day it allows."
              + " `reported` is when it became public (default: `date`). The state may be any code,"
              + " name or alias; the action must fit the statement (SIGNED or WITHDREW for letters"
              + " and joint statements; YES, NO, ABSTAIN or NOT_VOTING for votes). At least one"
              + " source is required, each with a url or a title and its kind. The answer shows the"
              + " revision the record was committed in.")
  @APIResponse(
      responseCode = "201",
      description = "The record, with its Location",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PositionView.class))
      })
  public Response record(
      @PathParam("key") String key,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid PositionRequest body) {
    long id = service.record(key, body);
    PositionView created = service.find(id).orElseThrow();
    return Response.created(location(id)).entity(created).build();
  }

  @POST
  @Path("statements/{key}/positions/batch")
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "recordPositions",
      summary = "Record the same position for several states at once, from the same sources",
      description =
          "What a pasted list becomes once its states are chosen (see `recogniseStates`): one"
              + " record per state, with the same action, dates, confidence, role, sources and"
              + " note, written in one transaction, so one revision and one change in the audit"
              + " trail. Each state may be any code, name or alias, once. Every problem is"
              + " reported at once, a state's by its place in the list (`states[2]`), and nothing"
              + " is written unless every record holds.")
  @APIResponse(
      responseCode = "201",
      description = "The records, in the order of the states; Location is the statement's history",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PositionView.class))
      })
  public Response recordBatch(
      @PathParam("key") String key,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid PositionBatchRequest body) {
    List<Long> ids = batches.record(key, body);
    Map<Long, PositionView> byId = new HashMap<>();
    service.views(ids).forEach(v -> byId.put(v.id(), v));
    return Response.created(
            UriBuilder.fromPath("/api/statements/{key}/positions")
                .build(byId.get(ids.get(0)).statement()))
        .entity(ids.stream().map(byId::get).toList())
        .build();
  }

  @GET
  @Path("statements/{key}/positions")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "statementRecordHistory",
      summary = "A statement's full record history, retracted records marked",
      description =
          "Every record on the statement, in the order the as-of rule reads them (effective date,"
              + " then as recorded), retracted records marked with their retraction. A page, or as"
              + " CSV the whole list with resolved `date_earliest`/`date_latest` columns.")
  @APIResponse(
      responseCode = "200",
      description = "A page of records, or the whole list as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "PositionView")
  public Response history(
      @PathParam("key") String key, @BeanParam PageParameters page, @Context HttpHeaders headers) {
    return StatementLists.answer(
        key, headers, page.request(), p -> service.history(key, p), PositionView.CSV, "records");
  }

  @GET
  @Path("positions")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "searchPositions",
      summary = "Records across statements: every withdrawal in the data, say",
      description =
          "Every record that matches all the filters given, by statement, then date: its"
              + " statement, state, action, dates, confidence and sources. `from` and `to` bound"
              + " the day a record counts from (the last day of an uncertain date; for a record"
              + " with no date, the day it counts from). Retracted records, and proposals rejected"
              + " on review, are left out unless `includeRetracted=true`; those waiting for review"
              + " come along, marked PENDING. A page, or as CSV the whole list.")
  @APIResponse(
      responseCode = "200",
      description = "A page of records, or the whole list as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "PositionView")
  public Response search(
      @BeanParam RecordSearchParameters search,
      @BeanParam PageParameters page,
      @Context HttpHeaders headers) {
    RecordSearch found = search.search(statements, issues, states);
    return ListAnswers.answer(
        headers, page.request(), p -> service.search(found, p), PositionView.CSV, "records");
  }

  @GET
  @Path("states/{code}/records")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "stateRecords",
      summary = "Everything recorded about a state, statement by statement",
      description =
          "Every record about the state on any statement, retracted records marked. A page, or as"
              + " CSV the whole list. (`/api/states/{code}/positions` is the state's report.)")
  @APIResponse(
      responseCode = "200",
      description = "A page of records, or the whole list as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "PositionView")
  public Response recordsOfState(
      @PathParam("code") String code,
      @BeanParam PageParameters page,
      @Context HttpHeaders headers) {
    PageRequest requested = page.request();
    String iso3 = states.get(code).iso3();
    return ListAnswers.answer(
        headers,
        requested,
        p -> service.recordsOfState(iso3, p),
        PositionView.CSV,
        iso3 + "-records");
  }

  @GET
  @Path("positions/{id}")
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "getPosition",
      summary = "One position record",
      description =
          "A record with its sources, when it was committed (`recordedAt`, `revision`), by whom,"
              + " and its retraction if it has one.")
  @APIResponse(
      responseCode = "200",
      description = "The record",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PositionView.class))
      })
  public PositionView get(@PathParam("id") String id) {
    return Ids.parse(id).flatMap(service::find).orElseThrow(() -> notFound(id));
  }

  @POST
  @Path("positions/{id}/retraction")
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "retractPosition",
      summary = "Retract a mistaken record",
      description =
          "The record stays in the history, marked, but leaves every computation from the"
              + " retraction's revision on; answers given `asRecorded` before it still include it."
              + " A record is retracted once (409 after).")
  @APIResponse(
      responseCode = "201",
      description = "The retracted record",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PositionView.class))
      })
  public Response retract(
      @PathParam("id") String id,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid RetractionRequest body) {
    PositionView retracted =
        Ids.parse(id)
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
