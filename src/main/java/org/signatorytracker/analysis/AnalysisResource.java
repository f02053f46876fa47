package org.signatorytracker.analysis;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.analysis.SetAnswers.Matrix;
import org.signatorytracker.analysis.SetAnswers.SetQuery;
import org.signatorytracker.common.Lists;
import org.signatorytracker.reports.ReportParameters;
import org.signatorytracker.reports.StatementChoice;
import org.signatorytracker.security.ReadAccess;

@Path("/api")
@Produces({MediaType.APPLICATION_JSON, Lists.CSV})
@AuthorizationPolicy(name = ReadAccess.NAME)
@Tag(
    name = "Analysis",
    description =
        "Questions across letters, votes and years, each answered from the as-of engine like the"
            + " reports (`asOf`, `knownBy`, `minConfidence`, `asRecorded`), and as CSV.")
public class AnalysisResource {

  @Inject StatementSets sets;

  @GET
  @Path("query")
  @Operation(
      summary = "The states standing on all, any and none of some statements",
      description =
          "The states of the reference table that, as of `asOf`, stand on every statement of"
              + " `all`, on at least one of `any` (when given) and on none of `none`. A letter or"
              + " joint statement's key means its signatories; a vote's key needs the option that"
              + " counts (`ungass-2022:YES`; a bare vote key is a 400). Any number of keys,"
              + " separated by commas; at least one parameter. `all=a,b,c` finds the states that"
              + " signed all three letters; `all=letter-2019&none=letter-2020` those that signed in"
              + " 2019 but not in 2020.")
  @APIResponse(
      responseCode = "200",
      description = "The states",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SetQuery.class)),
        @Content(mediaType = "text/csv")
      })
  public SetQuery query(
      @Parameter(description = "Keys (key:OPTION for a vote) the states must all stand on")
          @QueryParam("all")
          String all,
      @Parameter(description = "Keys of which the states must stand on at least one")
          @QueryParam("any")
          String any,
      @Parameter(description = "Keys the states must stand on none of") @QueryParam("none")
          String none,
      @BeanParam ReportParameters parameters) {
    return sets.query(
        choices("all", all), choices("any", any), choices("none", none), parameters.query());
  }

  private static List<StatementChoice> choices(String field, String text) {
    return StatementSets.keys(text).stream().map(k -> StatementChoice.parse(field, k)).toList();
  }

  @GET
  @Path("matrix")
  @Operation(
      summary = "The state × statement matrix: every state's action on each statement",
      description =
          "One row per state of the reference table, one column per statement: the issue's"
              + " statements (by date, then key) and those named in `statements`, in that order."
              + " Each cell is the action of the state's deciding record as of `asOf` (SIGNED,"
              + " WITHDREW, YES, NO, ABSTAIN, NOT_VOTING) or empty. As CSV, the wide table with"
              + " the statements' keys as column names.")
  @APIResponse(
      responseCode = "200",
      description = "The matrix",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Matrix.class)),
        @Content(mediaType = "text/csv")
      })
  public Matrix matrix(
      @Parameter(description = "An issue: its statements are columns") @QueryParam("issue")
          String issue,
      @Parameter(description = "Statement keys, separated by commas") @QueryParam("statements")
          String statements,
      @BeanParam ReportParameters parameters) {
    return sets.matrix(issue, StatementSets.keys(statements), parameters.query());
  }
}
