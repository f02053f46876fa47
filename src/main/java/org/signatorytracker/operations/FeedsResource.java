package org.signatorytracker.operations;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.statements.StatementKeys;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.statements.StatementView;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * Atom feeds of what was recorded, for a researcher following a campaign to subscribe to instead of
 * checking back: the whole instance, an issue, a statement or a state; each entry one change,
 * newest first. Tagged with the last revision, so that a reader polling an unchanged service gets
 * 304 without a query of the changes.
 */
@Path("/api")
@Produces(FeedsResource.ATOM)
@AuthorizationPolicy(name = ReadAccess.NAME)
@Tag(name = "Feeds", description = "Atom feeds of what was recorded, to subscribe to")
public class FeedsResource {

  static final String ATOM = "application/atom+xml";

  @Inject Feeds feeds;
  @Inject FeedAnswers answers;
  @Inject StatementService statements;
  @Inject StateDirectory states;

  @GET
  @Path("feed.atom")
  @Operation(
      operationId = "feedOfEverything",
      summary = "An Atom feed of everything recorded",
      description =
          "The latest "
              + Feeds.ENTRIES
              + " changes, newest first: each entry one revision (a"
              + " record, a confirmed pasted list, a retraction, a statement's edit, a claim, an"
              + " import), titled by what it did and linked to its statement's page.")
  @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM))
  @APIResponse(responseCode = "304", description = "Nothing recorded since the ETag given")
  public Response everything(@Context Request request, @Context UriInfo uri) {
    return answers.answer(
        request,
        uri,
        "everything",
        "Signatory Tracker: everything recorded",
        "",
        "feed.atom",
        Feeds.Scope.ALL);
  }

  @GET
  @Path("statements/{key}/feed.atom")
  @Operation(
      operationId = "statementFeed",
      summary = "An Atom feed of what was recorded on a statement",
      description = "The latest changes to the statement, its records and its claims.")
  @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM))
  @APIResponse(responseCode = "304", description = "Nothing recorded since the ETag given")
  public Response statement(
      @PathParam("key") String key, @Context Request request, @Context UriInfo uri) {
    StatementView statement = statements.find(key).orElseThrow(() -> StatementKeys.notFound(key));
    return answers.answer(
        request,
        uri,
        "statement:" + statement.key(),
        "Signatory Tracker: " + statement.title(),
        "statements/" + statement.key(),
        "statements/" + statement.key() + "/feed.atom",
        Feeds.Scope.statement(feeds.statementId(statement.key())));
  }

  @GET
  @Path("states/{code}/feed.atom")
  @Operation(
      operationId = "stateFeed",
      summary = "An Atom feed of what was recorded about a state",
      description =
          "The latest records and retractions of the state's positions, on any statement.")
  @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM))
  @APIResponse(responseCode = "304", description = "Nothing recorded since the ETag given")
  public Response state(
      @PathParam("code") String code, @Context Request request, @Context UriInfo uri) {
    StateView state = states.get(code);
    return answers.answer(
        request,
        uri,
        "state:" + state.iso3(),
        "Signatory Tracker: " + state.name(),
        "states/" + state.iso3(),
        "states/" + state.iso3() + "/feed.atom",
        Feeds.Scope.state(state.iso3()));
  }
}
