package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.signatorytracker.analysis.Conflicts;
import org.signatorytracker.analysis.IssueAnalysis;
import org.signatorytracker.analysis.IssueAnswers.Balance;
import org.signatorytracker.analysis.IssueAnswers.GroupShare;
import org.signatorytracker.analysis.IssueAnswers.IssueDetail;
import org.signatorytracker.analysis.IssueAnswers.OccasionView;
import org.signatorytracker.analysis.IssueBalances;
import org.signatorytracker.analysis.IssueOverviews;
import org.signatorytracker.analysis.IssueOverviews.IssueOverview;
import org.signatorytracker.analysis.StanceCount;
import org.signatorytracker.analysis.StatementSets;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.reports.ReportParameters;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.ReportService;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.statements.SideClaimView;

/**
 * An issue's page: its sides over time, today's balance by group, the map coloured by side with a
 * slider over its occasions, who switched sides between two dates, and how completely its
 * statements name their signatories.
 */
@Path("/issues/{issue}")
@Produces(MediaType.TEXT_HTML)
@AuthorizationPolicy(name = ReadAccess.NAME)
public class IssuePage {

  @Inject Template issue;
  @Inject Template issueMap;
  @Inject PageModel model;
  @Inject PageTags tags;
  @Inject IssueAnalysis analysis;
  @Inject IssueBalances balances;
  @Inject IssueOverviews overviews;
  @Inject StatementSets sets;
  @Inject Conflicts conflicts;
  @Inject SliderSteps sliderSteps;
  @Inject ReportService reports;

  /** A stance's count in all and in each group. */
  public record StanceRow(
      String stance,
      int count,
      String shown,
      String note,
      String claimNote,
      List<SideClaimView> claims,
      Map<String, GroupShare> byGroup) {}

  @GET
  @Operation(hidden = true)
  public Response page(
      @PathParam("issue") String key,
      @BeanParam ReportParameters parameters,
      @QueryParam("from") String from,
      @QueryParam("step") String step,
      @Context Request request) {
    ReportQuery query = parameters.query();
    IssueOverview overview =
        overviews.of(
            key,
            query,
            d ->
                QueryParams.endDate(
                    "from", from, d.occasions().isEmpty() ? query.asOf() : firstDay(d)));
    IssueDetail detail = overview.detail();
    Balance balance = overview.balance();
    var switchers = overview.switchers();
    var coverage = sets.coverage(detail.key(), query);
    List<StanceRow> stances = new ArrayList<>();
    balance.sides().forEach((side, c) -> stances.add(row(side, c)));
    stances.add(row("abstain", balance.abstain()));
    stances.add(row("both", balance.both()));
    List<String> groups =
        balance.sides().isEmpty()
            ? List.of()
            : new ArrayList<>(balance.sides().values().iterator().next().byGroup().keySet());
    List<Step> steps =
        sliderSteps.of(
            key, query, balance.basis(), () -> steps(key, parameters, detail.occasions()));
    int chosen = chosen(step, steps);
    TemplateInstance page =
        model
            .of(issue)
            .data("detail", detail)
            .data("asOf", query.asOf())
            .data("stances", stances)
            .data("groups", groups)
            .data("switchers", switchers)
            .data("crossed", overview.crossed())
            .data("from", switchers.from())
            .data("coverage", coverage)
            .data("conflicts", conflicts.find(detail.key(), null, query).size())
            .data("steps", steps)
            .data("step", chosen)
            .data("maxStep", Math.max(0, steps.size() - 1))
            .data("frame", frame(detail.key(), steps, chosen, query.asOf()));
    return tags.answer(request, balance.basis(), page);
  }

  /**
   * The map at one occasion of the slider: the fragment the slider swaps in (htmx), and the same
   * picture the page shows without JavaScript.
   */
  @GET
  @Path("map")
  @Operation(hidden = true)
  public TemplateInstance map(
      @PathParam("issue") String key,
      @BeanParam ReportParameters parameters,
      @QueryParam("step") String step) {
    ReportQuery query = parameters.query();
    List<Step> steps =
        sliderSteps.of(
            key,
            query,
            reports.basis(query),
            () -> steps(key, parameters, analysis.detail(key, query).occasions()));
    return issueMap.data("frame", frame(key, steps, chosen(step, steps), query.asOf()));
  }

  /** A stop of the slider: a date on which some state's side changed, named by its occasion. */
  public record Step(LocalDate date, String label) {}

  /** Which map the slider shows: the one as of the chosen step's date. */
  public record Frame(String issue, LocalDate date, String label) {}

  /** The dates on which the balance changed, each named after the occasion held that day. */
  private List<Step> steps(String key, ReportParameters parameters, List<OccasionView> occasions) {
    Map<LocalDate, String> named = new LinkedHashMap<>();
    occasions.stream().filter(o -> o.date() != null).forEach(o -> named.put(o.date(), o.label()));
    List<Step> steps = new ArrayList<>();
    for (var change : balances.timeline(key, parameters.overAllDates(), null).entries()) {
      String occasion = named.get(change.date());
      steps.add(
          new Step(
              change.date(),
              occasion == null ? change.date().toString() : occasion + ", " + change.date()));
    }
    return steps;
  }

  private static int chosen(String step, List<Step> steps) {
    if (steps.isEmpty()) {
      return 0;
    }
    int chosen = QueryParams.integer("step", step, steps.size() - 1);
    return Math.max(0, Math.min(chosen, steps.size() - 1));
  }

  private static Frame frame(String key, List<Step> steps, int step, LocalDate asOf) {
    if (steps.isEmpty()) {
      return new Frame(key, asOf, "as of " + asOf);
    }
    Step s = steps.get(step);
    return new Frame(key, s.date(), "as of " + s.label());
  }

  private static LocalDate firstDay(IssueDetail detail) {
    return detail.occasions().stream()
        .map(OccasionView::date)
        .filter(d -> d != null)
        .min(LocalDate::compareTo)
        .orElse(null);
  }

  private static StanceRow row(String stance, StanceCount count) {
    return new StanceRow(
        stance,
        count.count(),
        SideCounts.shown(count),
        SideCounts.listNote(count),
        SideCounts.claimNote(count),
        count.claims() == null ? List.of() : count.claims(),
        new LinkedHashMap<>(count.byGroup()));
  }
}
