package org.signatorytracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.ReportBasis.Through;
import org.signatorytracker.reports.StatementReads.Read;

/**
 * The engine on sets of statements, for analyses across them: each statement of a set with its
 * records (one query for the statements as recorded, at most one more for the records not in
 * memory), each state's deciding record as of any day, and every change of standing, by the rule of
 * {@link StatementRecords}.
 */
@ApplicationScoped
public class TrackedSets {

  @Inject StatementReads statements;

  /** One statement of a set and its records. */
  public static final class Tracked implements NamedStates {
    private final Read read;

    private Tracked(Read read) {
      this.read = read;
    }

    public RecordedStatement subject() {
      return read.statement();
    }

    @Override
    public int named() {
      return read.named();
    }

    @Override
    public int standingOn(LocalDate day) {
      return read.standingOn(day);
    }

    /** Each state's deciding record as of the day, withdrawals included, in state order. */
    public List<Decision> decisions(LocalDate asOf) {
      return read.records().decisions(asOf, read.filter());
    }

    /**
     * What {@link #decisions} gives, only each deciding record's action and id: for answers over
     * thousands of statements.
     */
    public void decide(LocalDate asOf, Deciding deciding) {
      read.records().decide(asOf, read.filter(), deciding);
    }

    /**
     * What {@link #shifts()} gives, state by state (each state's changes in date order), the day as
     * an epoch day: for answers over thousands of statements.
     */
    public void shifts(Shifting shifting) {
      read.records().changes(read.filter(), shifting);
    }

    /**
     * The states that held {@code action} at some time from {@code from} (null: from the first
     * record) to {@code asOf}, by the rule: those holding it on {@code from}, and those whose
     * standing changed to it on a day within the period.
     */
    public Set<String> heldBetween(PositionAction action, LocalDate from, LocalDate asOf) {
      Set<String> held = new TreeSet<>();
      if (from != null) {
        for (Decision d : decisions(from)) {
          if (d.action() == action) {
            held.add(d.iso3());
          }
        }
      }
      for (Shift s : shifts()) {
        if (s.action() == action
            && !s.date().isAfter(asOf)
            && (from == null || s.date().isAfter(from))) {
          held.add(s.iso3());
        }
      }
      return held;
    }

    /**
     * Each state's actions in order within the same period, a withdrawal that ended its standing as
     * {@code WITHDREW}, one action repeated once: {@code SIGNED, WITHDREW, SIGNED}.
     */
    public Map<String, List<PositionAction>> actionsBetween(LocalDate from, LocalDate asOf) {
      Map<String, List<PositionAction>> paths = new HashMap<>();
      if (from != null) {
        for (Decision d : decisions(from)) {
          if (d.action() != PositionAction.WITHDREW) {
            paths.computeIfAbsent(d.iso3(), k -> new ArrayList<>()).add(d.action());
          }
        }
      }
      for (Shift s : shifts()) {
        if (s.date().isAfter(asOf) || (from != null && !s.date().isAfter(from))) {
          continue;
        }
        PositionAction action = s.action() == null ? PositionAction.WITHDREW : s.action();
        List<PositionAction> path = paths.computeIfAbsent(s.iso3(), k -> new ArrayList<>());
        if ((!path.isEmpty() && path.get(path.size() - 1) == action)
            || (path.isEmpty() && action == PositionAction.WITHDREW)) {
          continue;
        }
        path.add(action);
      }
      return paths;
    }

    /**
     * Pairs of records (by id, the smaller first) of one state that contradict each other by the
     * rule, sources aside, among the records the query lets count.
     */
    public List<long[]> contradictions() {
      return read.records().contradictions(read.filter()).stream()
          .map(Contradicting::pair)
          .toList();
    }

    /**
     * Every change of a state's standing, by date: {@code after} is the action it holds from that
     * day (null when a withdrawal ended its standing).
     */
    public List<Shift> shifts() {
      List<Shift> shifts = new ArrayList<>();
      for (StandingChange c : read.records().changes(read.filter())) {
        shifts.add(new Shift(c.date(), c.iso3(), c.after(), c.approx()));
      }
      return shifts;
    }
  }

  /** Receives a state's deciding record: its action (withdrawals included) and its id. */
  @FunctionalInterface
  public interface Deciding {
    void accept(String iso3, PositionAction action, long recordId);
  }

  /**
   * Receives a change of a state's standing: from the epoch day {@code day} it holds {@code after}
   * instead of {@code before} (null: none); {@code approximate} when an imprecise date decided it.
   */
  @FunctionalInterface
  public interface Shifting {
    void accept(
        int day, String iso3, PositionAction before, PositionAction after, boolean approximate);
  }

  /** From {@code date}, the state holds {@code action} on a statement (null: none). */
  public record Shift(LocalDate date, String iso3, PositionAction action, boolean approximate) {}

  /** The statements of a set as recorded, with their records, and how far the data runs. */
  public record TrackedSet(Through through, List<Tracked> statements) {}

  /** The statements of an issue (as recorded) with their records. */
  public TrackedSet statementsOfIssue(String issue, ReportQuery query) {
    return tracked(statements.ofIssue(issue, query), query);
  }

  /** The statements of several issues (as recorded) with their records, in one query. */
  public TrackedSet statementsOfIssues(Collection<String> issues, ReportQuery query) {
    return tracked(statements.ofIssues(issues, query), query);
  }

  /** The statements with these keys (as recorded), with their records; unknown keys are absent. */
  public TrackedSet statementsWithKeys(Collection<String> keys, ReportQuery query) {
    return tracked(statements.byKeys(keys, query), query);
  }

  /** The issues of the statements a state has records on (as recorded). */
  public Set<String> issuesOfState(String iso3, ReportQuery query) {
    Set<String> issues = new TreeSet<>();
    for (RecordedStatement s : statements.statementsOfState(iso3, query)) {
      s.issues().forEach(i -> issues.add(i.issue()));
    }
    return issues;
  }

  /** The set in key order, with how far the data runs as read with it. */
  private TrackedSet tracked(Map<String, Read> reads, ReportQuery query) {
    if (reads.isEmpty()) {
      return new TrackedSet(statements.through(query), List.of());
    }
    List<Tracked> tracked = new ArrayList<>();
    reads.values().forEach(r -> tracked.add(new Tracked(r)));
    tracked.sort(Comparator.comparing(t -> t.subject().key()));
    return new TrackedSet(tracked.get(0).subject().through(), tracked);
  }
}
