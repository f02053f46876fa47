package org.signatorytracker.reports;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.signatorytracker.common.CsvTable;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionView;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.states.StateView;

/**
 * The shapes the report endpoints answer with. Each is also a tidy table (one row per observation,
 * the query's parameters repeated on every row) for {@code text/csv}.
 */
public final class Reports {

  private Reports() {}

  /** Who stands on a statement as of a date: its signatories, or every state's vote. */
  public record SignatoriesReport(
      String statement,
      StatementKind kind,
      LocalDate asOf,
      LocalDate knownBy,
      Confidence minConfidence,
      Integer reportedCount,
      int named,
      List<Signatory> states)
      implements CsvTable {

    @Override
    public String csvName() {
      return statement + "-signatories";
    }

    @Override
    public List<String> csvHeader() {
      return List.of(
          "statement",
          "kind",
          "as_of",
          "known_by",
          "min_confidence",
          "reported_count",
          "iso3",
          "name",
          "regional_group",
          "action",
          "since",
          "since_day",
          "confidence",
          "record_id");
    }

    @Override
    public List<List<Object>> csvRows() {
      return states.stream()
          .map(
              s ->
                  row(
                      statement,
                      kind,
                      asOf,
                      knownBy,
                      minConfidence,
                      reportedCount,
                      s.iso3(),
                      s.name(),
                      s.regionalGroup(),
                      s.action(),
                      s.since(),
                      s.since().latest(),
                      s.confidence(),
                      s.recordId()))
          .toList();
    }
  }

  /** A state on a statement's list: {@code since} is the effective date of the deciding record. */
  public record Signatory(
      String iso3,
      String name,
      String regionalGroup,
      PositionAction action,
      UncertainDate since,
      Confidence confidence,
      long recordId) {}

  /** How many states hold each action, in all and per group. */
  public record CountReport(
      String statement,
      StatementKind kind,
      LocalDate asOf,
      LocalDate knownBy,
      Confidence minConfidence,
      Grouping by,
      Integer reportedCount,
      long named,
      Map<PositionAction, Long> counts,
      Map<String, Map<PositionAction, Long>> byGroup)
      implements CsvTable {

    @Override
    public String csvName() {
      return statement + "-count";
    }

    @Override
    public List<String> csvHeader() {
      return List.of(
          "statement",
          "kind",
          "as_of",
          "known_by",
          "min_confidence",
          "reported_count",
          "by",
          "group",
          "action",
          "count");
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      byGroup.forEach(
          (group, actions) ->
              actions.forEach(
                  (action, count) ->
                      rows.add(
                          row(
                              statement,
                              kind,
                              asOf,
                              knownBy,
                              minConfidence,
                              reportedCount,
                              by,
                              group,
                              action,
                              count))));
      return rows;
    }
  }

  /**
   * A day on which some state's standing changed. For a vote, joining and withdrawing mean starting
   * and stopping to vote yes, {@code total} counts yes votes and {@code counts} holds every vote.
   * {@code approximate} marks days that stand for a month or year known only to that precision.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TimelineEntry(
      LocalDate date,
      long joined,
      long withdrew,
      long total,
      boolean approximate,
      Map<PositionAction, Long> counts) {}

  /** A statement's timeline: a JSON array of entries, or a table of them. */
  public record Timeline(
      @JsonIgnore String statement, @JsonIgnore StatementKind kind, List<TimelineEntry> entries)
      implements CsvTable {

    @JsonValue
    public List<TimelineEntry> entries() {
      return entries;
    }

    @Override
    public String csvName() {
      return statement + "-timeline";
    }

    @Override
    public List<String> csvHeader() {
      List<String> header =
          new ArrayList<>(
              List.of("statement", "date", "joined", "withdrew", "total", "approximate"));
      if (kind.isVote()) {
        header.addAll(List.of("yes", "no", "abstain", "not_voting"));
      }
      return header;
    }

    @Override
    public List<List<Object>> csvRows() {
      return entries.stream()
          .map(
              e -> {
                List<Object> row =
                    row(statement, e.date(), e.joined(), e.withdrew(), e.total(), e.approximate());
                if (kind.isVote()) {
                  row.add(e.counts().get(PositionAction.YES));
                  row.add(e.counts().get(PositionAction.NO));
                  row.add(e.counts().get(PositionAction.ABSTAIN));
                  row.add(e.counts().get(PositionAction.NOT_VOTING));
                }
                return row;
              })
          .toList();
    }
  }

  /** Which states support one statement, the other, or both. */
  public record Comparison(
      String a,
      String b,
      LocalDate asOf,
      LocalDate knownBy,
      Confidence minConfidence,
      List<String> both,
      List<String> onlyA,
      List<String> onlyB)
      implements CsvTable {

    @Override
    public String csvName() {
      return a + "-vs-" + b;
    }

    @Override
    public List<String> csvHeader() {
      return List.of(
          "statement_a",
          "statement_b",
          "as_of",
          "known_by",
          "min_confidence",
          "iso3",
          "on_a",
          "on_b");
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      both.forEach(iso3 -> rows.add(row(a, b, asOf, knownBy, minConfidence, iso3, true, true)));
      onlyA.forEach(iso3 -> rows.add(row(a, b, asOf, knownBy, minConfidence, iso3, true, false)));
      onlyB.forEach(iso3 -> rows.add(row(a, b, asOf, knownBy, minConfidence, iso3, false, true)));
      return rows;
    }
  }

  /** A state's standing on every statement, and everything recorded about it. */
  public record StatePositions(
      StateView state,
      LocalDate asOf,
      LocalDate knownBy,
      Confidence minConfidence,
      List<Standing> standings,
      List<PositionView> history)
      implements CsvTable {

    @Override
    public String csvName() {
      return state.iso3() + "-positions";
    }

    @Override
    public List<String> csvHeader() {
      return List.of(
          "iso3",
          "name",
          "as_of",
          "known_by",
          "min_confidence",
          "statement",
          "title",
          "kind",
          "statement_date",
          "action",
          "since",
          "since_day",
          "confidence",
          "record_id");
    }

    /** The standings; the full history is in the JSON answer and the positions export. */
    @Override
    public List<List<Object>> csvRows() {
      return standings.stream()
          .map(
              s ->
                  row(
                      state.iso3(),
                      state.name(),
                      asOf,
                      knownBy,
                      minConfidence,
                      s.statement(),
                      s.title(),
                      s.kind(),
                      s.statementDate(),
                      s.action(),
                      s.since(),
                      s.since().latest(),
                      s.confidence(),
                      s.recordId()))
          .toList();
    }
  }

  /** The state's standing on one statement; WITHDREW shows a withdrawal that still holds. */
  public record Standing(
      String statement,
      String title,
      StatementKind kind,
      UncertainDate statementDate,
      PositionAction action,
      UncertainDate since,
      Confidence confidence,
      long recordId) {}

  /** A mutable row that may hold nulls (empty cells). */
  private static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }
}
