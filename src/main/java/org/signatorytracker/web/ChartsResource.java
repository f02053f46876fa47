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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.analysis.AgreementAndCohesion;
import org.signatorytracker.analysis.AgreementAnswers.AgreementMatrix;
import org.signatorytracker.analysis.AgreementParameters;
import org.signatorytracker.analysis.SetAnswers.SetQuery;
import org.signatorytracker.analysis.StatementSets;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.Ever;
import org.signatorytracker.reports.KnowledgeParameters;
import org.signatorytracker.reports.ReportParameters;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.ReportService;
import org.signatorytracker.reports.ReportService.Stances;
import org.signatorytracker.reports.Reports.Comparison;
import org.signatorytracker.reports.Reports.Timeline;
import org.signatorytracker.reports.Reports.TimelineEntry;
import org.signatorytracker.reports.StatementChoice;
import org.signatorytracker.security.ReadAccess;

/**
 * The charts and maps a researcher puts in a paper (SVG) or on a slide (PNG, with {@code Accept:
 * image/png} or {@code format=png}): drawn on the server from the same engine answers as the
 * reports, each with a title, a legend with counts, and a source line saying how far the data runs.
 */
@Path("/api")
@Produces({Pictures.SVG, Pictures.PNG})
@AuthorizationPolicy(name = ReadAccess.NAME)
@Tag(
    name = "Charts",
    description =
        "Timelines and world maps as SVG (default) or PNG (Accept: image/png or format=png), with"
            + " an ETag like every report.")
public class ChartsResource {

  @Inject ReportService reports;
  @Inject WorldMap world;
  @Inject StatementSets sets;
  @Inject AgreementAndCohesion blocs;
  @Inject PictureDesk desk;

  @GET
  @Path("statements/{key}/timeline.svg")
  @Operation(
      operationId = "statementTimelineChart",
      summary = "A statement's support over time, as a step chart",
      description =
          "The timeline report drawn: signatories (or each vote) from each date on which some"
              + " state's standing changed. Takes knownBy, minConfidence and asRecorded.")
  @APIResponse(
      responseCode = "200",
      description = "The chart",
      content = {@Content(mediaType = Pictures.SVG), @Content(mediaType = Pictures.PNG)})
  public Response statementTimeline(
      @PathParam("key") String key,
      @BeanParam KnowledgeParameters parameters,
      @Context HttpHeaders headers,
      @Context Request request) {
    Timeline timeline = reports.timeline(key, parameters.overAllDates());
    String title = reports.title(key);
    List<TimelineCharts.Line> lines = new ArrayList<>();
    if (timeline.kind().isVote()) {
      for (PositionAction option : PositionAction.heldOn(timeline.kind())) {
        Map<LocalDate, Integer> values = new LinkedHashMap<>();
        for (TimelineEntry e : timeline.entries()) {
          values.put(e.date(), e.counts().getOrDefault(option, 0L).intValue());
        }
        lines.add(TimelineCharts.line(option.name(), values));
      }
    } else {
      Map<LocalDate, Integer> values = new LinkedHashMap<>();
      timeline.entries().forEach(e -> values.put(e.date(), (int) e.total()));
      lines.add(TimelineCharts.line("Signatories", values));
    }
    return desk.answer(
        request,
        headers,
        timeline.basis(),
        () ->
            TimelineCharts.draw(
                title,
                (timeline.kind().isVote() ? "Votes" : "Signatories")
                    + " over time"
                    + ChartLabels.known(timeline.basis()),
                timeline.kind().isVote() ? "States voting" : "States",
                lines,
                ChartLabels.sourceLine(timeline.basis())));
  }

  @GET
  @Path("statements/{key}/map.svg")
  @Operation(
      operationId = "statementMap",
      summary = "Where each state stands on a statement, on a world map",
      description =
          "Each state coloured by its deciding record as of asOf (as known by knownBy): a"
              + " signatory, a withdrawal that still holds, each vote, or no record; the legend"
              + " counts the states of each colour. Small states get a marker.")
  @APIResponse(
      responseCode = "200",
      description = "The map",
      content = {@Content(mediaType = Pictures.SVG), @Content(mediaType = Pictures.PNG)})
  public Response statementMap(
      @PathParam("key") String key,
      @BeanParam ReportParameters parameters,
      @Context HttpHeaders headers,
      @Context Request request) {
    ReportQuery query = parameters.query();
    Stances stances = reports.stances(key, query);
    MapLegend legend = new MapLegend();
    List<PositionAction> shown = PositionAction.forKind(stances.kind());
    for (int i = 0; i < shown.size(); i++) {
      PositionAction action = shown.get(i);
      legend.add(
          ChartLabels.label(action),
          Pictures.PALETTE.get(i),
          stances.actions().entrySet().stream()
              .filter(e -> e.getValue() == action)
              .map(Map.Entry::getKey)
              .toList());
    }
    return desk.answer(
        request,
        headers,
        stances.basis(),
        () -> legend.draw(world, stances.title(), "As of " + query.asOf(), stances.basis()));
  }

  @GET
  @Path("compare/map.svg")
  @Operation(
      operationId = "compareMap",
      summary = "The states on statement a, b or both, on a world map",
      description =
          "The comparison report drawn: one colour for the states on both statements, one for"
              + " those only on a, one for those only on b (signatories, or a vote's chosen"
              + " option, as in /api/compare).")
  @APIResponse(
      responseCode = "200",
      description = "The map",
      content = {@Content(mediaType = Pictures.SVG), @Content(mediaType = Pictures.PNG)})
  public Response compareMap(
      @Parameter(description = "Key of the first statement (key:NO for a vote's no votes)")
          @QueryParam("a")
          String a,
      @Parameter(description = "Key of the second statement, likewise") @QueryParam("b") String b,
      @BeanParam ReportParameters parameters,
      @BeanParam Ever ever,
      @Context HttpHeaders headers,
      @Context Request request) {
    for (String[] key : new String[][] {{"a", a}, {"b", b}}) {
      if (key[1] == null || key[1].isBlank()) {
        throw new InvalidInputException(new FieldError(key[0], "a statement key is required"));
      }
    }
    ReportQuery query = parameters.query();
    LocalDate from = ever.from();
    Comparison comparison =
        reports.compare(
            StatementChoice.parse("a", a), StatementChoice.parse("b", b), query, ever.ever(), from);
    MapLegend legend =
        new MapLegend()
            .add("On both", Pictures.PALETTE.get(2), comparison.both())
            .add("Only on " + comparison.a(), Pictures.PALETTE.get(0), comparison.onlyA())
            .add("Only on " + comparison.b(), Pictures.PALETTE.get(1), comparison.onlyB());
    return desk.answer(
        request,
        headers,
        comparison.basis(),
        () ->
            legend.draw(
                world,
                comparison.a() + " and " + comparison.b(),
                "As of " + query.asOf(),
                comparison.basis()));
  }

  @GET
  @Path("query/map.svg")
  @Operation(
      operationId = "setQueryMap",
      summary = "The states a set query finds, on a world map",
      description =
          "The set query drawn (all, any, none, as in /api/query): the states it finds in one"
              + " colour, every other state in grey.")
  @APIResponse(
      responseCode = "200",
      description = "The map",
      content = {@Content(mediaType = Pictures.SVG), @Content(mediaType = Pictures.PNG)})
  public Response queryMap(
      @Parameter(description = "Keys the states must stand on all of") @QueryParam("all")
          String all,
      @Parameter(description = "Keys the states must stand on one of at least") @QueryParam("any")
          String any,
      @Parameter(description = "Keys the states must stand on none of") @QueryParam("none")
          String none,
      @BeanParam ReportParameters parameters,
      @BeanParam Ever ever,
      @Context HttpHeaders headers,
      @Context Request request) {
    ReportQuery query = parameters.query();
    LocalDate from = ever.from();
    SetQuery found =
        sets.query(
            StatementChoice.list("all", all),
            StatementChoice.list("any", any),
            StatementChoice.list("none", none),
            query,
            ever.ever(),
            from);
    MapLegend legend =
        new MapLegend()
            .add(
                "Found",
                Pictures.PALETTE.get(0),
                found.states().stream().map(state -> state.iso3()).toList());
    return desk.answer(
        request,
        headers,
        found.basis(),
        () ->
            legend.draw(world, SetQueries.describe(found), "As of " + query.asOf(), found.basis()));
  }

  @GET
  @Path("agreement/heatmap.svg")
  @Operation(
      operationId = "agreementHeatMap",
      summary = "The Lijphart agreement matrix of some states on an issue, as a heat map",
      description =
          "The agreement report's matrix drawn (as /api/agreement?format=matrix): one row and one"
              + " column per state, each cell the share of the issue's occasions on which the two"
              + " stood together (Lijphart's index), in viridis colours, with its value written in"
              + " while the cells are large enough. Takes issue, states or group, from and to.")
  @APIResponse(
      responseCode = "200",
      description = "The heat map",
      content = {@Content(mediaType = Pictures.SVG), @Content(mediaType = Pictures.PNG)})
  public Response agreementHeatMap(
      @BeanParam AgreementParameters parameters,
      @Context HttpHeaders headers,
      @Context Request request) {
    AgreementMatrix matrix = parameters.agreed(blocs).matrix();
    return desk.answer(
        request,
        headers,
        matrix.basis(),
        () ->
            HeatMap.draw(
                "Agreement on " + matrix.issue(),
                "Lijphart index over its occasions"
                    + (matrix.from() == null ? "" : " from " + matrix.from())
                    + (matrix.to() == null ? "" : " to " + matrix.to())
                    + ChartLabels.known(matrix.basis()),
                matrix.states(),
                matrix.lijphart(),
                ChartLabels.sourceLine(matrix.basis())));
  }
}
