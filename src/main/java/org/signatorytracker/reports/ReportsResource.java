package org.signatorytracker.reports;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.positions.PositionRole;
import org.signatorytracker.reports.Reports.Comparison;
import org.signatorytracker.reports.Reports.SignatoriesReport;
import org.signatorytracker.reports.Reports.StatePositions;
import org.signatorytracker.reports.Reports.Timeline;
import org.signatorytracker.security.ReadAccess;

@Path("/api")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
@AuthorizationPolicy(name = ReadAccess.NAME)
@Tag(
    name = "Reports",
    description =
        "Who supports what, as of any date and as known on any date. Every report also answers"
            + " Accept: text/csv (or ?format=csv) with a tidy table, one row per observation.")
public class ReportsResource {

  @Inject ReportService reports;
  @Inject CountNames countNames;

  @GET
  @Path("statements/{key}/signatories")
  @Operation(
      operationId = "statementSignatories",
      summary = "The states that stand on a statement: its signatories, or every vote",
      description =
          "Who stands on the statement as of `asOf`, as known by `knownBy`, at `minConfidence` or"
              + " better, from the data as recorded through `asRecorded`. Each state's deciding"
              + " record is its latest record that took effect by `asOf` (a date counts from the"
              + " last day it allows; among records of the same date the one recorded last wins);"
              + " `SIGNED` makes a signatory and `WITHDREW` ends it; for a vote, the deciding"
              + " record is the vote. `joinedLater` marks signatories of a dated letter whose"
              + " deciding record took effect after its date. `reportedCount` is the latest claim"
              + " of the count dated by `asOf`. The answer says how far its data runs"
              + " (`recordedThrough`, `recordedThroughRevision`): give either back as `asRecorded`"
              + " to get the same answer again.")
  @APIResponse(
      responseCode = "200",
      description = "Who stands on the statement",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignatoriesReport.class)),
        @Content(mediaType = "text/csv")
      })
  public SignatoriesReport signatories(
      @PathParam("key") String key,
      @BeanParam ReportParameters parameters,
      @Parameter(
              description =
                  "Only states whose deciding record has one of these roles: SIGNATORY, LEAD,"
                      + " SPONSOR (comma-separated)",
              example = "LEAD,SPONSOR")
          @QueryParam("role")
          String role) {
    return reports.signatories(
        key, parameters.query(), QueryParams.enumValues("role", role, PositionRole.class));
  }

  @GET
  @Path("statements/{key}/count")
  @Operation(
      operationId = "statementCount",
      summary = "How many states hold each action, in all and per group",
      description =
          "Counts the deciding records of the signatories (see the signatories report for the"
              + " rule), in all and per UN regional group, M49 region or sub-region (`by`); states"
              + " without a group count under `none`. With `by=groups:hrc,oic` (groups with dated"
              + " membership, as of `asOf`; they may overlap) each group in `byGroup` has its"
              + " `members` on `asOf`, its `counts` per action and the `share` of its members per"
              + " action, and `none` holds the states of the reference table in none of them. For a"
              + " letter or joint statement, `atDelivery` and `joinedLater` split the signatories"
              + " by whether their deciding record took effect by the statement's date or after it."
              + " With `by=role`, `byGroup` counts the signatories by the role of their deciding"
              + " record (SIGNATORY, LEAD, SPONSOR)."
              + " `claims` lists the claims of the statement's count dated by `asOf` and public by"
              + " `knownBy`, latest first; the one marked `chosen` gives `reportedCount`.")
  @APIResponse(
      responseCode = "200",
      description = "The counts",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CountReport.class)),
        @Content(mediaType = "text/csv")
      })
  public CountReport count(
      @PathParam("key") String key,
      @BeanParam ReportParameters parameters,
      @Parameter(description = Breakdown.DESCRIPTION) @QueryParam("by") String by,
      @Parameter(
              description =
                  "Also the states in each cell (group × action), by name; the CSV is then one row"
                      + " per state in each cell",
              example = "true")
          @QueryParam("names")
          boolean names,
      @Parameter(description = Breakdown.WITHIN_DESCRIPTION, example = "groups:hrc")
          @QueryParam("within")
          String within) {
    Breakdown breakdown = Breakdown.parse(by).within(within);
    return names
        ? countNames.countWithNames(key, parameters.query(), breakdown)
        : reports.count(key, parameters.query(), breakdown);
  }

  @GET
  @Path("statements/{key}/timeline")
  @Operation(
      operationId = "statementTimeline",
      summary = "Every date on which some state's standing changed, with running totals",
      description =
          "One entry per date on which a state started or stopped supporting the statement"
              + " (signing, or voting yes), with the running total; for a vote, `counts` holds"
              + " every vote. `approximate` marks dates known only to the month, the year or an"
              + " interval, which count from their last day. Takes `knownBy`, `minConfidence` and"
              + " `asRecorded` like every report.")
  @APIResponse(
      responseCode = "200",
      description = "The timeline",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Timeline.class)),
        @Content(mediaType = "text/csv")
      })
  public Timeline timeline(
      @PathParam("key") String key, @BeanParam KnowledgeParameters parameters) {
    return reports.timeline(key, parameters.overAllDates());
  }

  @GET
  @Path("compare")
  @Operation(
      operationId = "compareStatements",
      summary = "States on statement a, b or both (signatories, or a vote's chosen option)",
      description =
          "Both statements as of the same date, by the same rule as the signatories report. A"
              + " letter or joint statement counts its signatories; a vote counts the states that"
              + " voted YES, or the option given after its key (`a=ungass-2022:NO`). The answer"
              + " says which action it compared for each (`actionA`, `actionB`).")
  @APIResponse(
      responseCode = "200",
      description = "The comparison",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Comparison.class)),
        @Content(mediaType = "text/csv")
      })
  public Comparison compare(
      @Parameter(
              description = "Key of the first statement; for a vote, key:NO compares its no votes",
              required = true)
          @QueryParam("a")
          String a,
      @Parameter(description = "Key of the second statement, likewise", required = true)
          @QueryParam("b")
          String b,
      @BeanParam ReportParameters parameters,
      @BeanParam Ever ever) {
    requireKey("a", a);
    requireKey("b", b);
    LocalDate from = ever.from();
    return reports.compare(
        StatementChoice.parse("a", a),
        StatementChoice.parse("b", b),
        parameters.query(),
        ever.ever(),
        from);
  }

  @GET
  @Path("states/{code}/positions")
  @Operation(
      operationId = "statePositions",
      summary = "A state's standing on every statement, and the start of its record history",
      description =
          "The state's deciding record on every statement it has a record on (a withdrawal that"
              + " still holds shows as WITHDREW), latest statement first, and the first 100"
              + " records about it with retractions marked (`historyTotal` counts them all;"
              + " `/api/states/{code}/records` pages through every one); with `asRecorded`,"
              + " records and retractions recorded later are left out.")
  @APIResponse(
      responseCode = "200",
      description = "The standings and the history",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatePositions.class)),
        @Content(mediaType = "text/csv")
      })
  public StatePositions statePositions(
      @PathParam("code") String code,
      @BeanParam ReportParameters parameters,
      @BeanParam PageParameters page,
      @Context HttpHeaders headers) {
    // JSON a page at a time; CSV, like every list's, all of it
    return reports.statePositions(
        code, parameters.query(), ListAnswers.wantsCsv(headers) ? null : page.request());
  }

  private static void requireKey(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(new FieldError(name, "a statement key is required"));
    }
  }
}
