package org.signatorytracker.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.CountBound;
import org.signatorytracker.common.CsvTable;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionRole;
import org.signatorytracker.positions.PositionView;
import org.signatorytracker.statements.LifeStage;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.states.StateView;

/**
 * The shapes the report endpoints answer with. Each says what it was asked and how far its data
 * runs ({@link ReportBasis}, unwrapped into the answer), and is also a tidy table (one row per
 * observation, the basis repeated on every row) for {@code text/csv}.
 */
public final class Reports {

  private Reports() {}

  /** Who stands on a statement as of a date: its signatories, or every state's vote. */
  public record SignatoriesReport(
      String statement,
      StatementKind kind,
      @JsonUnwrapped ReportBasis basis,
      @Schema(nullable = true) Integer reportedCount,
      @Schema(nullable = true, description = ClaimedCount.REPORTED_BOUND, examples = "EXACT")
          CountBound reportedBound,
      @Schema(nullable = true, description = ClaimedCount.REPORTED_COUNT_TO, examples = "65")
          Integer reportedCountTo,
      int named,
      List<Signatory> states)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return statement + "-signatories";
    }

    @Override
    public List<String> csvHeader() {
      return header(
          List.of("statement", "kind"),
          List.of(
              "reported_count",
              "reported_bound",
              "reported_count_to",
              "iso3",
              "name",
              "regional_group",
              "action",
              "role",
              "since",
              "since_day",
              "date_unknown",
              "confidence",
              "record_id",
              "joined_later",
              "disputed_records"));
    }

    @Override
    public List<List<Object>> csvRows() {
      return states.stream()
          .map(
              s ->
                  row(
                      List.of(statement, kind),
                      basis,
                      reportedCount,
                      reportedBound,
                      reportedCountTo,
                      s.iso3(),
                      s.name(),
                      s.regionalGroup(),
                      s.action(),
                      s.role(),
                      s.since(),
                      s.since().latest(),
                      s.dateUnknown() != null,
                      s.confidence(),
                      s.recordId(),
                      s.joinedLater(),
                      s.disputedRecords() == null
                          ? null
                          : String.join(
                              ";", s.disputedRecords().stream().map(String::valueOf).toList())))
          .toList();
    }
  }

  /**
   * A state on a statement's list: {@code since} is the effective date of the deciding record;
   * {@code joinedLater} (letters and joint statements only) says whether it took effect after the
   * statement's date.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Signatory(
      String iso3,
      String name,
      String regionalGroup,
      PositionAction action,
      @Schema(
              description =
                  "The deciding record's role: SIGNATORY, LEAD (delivered or coordinated it) or"
                      + " SPONSOR",
              examples = "LEAD")
          PositionRole role,
      @Schema(
              description =
                  "The deciding record's date; when its sources give none, the bound it counts"
                      + " from (../day: no later than its reported date, or than the day it was"
                      + " recorded), and dateUnknown is true",
              examples = "2019-07-08")
          UncertainDate since,
      @Schema(
              description = "Present (true) only when the deciding record has no date of its own",
              examples = "true")
          Boolean dateUnknown,
      Confidence confidence,
      long recordId,
      Boolean joinedLater,
      @Schema(
              description =
                  "Present (true) when records of this state from different sources contradict"
                      + " each other (dates that overlap, actions that differ); the deciding record"
                      + " still decides",
              examples = "true")
          Boolean disputed,
      @Schema(
              description = "With disputed: the ids of the contradicting records",
              examples = "[1041, 1187]")
          List<Long> disputedRecords) {}

  /** A group's members on the report's date, how many hold each action, and their share. */
  public record GroupCounts(
      int members, Map<PositionAction, Long> counts, Map<PositionAction, Double> share) {}

  /**
   * A day on which some state's standing changed. For a vote, joining and withdrawing mean starting
   * and stopping to vote yes, {@code total} counts yes votes and {@code counts} holds every vote.
   * {@code approximate} marks days that stand for a date known only to the month, the year or an
   * interval (it counts from the last day the date allows).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TimelineEntry(
      LocalDate date,
      long joined,
      long withdrew,
      long total,
      boolean approximate,
      Map<PositionAction, Long> counts) {}

  /** A statement's timeline: every date on which some state's standing changed. */
  public record Timeline(
      String statement,
      StatementKind kind,
      @JsonUnwrapped ReportBasis basis,
      @Schema(
              nullable = true,
              description =
                  "The furthest stage of its life the statement had reached, as recorded; absent"
                      + " when none is recorded",
              examples = "CIRCULATING")
          @JsonInclude(JsonInclude.Include.NON_NULL)
          LifeStage stage,
      @Schema(
              nullable = true,
              description = "Where it stands, as a sentence; absent when no stage is recorded",
              examples =
                  "circulating since late June 2022, reported 19 July 2022, delivery not known")
          @JsonInclude(JsonInclude.Include.NON_NULL)
          String stageSummary,
      @Schema(
              nullable = true,
              description =
                  "true while the statement is still circulating: the timeline has not ended, and"
                      + " more states may yet sign; absent otherwise")
          @JsonInclude(JsonInclude.Include.NON_NULL)
          Boolean stillCirculating,
      List<TimelineEntry> entries)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return statement + "-timeline";
    }

    @Override
    public List<String> csvHeader() {
      List<String> after =
          new ArrayList<>(List.of("date", "joined", "withdrew", "total", "approximate"));
      if (kind.isVote()) {
        after.addAll(List.of("yes", "no", "abstain", "not_voting"));
      }
      return header(List.of("statement"), after);
    }

    @Override
    public List<List<Object>> csvRows() {
      return entries.stream()
          .map(
              e -> {
                List<Object> row =
                    row(
                        List.of(statement),
                        basis,
                        e.date(),
                        e.joined(),
                        e.withdrew(),
                        e.total(),
                        e.approximate());
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
      PositionAction actionA,
      PositionAction actionB,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(description = "Present (true) when it compares who stood on each at some time")
          Boolean ever,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(description = "With ever: the first day of the period")
          LocalDate from,
      @JsonUnwrapped ReportBasis basis,
      List<String> both,
      List<String> onlyA,
      List<String> onlyB)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return a + "-vs-" + b;
    }

    @Override
    public List<String> csvHeader() {
      return header(
          List.of("statement_a", "statement_b", "action_a", "action_b"),
          List.of("iso3", "on_a", "on_b"));
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      List<Object> subject = List.of(a, b, actionA, actionB);
      both.forEach(iso3 -> rows.add(row(subject, basis, iso3, true, true)));
      onlyA.forEach(iso3 -> rows.add(row(subject, basis, iso3, true, false)));
      onlyB.forEach(iso3 -> rows.add(row(subject, basis, iso3, false, true)));
      return rows;
    }
  }

  /**
   * A state's standing on every statement, and the start of everything recorded about it: a state
   * may have thousands of records, which its pages of records give in full.
   */
  public record StatePositions(
      StateView state,
      @JsonUnwrapped ReportBasis basis,
      @Schema(
              description =
                  "A page of the state's standings, latest statement first (`page`, `size`); the"
                      + " CSV answer gives them all")
          List<Standing> standings,
      @Schema(description = "The page of standings, from 0", example = "0") int page,
      @Schema(description = "Standings per page", example = "50") int size,
      @Schema(description = "Whether another page of standings follows", example = "false")
          boolean more,
      @Schema(
              description =
                  "The first "
                      + HISTORY_SIZE
                      + " records about the state (as recorded), retracted ones marked, in the"
                      + " order of `/api/states/{code}/records`, whose pages continue it")
          List<PositionView> history,
      @Schema(description = "How many records the state's whole history has") long historyTotal)
      implements CsvTable, ReportTags.Tagged {

    /** How many records of its history a state's report shows. */
    public static final int HISTORY_SIZE = 100;

    @Override
    public String csvName() {
      return state.iso3() + "-positions";
    }

    @Override
    public List<String> csvHeader() {
      return header(
          List.of("iso3", "name"),
          List.of(
              "statement",
              "title",
              "kind",
              "statement_date",
              "action",
              "since",
              "since_day",
              "date_unknown",
              "confidence",
              "record_id"));
    }

    /** The standings; the full history is in the JSON answer and the positions export. */
    @Override
    public List<List<Object>> csvRows() {
      return standings.stream()
          .map(
              s ->
                  row(
                      List.of(state.iso3(), state.name()),
                      basis,
                      s.statement(),
                      s.title(),
                      s.kind(),
                      s.statementDate(),
                      s.action(),
                      s.since(),
                      s.since().latest(),
                      s.dateUnknown() != null,
                      s.confidence(),
                      s.recordId()))
          .toList();
    }
  }

  /** A header: the subject's columns, then the basis, then the observation's. */
  static List<String> header(List<String> subject, List<String> observation) {
    List<String> header = new ArrayList<>(subject);
    header.addAll(ReportBasis.CSV_HEADER);
    header.addAll(observation);
    return header;
  }

  /** A mutable row in the order of {@link #header}; cells may be null (empty). */
  static List<Object> row(List<Object> subject, ReportBasis basis, Object... cells) {
    List<Object> row = new ArrayList<>(subject);
    row.addAll(basis.csvCells());
    for (Object cell : cells) {
      row.add(cell);
    }
    return row;
  }
}
