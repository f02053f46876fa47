package org.signatorytracker.analysis;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.reports.ReportParameters;
import org.signatorytracker.security.ReadAccess;

/** What the records of each statement add up to. */
@Path("/api")
@Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
@AuthorizationPolicy(name = ReadAccess.NAME)
@Tag(name = "Analysis")
public class SummariesResource {

  private static final String WHAT =
      "`records` (not retracted; `retracted` apart) by action, by confidence and by the kind of"
          + " source they cite (a record citing two kinds counts for each), and the days the"
          + " first and the last record count from: everything recorded now, whatever the query."
          + " Beside them, by the as-of engine under the query's filters: `named`"
          + " (states with a standing record, whatever its date), `standing` (as of `asOf`), the"
          + " `reportedCount` dated by `asOf` and the `listStatus`.";

  @Inject Summaries summaries;

  @GET
  @Path("statements/{key}/summary")
  @Operation(
      operationId = "statementSummary",
      summary = "What a statement's records add up to",
      description = WHAT)
  @APIResponse(
      responseCode = "200",
      description = "The summary (one row)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Summaries.SummaryList.class)),
        @Content(mediaType = "text/csv")
      })
  public Summaries.SummaryList statementSummary(
      @PathParam("key") String key, @BeanParam ReportParameters parameters) {
    return summaries.ofStatement(key, parameters.query());
  }

  @GET
  @Path("summaries")
  @Operation(
      operationId = "statementSummaries",
      summary = "What each statement's records add up to, one row per statement",
      description = WHAT + " Every statement of the issue (of every issue without one), by date.")
  @APIResponse(
      responseCode = "200",
      description = "The summaries",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Summaries.SummaryList.class)),
        @Content(mediaType = "text/csv")
      })
  public Summaries.SummaryList summaries(
      @Parameter(description = "An issue; default every statement", example = "xinjiang")
          @QueryParam("issue")
          String issue,
      @BeanParam ReportParameters parameters) {
    return summaries.ofIssue(issue, parameters.query());
  }
}
