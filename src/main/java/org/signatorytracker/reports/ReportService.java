package org.signatorytracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionService;
import org.signatorytracker.reports.Reports.Comparison;
import org.signatorytracker.reports.Reports.CountReport;
import org.signatorytracker.reports.Reports.SignatoriesReport;
import org.signatorytracker.reports.Reports.Signatory;
import org.signatorytracker.reports.Reports.StatePositions;
import org.signatorytracker.reports.Reports.Timeline;
import org.signatorytracker.reports.Reports.TimelineEntry;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateNames;
import org.signatorytracker.states.StateView;

/** Answers "who supports what, when" from {@link Standings}; the counting happens in SQL. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

  /** States without a group in the chosen grouping are counted under this name. */
  static final String NO_GROUP = "none";

  @Inject StatementService statements;
  @Inject PositionService positions;
  @Inject StateDirectory states;
  @Inject Standings standings;

  public SignatoriesReport signatories(String key, StandingQuery query) {
    var answer = standings.holdersOf(key, query).orElseThrow(() -> notFound(key));
    List<Signatory> holders = new ArrayList<>(answer.rows());
    holders.sort(Comparator.comparing(s -> StateNames.key(s.name())));
    Standings.Subject statement = answer.statement();
    return new SignatoriesReport(
        statement.key(),
        statement.kind(),
        query.asOf(),
        query.knownBy(),
        query.minConfidence(),
        statement.reportedCount(),
        holders.size(),
        holders);
  }

  public CountReport count(String key, StandingQuery query, Grouping grouping) {
    var answer = standings.countsOf(key, query, grouping).orElseThrow(() -> notFound(key));
    StatementKind kind = answer.statement().kind();
    Map<PositionAction, Long> totals = zeroCounts(kind);
    Map<String, Map<PositionAction, Long>> byGroup = new TreeMap<>();
    long named = 0;
    for (Standings.GroupCount cell : answer.rows()) {
      String group = Objects.requireNonNullElse(cell.group(), NO_GROUP);
      totals.merge(cell.action(), cell.count(), Long::sum);
      byGroup
          .computeIfAbsent(group, g -> zeroCounts(kind))
          .merge(cell.action(), cell.count(), Long::sum);
      named += cell.count();
    }
    return new CountReport(
        answer.statement().key(),
        kind,
        query.asOf(),
        query.knownBy(),
        query.minConfidence(),
        grouping,
        answer.statement().reportedCount(),
        named,
        totals,
        byGroup);
  }

  public Timeline timeline(String key, LocalDate knownBy, Confidence minConfidence) {
    var answer = standings.changesOf(key, knownBy, minConfidence).orElseThrow(() -> notFound(key));
    boolean vote = answer.statement().kind().isVote();
    List<TimelineEntry> entries =
        answer.rows().stream()
            .map(
                c ->
                    new TimelineEntry(
                        c.date(),
                        c.joined(),
                        c.withdrew(),
                        c.supporting(),
                        c.approximate(),
                        vote ? new EnumMap<>(c.votes()) : null))
            .toList();
    return new Timeline(answer.statement().key(), answer.statement().kind(), entries);
  }

  public Comparison compare(String keyA, String keyB, StandingQuery query) {
    List<Standings.Overlap> overlaps =
        standings
            .overlapOf(keyA, keyB, query)
            .orElseThrow(
                () ->
                    statements.find(keyA).isEmpty()
                        ? StatementService.notFound("a", keyA)
                        : StatementService.notFound("b", keyB));
    List<String> both = new ArrayList<>();
    List<String> onlyA = new ArrayList<>();
    List<String> onlyB = new ArrayList<>();
    for (Standings.Overlap o : overlaps) {
      (o.inA() && o.inB() ? both : o.inA() ? onlyA : onlyB).add(o.iso3());
    }
    return new Comparison(
        keyA, keyB, query.asOf(), query.knownBy(), query.minConfidence(), both, onlyA, onlyB);
  }

  public StatePositions statePositions(String code, StandingQuery query) {
    StateView state = states.get(code);
    return new StatePositions(
        state,
        query.asOf(),
        query.knownBy(),
        query.minConfidence(),
        standings.standingsOfState(state.iso3(), query),
        positions.historyOfState(state.iso3()));
  }

  private static RuntimeException notFound(String key) {
    return StatementService.notFound(key);
  }

  /** Every action a statement of this kind can be counted under, at zero. */
  private static Map<PositionAction, Long> zeroCounts(StatementKind kind) {
    Map<PositionAction, Long> counts = new EnumMap<>(PositionAction.class);
    for (PositionAction action : PositionAction.forKind(kind)) {
      if (action != PositionAction.WITHDREW) {
        counts.put(action, 0L);
      }
    }
    return counts;
  }
}
