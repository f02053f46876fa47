package org.signatorytracker.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionView;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.states.StateView;

/** The shapes the report endpoints answer with. */
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
      List<Signatory> states) {}

  /** A state on a statement's list: {@code since} is the effective date of the deciding record. */
  public record Signatory(
      String iso3,
      String name,
      String regionalGroup,
      PositionAction action,
      PartialDate since,
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
      Map<String, Map<PositionAction, Long>> byGroup) {}

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

  /** Which states support one statement, the other, or both. */
  public record Comparison(
      String a,
      String b,
      LocalDate asOf,
      LocalDate knownBy,
      Confidence minConfidence,
      List<String> both,
      List<String> onlyA,
      List<String> onlyB) {}

  /** A state's standing on every statement, and everything recorded about it. */
  public record StatePositions(
      StateView state,
      LocalDate asOf,
      LocalDate knownBy,
      Confidence minConfidence,
      List<Standing> standings,
      List<PositionView> history) {}

  /** The state's standing on one statement; WITHDREW shows a withdrawal that still holds. */
  public record Standing(
      String statement,
      String title,
      StatementKind kind,
      PartialDate statementDate,
      PositionAction action,
      PartialDate since,
      Confidence confidence,
      long recordId) {}
}
