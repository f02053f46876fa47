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
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.IssueView;

/** The Atom feed of an issue's statements (beside the issue's other answers under its path). */
@Path("/api/issues/{issue}/feed.atom")
@Produces(FeedsResource.ATOM)
@AuthorizationPolicy(name = ReadAccess.NAME)
@Tag(name = "Feeds", description = "Atom feeds of what was recorded, to subscribe to")
public class IssueFeedResource {

  @Inject FeedAnswers answers;
  @Inject IssueService issues;

  @GET
  @Operation(
      operationId = "issueFeed",
      summary = "An Atom feed of what was recorded on an issue's statements",
      description = "The latest changes to the issue's statements, their records and claims.")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content = @Content(mediaType = FeedsResource.ATOM))
  @APIResponse(responseCode = "304", description = "Nothing recorded since the ETag given")
  public Response issue(
      @PathParam("issue") String key, @Context Request request, @Context UriInfo uri) {
    IssueView issue = issues.require(key);
    return answers.answer(
        request,
        uri,
        "issue:" + issue.key(),
        "Signatory Tracker: " + issue.title(),
        "issues/" + issue.key(),
        "issues/" + issue.key() + "/feed.atom",
        Feeds.Scope.issue(issue.key()));
  }
}
