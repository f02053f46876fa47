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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.analysis.AgreementAnswers.Agreement;
import org.signatorytracker.analysis.AgreementAnswers.Cohesion;
import org.signatorytracker.analysis.SetAnswers.Matrix;
import org.signatorytracker.analysis.SetAnswers.SetQuery;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.reports.Breakdown;
import org.signatorytracker.reports.Ever;
import org.signatorytracker.reports.ReportParameters;
import org.signatorytracker.reports.StatementChoice;
import org.signatorytracker.security.ReadAccess;

@Path("/api")
@Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
@AuthorizationPolicy(name = ReadAccess.NAME)
@Tag(
    name = "Analysis",
    description =
        "Questions across letters, votes and years, each answered from the as-of engine like the"
            + " reports (`asOf`, `knownBy`, `minConfidence`, `asRecorded`), and as CSV.")
public class AcrossStatementsResource {

  @Inject StatementSets sets;
  @Inject AgreementAndCohesion blocs;
  @Inject IssueProfiles profiles;

  @GET
  @Path("statements/{key}/cohesion")
  @Operation(
      operationId = "statementCohesion",
      summary = "How united each group was on a statement",
      description =
          "Per group of the breakdown (`by`: UN regional group by default, or"
              + " `groups:hrc,oic`, membership as of `asOf`): its `members`, how many of them hold"
              + " each action as of `asOf` (`counts`), the `share` of the members holding it, and"
              + " for a vote the Rice index |YES − NO| / (YES + NO), null when nobody voted yes or"
              + " no. `none` holds the states of the reference table in none of the groups.")
  @APIResponse(
      responseCode = "200",
      description = "The cohesion",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Cohesion.class)),
        @Content(mediaType = "text/csv")
      })
  public Cohesion cohesion(
      @PathParam("key") String key,
      @BeanParam ReportParameters parameters,
      @Parameter(description = Breakdown.DESCRIPTION) @QueryParam("by") String by,
      @Parameter(
              description =
                  "Also the members holding each action, by name; the CSV is then one row per"
                      + " state in each cell",
              example = "true")
          @QueryParam("names")
          boolean names,
      @Parameter(description = Breakdown.WITHIN_DESCRIPTION, example = "groups:hrc")
          @QueryParam("within")
          String within) {
    return blocs.cohesion(key, parameters.query(), Breakdown.parseGroups(by).within(within), names);
  }

  @GET
  @Path("states/{code}/profile")
  @Operation(
      operationId = "stateProfile",
      summary = "A state's side on each issue over time, and every statement it stood on",
      description =
          "For each issue the state has records on (or the one given): its side as of `asOf` (see"
              + " Issues for the rule), every date up to `asOf` on which its side changed with the"
              + " records that decided it (its deciding records on the statements of the occasion"
              + " that gave the side; for a side lost, on the statements whose records changed that"
              + " day, such as a withdrawal), and every statement of the issue it ever stood on,"
              + " with the side that put it there and what it holds as of `asOf` (null after a"
              + " withdrawal).")
  @APIResponse(
      responseCode = "200",
      description = "The profile",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IssueAnswers.Profile.class)),
        @Content(mediaType = "text/csv")
      })
  public IssueAnswers.Profile profile(
      @PathParam("code") String code,
      @Parameter(description = "Only this issue") @QueryParam("issue") String issue,
      @BeanParam ReportParameters parameters) {
    return profiles.profile(code, issue, parameters.query());
  }

  @GET
  @Path("agreement")
  @Operation(
      operationId = "stateAgreement",
      summary = "How often pairs of states take the same side on an issue",
      description =
          "For each pair of the states (`states=PAK,EGY,…`, or `group=hrc`: its members as of"
              + " `asOf`), over the issue's occasions dated within [`from`, `to`] on which both"
              + " have a stance as of `asOf` (see Issues for the rule): `t` such occasions, `f`"
              + " identical stances (both `abstain`, or both `both`, count too), `d` two different"
              + " sides, `g` every other pair (one abstains or stands on both sides), the Lijphart"
              + " index (f + g/2) / t, and Cohen's κ over the stance categories, null when chance"
              + " agreement is 1. Pairs with t = 0 are left out. `format=matrix` gives the state ×"
              + " state Lijphart matrix instead (JSON, or CSV with text/csv), for clustering.")
  @APIResponse(
      responseCode = "200",
      description = "The pairs, or the matrix",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Agreement.class)),
        @Content(mediaType = "text/csv")
      })
  public Object agreement(
      @Parameter(description = "pairs (default, or csv/json), or matrix for the Lijphart matrix")
          @QueryParam("format")
          String format,
      @BeanParam AgreementParameters parameters) {
    AgreementAndCohesion.Agreed agreed = parameters.agreed(blocs);
    return "matrix".equalsIgnoreCase(format == null ? "" : format.strip())
        ? agreed.matrix()
        : agreed.pairs();
  }

  @GET
  @Path("query")
  @Operation(
      operationId = "setQuery",
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
      @BeanParam ReportParameters parameters,
      @BeanParam Ever ever) {
    LocalDate from = ever.from();
    return sets.query(
        StatementChoice.list("all", all),
        StatementChoice.list("any", any),
        StatementChoice.list("none", none),
        parameters.query(),
        ever.ever(),
        from);
  }

  @GET
  @Path("coverage")
  @Operation(
      operationId = "listCoverage",
      summary = "How complete each statement's list of names is, the least complete first",
      description =
          "Every statement of the issue (of every issue without one): `named`, the states with"
              + " any record on it that the query admits (unretracted, known by `knownBy`, at"
              + " `minConfidence`), whatever its date; `reportedCount`, the latest claim of its"
              + " count dated by `asOf`; `standingOnClaimDate`, the states standing on that claim's"
              + " date; `listStatus`, which compares like with like (NONE: nobody named; PARTIAL:"
              + " fewer standing on the claim's date than it reports; COMPLETE: at least as many;"
              + " UNKNOWN: names without a reported count); `share`, standing over reported; and"
              + " `shareNamed`, named over reported. The lowest share first; statements without a"
              + " reported count last.")
  @APIResponse(
      responseCode = "200",
      description = "The statements",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SetAnswers.CoverageList.class)),
        @Content(mediaType = "text/csv")
      })
  public SetAnswers.CoverageList coverage(
      @Parameter(description = "An issue; default every statement") @QueryParam("issue")
          String issue,
      @BeanParam ReportParameters parameters) {
    return sets.coverage(issue, parameters.query());
  }

  @GET
  @Path("matrix")
  @Operation(
      operationId = "actionMatrix",
      summary = "The state × statement matrix: every state's action on each statement",
      description =
          "One row per state of the reference table, one column per statement: the issue's"
              + " statements (by date, then key) and those named in `statements`, in that order."
              + " Each cell is the action of the state's deciding record as of `asOf` (SIGNED,"
              + " WITHDREW, YES, NO, ABSTAIN, NOT_VOTING) or empty. With `ever=true`, `ever` gives"
              + " each state's actions on each statement within the period, in order"
              + " (`SIGNED→WITHDREW`), and the CSV's cells are those. As CSV, the wide table with"
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
      @BeanParam ReportParameters parameters,
      @BeanParam Ever ever) {
    LocalDate from = ever.from();
    return sets.matrix(issue, QueryParams.list(statements), parameters.query(), ever.ever(), from);
  }
}
