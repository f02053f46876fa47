package org.signatorytracker.analysis;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.analysis.IssueAnswers.Balance;
import org.signatorytracker.analysis.IssueAnswers.IssueDetail;
import org.signatorytracker.analysis.IssueAnswers.IssueTimeline;
import org.signatorytracker.analysis.IssueAnswers.StanceTable;
import org.signatorytracker.analysis.IssueAnswers.Switchers;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.Problem;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.reports.Breakdown;
import org.signatorytracker.reports.KnowledgeParameters;
import org.signatorytracker.reports.ReportParameters;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.security.AuditLog;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.security.Role;
import org.signatorytracker.statements.IssueRequest;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.IssueView;

@Path("/api/issues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Issues",
    description =
        "Issues, their sides, and which side each state stands on across letters, statements and"
            + " votes. The rule: an **occasion** is the set of an issue's statements with the same"
            + " `session` (trimmed, in any case; rival letters delivered together are one"
            + " occasion; a statement without a session is its own occasion), dated by the"
            + " earliest of its statements' dates (the last day of a partial date). A state's"
            + " **stance** on an occasion as of a date is the side of every statement of it on"
            + " which the state then stands (a letter it signed and has not withdrawn from, a vote"
            + " option mapped to a side by `voteSides`); `both` if those are two different sides;"
            + " `abstain` if it only abstained; none otherwise (not voting, an unmapped option,"
            + " a withdrawal). A state's **side** as of a date is its stance on the latest occasion"
            + " (by date) on which it has one, among the occasions dated on or after `since`."
            + " Example: Qatar signs the supportive letter of session HRC41 (July 2019) and"
            + " withdraws in August 2019; it signs nothing at HRC44. As of 2019-07-31 its side is"
            + " `supportive`; as of 2019-09-01 it has none (its only occasion gives no stance);"
            + " had it signed the critical letter at HRC44 in 2020, its side from then would be"
            + " `critical` whatever it did in 2019.")
public class IssuesResource {

  @Inject IssueService issues;
  @Inject IssueAnalysis analysis;
  @Inject Crossings crossings;
  @Inject IssueBalances balances;

  @GET
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "listIssues",
      summary = "Every issue: declared ones and those statements only name",
      description =
          "Each issue with its title, sides and number of statements, by key. An issue that"
              + " statements name but nobody declared has `declared` false and no sides.")
  @APIResponse(
      responseCode = "200",
      description = "A page of issues, or the whole list as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "IssueView")
  public Response list(@BeanParam PageParameters page, @Context HttpHeaders headers) {
    List<IssueView> all = issues.list();
    return ListAnswers.answer(
        headers, page.request(), p -> Page.slice(all, p), IssueView.CSV, "issues");
  }

  @GET
  @Path("{issue}")
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "getIssue",
      summary = "An issue with its statements by side, its votes and its occasions",
      description =
          "Letters and joint statements by side, each with how many states stand on it as of"
              + " `asOf` (`count`); votes with the sides their options map to and the count of"
              + " each vote; statements without a side under `unsided`; and the occasions the"
              + " statements form (see the rule above).")
  @APIResponse(
      responseCode = "200",
      description = "The issue",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IssueDetail.class)))
  public IssueDetail get(@PathParam("issue") String issue, @BeanParam ReportParameters parameters) {
    return analysis.detail(issue, parameters.query());
  }

  @PUT
  @Path("{issue}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.EDITOR)
  @Operation(
      operationId = "declareIssue",
      summary = "Declare an issue, or replace its title, description and sides",
      description =
          "Creates the issue (201) or replaces it (200). Once sides are declared, every letter and"
              + " joint statement of the issue must stand on one of them, and votes map their"
              + " options to them; sides match in any case. Sides that would leave a statement"
              + " of the issue on a side the issue no longer has (or a letter on none) are a"
              + " 409 naming those statements. `abstain`, `both` and `none` cannot be sides."
              + " Every change is audited (`/history`).")
  @APIResponse(
      responseCode = "200",
      description = "The issue, replaced",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IssueView.class)))
  @APIResponse(
      responseCode = "201",
      description = "The issue, created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IssueView.class)))
  public Response put(
      @PathParam("issue") String issue,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid IssueRequest body) {
    IssueService.Saved saved = issues.put(issue, body);
    if (saved.created()) {
      return Response.created(
              UriBuilder.fromResource(IssuesResource.class).path(saved.issue().key()).build())
          .entity(saved.issue())
          .build();
    }
    return Response.ok(saved.issue()).build();
  }

  @GET
  @Path("{issue}/history")
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "issueHistory",
      summary = "Every revision of an issue",
      description =
          "Who declared or changed the issue and when, with its fields before and after each"
              + " change, oldest first.")
  public List<AuditLog.AuditEntry> history(@PathParam("issue") String issue) {
    return issues.history(issue).orElseThrow(() -> IssueService.notFound(issue));
  }

  @GET
  @Path("{issue}/balance")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "issueBalance",
      summary = "How many states stand on each side of an issue as of a date",
      description =
          "Each state's side as of `asOf` by the rule above (records as known by `knownBy`, at"
              + " `minConfidence` or better, as recorded through `asRecorded`), counted per side,"
              + " with `abstain` and `both` apart; `byGroup` breaks each count down by UN regional"
              + " group, M49 region or sub-region, or by groups with dated membership"
              + " (`by=groups:hrc,oic`, membership as of `asOf`; groups may overlap): each group"
              + " with its `members` (its size on `asOf`), the `count` of them on the side and"
              + " their `share`; `none` holds the states of the reference table in none of the"
              + " groups.")
  @APIResponse(
      responseCode = "200",
      description = "The balance",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Balance.class)),
        @Content(mediaType = "text/csv")
      })
  public Balance balance(
      @PathParam("issue") String issue,
      @BeanParam ReportParameters parameters,
      @Parameter(description = "Only occasions dated on or after this date give a side")
          @QueryParam("since")
          String since,
      @Parameter(description = Breakdown.DESCRIPTION) @QueryParam("by") String by,
      @Parameter(description = Breakdown.WITHIN_DESCRIPTION, example = "groups:hrc")
          @QueryParam("within")
          String within) {
    return balances.balance(
        issue, parameters.query(), since(since), Breakdown.parseGroups(by).within(within));
  }

  @GET
  @Path("{issue}/timeline")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "issueTimeline",
      summary = "Every date on which some state's side on the issue changed, with the totals",
      description =
          "One entry per date on which at least one state's side changed (by the rule above),"
              + " with how many states stand on each side from that date, and `abstain` and"
              + " `both`. `approximate` marks a date decided by a record known only to the month,"
              + " the year or an interval.")
  @APIResponse(
      responseCode = "200",
      description = "The timeline",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IssueTimeline.class)),
        @Content(mediaType = "text/csv")
      })
  public IssueTimeline timeline(
      @PathParam("issue") String issue,
      @BeanParam KnowledgeParameters parameters,
      @Parameter(description = "Only occasions dated on or after this date give a side")
          @QueryParam("since")
          String since) {
    return balances.timeline(issue, parameters.overAllDates(), since(since));
  }

  @GET
  @Path("{issue}/switchers")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "issueSwitchers",
      summary = "The states whose side on the issue differs between two dates",
      description =
          "Every state whose side (or `abstain`, `both`) as of `from` differs from its side as of"
              + " `to` (default today), with what changed: `JOINED` (`fromSide` null: it took a"
              + " side for the first time), `LEFT` (`toSide` null: it lost its side) or `SWITCHED`"
              + " (one side, then another; `abstain` and `both` count as sides here);"
              + " `SWITCHED` first. `change=` keeps only the kinds given. A state that crossed"
              + " and came back within the period has the same side at both ends: see"
              + " `/crossed`. `records` are the state's"
              + " deciding records, as of `to`, on the statements of the occasions that gave both"
              + " sides (a withdrawal among them).")
  @APIResponse(
      responseCode = "200",
      description = "The switchers",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Switchers.class)),
        @Content(mediaType = "text/csv")
      })
  public Switchers switchers(
      @PathParam("issue") String issue,
      @BeanParam KnowledgeParameters parameters,
      @Parameter(description = "The earlier date", required = true, example = "2019-07-31")
          @QueryParam("from")
          String from,
      @Parameter(description = "The later date; default today", example = "2022-12-31")
          @QueryParam("to")
          String to,
      @Parameter(
              description = "Only these kinds of change, separated by commas",
              example = "SWITCHED")
          @QueryParam("change")
          String change) {
    Set<SwitchKind> changes = QueryParams.enumValues("change", change, SwitchKind.class);
    Period period = Period.of(from, to, parameters);
    return analysis.switchers(issue, period.query(), period.from(), changes);
  }

  @GET
  @Path("{issue}/crossed")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "issueCrossers",
      summary = "The states that stood on two or more sides of the issue within a period",
      description =
          "Every state that stood on two or more different sides at some time from `from` to `to`"
              + " (default today), whatever its side at either end: a state that crossed and came"
              + " back has the same side at both ends, and no switcher list shows it. `held` is"
              + " every stance it held within the period, in order (the first from before the"
              + " period when it already held one), each with the occasion that gave it and its"
              + " deciding records then; `abstain` and `both` are shown there but are not sides"
              + " here. CSV: one row per stance.")
  @APIResponse(
      responseCode = "200",
      description = "The states that crossed",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Crossings.Crossed.class)),
        @Content(mediaType = "text/csv")
      })
  public Crossings.Crossed crossed(
      @PathParam("issue") String issue,
      @BeanParam KnowledgeParameters parameters,
      @Parameter(
              description = "The first day of the period",
              required = true,
              example = "2019-07-01")
          @QueryParam("from")
          String from,
      @Parameter(description = "The last day of the period; default today", example = "2022-12-31")
          @QueryParam("to")
          String to) {
    Period period = Period.of(from, to, parameters);
    return crossings.crossed(issue, period.query(), period.from());
  }

  /**
   * A period from a required {@code from} to {@code to} (default today), as a query as of its end.
   */
  private record Period(LocalDate from, ReportQuery query) {

    static Period of(String from, String to, KnowledgeParameters parameters) {
      LocalDate fromDate = QueryParams.endDate("from", from, null);
      if (fromDate == null) {
        throw new InvalidInputException(
            new FieldError("from", "a date is required, such as 2019-07-01"));
      }
      LocalDate toDate = QueryParams.endDate("to", to, LocalDate.now(ZoneOffset.UTC));
      if (toDate.isBefore(fromDate)) {
        throw new InvalidInputException(
            new FieldError("to", "is before from (" + fromDate + ")", to));
      }
      ReportQuery all = parameters.overAllDates();
      return new Period(fromDate, all.at(toDate));
    }
  }

  @GET
  @Path("{issue}/stances")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @AuthorizationPolicy(name = ReadAccess.NAME)
  @Operation(
      operationId = "issueStances",
      summary = "Every state's stance on every occasion of the issue: a table for R or pandas",
      description =
          "One row per state of the reference table, one column per occasion (oldest first),"
              + " each cell the state's stance on it as of `asOf` (a side, `abstain`, `both`, or"
              + " empty), and the state's side. As CSV, the wide table with the occasions' keys"
              + " as column names.")
  @APIResponse(
      responseCode = "200",
      description = "The stances",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StanceTable.class)),
        @Content(mediaType = "text/csv")
      })
  public StanceTable stances(
      @PathParam("issue") String issue,
      @BeanParam ReportParameters parameters,
      @Parameter(description = "Only occasions dated on or after this date are shown")
          @QueryParam("since")
          String since) {
    return analysis.stances(issue, parameters.query(), since(since));
  }

  /** {@code since} bounds the occasions from below: a partial date means its first day. */
  private static LocalDate since(String since) {
    return QueryParams.startDate("since", since);
  }
}
