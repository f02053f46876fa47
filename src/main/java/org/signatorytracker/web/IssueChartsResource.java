package org.signatorytracker.web;

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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.analysis.IssueAnalysis;
import org.signatorytracker.analysis.IssueAnswers.Balance;
import org.signatorytracker.analysis.IssueAnswers.BalanceChange;
import org.signatorytracker.analysis.IssueAnswers.IssueTimeline;
import org.signatorytracker.analysis.IssueBalances;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.reports.Breakdown;
import org.signatorytracker.reports.KnowledgeParameters;
import org.signatorytracker.reports.ReportParameters;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.security.ReadAccess;

/** An issue's charts: its sides over time, and on the map (see {@link ChartsResource}). */
@Path("/api/issues")
@Produces({Pictures.SVG, Pictures.PNG})
@AuthorizationPolicy(name = ReadAccess.NAME)
@Tag(name = "Charts")
public class IssueChartsResource {

  @Inject IssueAnalysis issues;
  @Inject IssueBalances balances;
  @Inject WorldMap world;
  @Inject PictureDesk desk;

  /** The colours of abstain and both on the issue map. */
  private static final int ABSTAIN = 3;

  private static final int BOTH = 4;

  @GET
  @Path("{issue}/timeline.svg")
  @Operation(
      operationId = "issueTimelineChart",
      summary = "How many states stood on each side of an issue over time",
      description =
          "The issue timeline drawn: one line per side, and abstain and both, from each date on"
              + " which some state's side changed. Takes since, knownBy, minConfidence and"
              + " asRecorded.")
  @APIResponse(
      responseCode = "200",
      description = "The chart",
      content = {@Content(mediaType = Pictures.SVG), @Content(mediaType = Pictures.PNG)})
  public Response issueTimeline(
      @PathParam("issue") String issue,
      @BeanParam KnowledgeParameters parameters,
      @Parameter(description = "Only occasions from this date on (YYYY-MM-DD)") @QueryParam("since")
          String since,
      @Context HttpHeaders headers,
      @Context Request request) {
    IssueTimeline timeline =
        balances.timeline(issue, parameters.overAllDates(), QueryParams.startDate("since", since));
    Set<String> names = new LinkedHashSet<>();
    timeline.entries().forEach(e -> names.addAll(e.sides().keySet()));
    names.add("abstain");
    names.add("both");
    List<TimelineCharts.Line> lines = new ArrayList<>();
    for (String name : names) {
      Map<LocalDate, Integer> values = new LinkedHashMap<>();
      for (BalanceChange e : timeline.entries()) {
        int n =
            name.equals("abstain")
                ? e.abstain()
                : name.equals("both") ? e.both() : e.sides().getOrDefault(name, 0);
        values.put(e.date(), n);
      }
      lines.add(TimelineCharts.line(name, values));
    }
    return desk.answer(
        request,
        headers,
        timeline.basis(),
        () ->
            TimelineCharts.draw(
                "Issue: " + timeline.issue(),
                "States on each side over time" + ChartLabels.known(timeline.basis()),
                "States",
                lines,
                ChartLabels.sourceLine(timeline.basis())));
  }

  @GET
  @Path("{issue}/map.svg")
  @Operation(
      operationId = "issueMap",
      summary = "Each state's side on an issue, on a world map",
      description =
          "Each state coloured by its side as of asOf (the side rule of the issue's balance):"
              + " one colour per side, abstain, both, or none; the legend counts the states of"
              + " each colour.")
  @APIResponse(
      responseCode = "200",
      description = "The map",
      content = {@Content(mediaType = Pictures.SVG), @Content(mediaType = Pictures.PNG)})
  public Response issueMap(
      @PathParam("issue") String issue,
      @BeanParam ReportParameters parameters,
      @Context HttpHeaders headers,
      @Context Request request) {
    ReportQuery query = parameters.query();
    Balance balance = balances.balance(issue, query, null, Breakdown.parse(null));
    MapLegend legend = new MapLegend();
    // abstain and both keep their colours however many sides there are; the sides take the rest
    int i = 0;
    for (var side : balance.sides().entrySet()) {
      i = i == ABSTAIN ? BOTH + 1 : i;
      legend.add(side.getKey(), Pictures.colour(i++), side.getValue().states());
    }
    legend
        .add("abstain", Pictures.colour(ABSTAIN), balance.abstain().states())
        .add("both", Pictures.colour(BOTH), balance.both().states());
    return desk.answer(
        request,
        headers,
        balance.basis(),
        () ->
            legend.draw(
                world,
                "Issue: " + balance.issue(),
                "Sides as of " + query.asOf(),
                balance.basis()));
  }
}
