package org.signatorytracker.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.common.RecordOrder;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.CommittedRecords;
import org.signatorytracker.positions.CommittedRecords.Row;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionRole;
import org.signatorytracker.positions.RecordDisputes;

/**
 * One statement's position records, compact and in the order the as-of rule reads them: grouped by
 * state, and within a state by effective date, then the revision that recorded them, then id. This
 * is where the rule lives:
 *
 * <ol>
 *   <li>a record is <em>eligible</em> for a query when it was recorded within the query's revision,
 *       not retracted by then, reported by {@code knownBy} and at least {@code minConfidence};
 *   <li>a state's <em>deciding record</em> as of a day is its last eligible record (in the order
 *       above) that took effect on or before that day: the latest effective date wins, and among
 *       records of the same date the one recorded last;
 *   <li>the state stands on the statement with the deciding record's action, unless it is {@code
 *       WITHDREW} (then, as with no deciding record, it does not stand on it).
 * </ol>
 *
 * Instances are immutable and shared by concurrent requests (see {@link RecordCache}).
 */
final class StatementRecords {

  /** What a query lets the rule read. Days are epoch days. */
  record Filter(
      long throughRevision, long knownBy, Confidence minConfidence, boolean excludeAnonymous) {

    static Filter of(ReportQuery query, long throughRevision) {
      long knownBy = query.knownByOrUnlimited().toEpochDay();
      return new Filter(throughRevision, knownBy, query.minConfidence(), query.excludeAnonymous());
    }

    /** The same filter through another revision (a statement's own, where each has one). */
    Filter through(long revision) {
      return new Filter(revision, knownBy, minConfidence, excludeAnonymous);
    }
  }

  private static final PositionAction[] ACTIONS = PositionAction.values();
  private static final Confidence[] CONFIDENCES = Confidence.values();
  private static final PositionRole[] ROLES = PositionRole.values();

  /** Set in a record's confidence byte when every source rests on unnamed people. */
  private static final int ANONYMOUS_ONLY = 0x40;

  private final String[] states;
  private final int[] start;
  private final int[] effective;
  private final int[] earliest;
  private final int[] reported;
  private final byte[] action;
  private final byte[] role;

  /** Each record's confidence (its ordinal), with {@link #ANONYMOUS_ONLY} set when it applies. */
  private final byte[] confidence;

  private final PackedLongs revision;
  private final PackedLongs retractedIn;
  private final PackedLongs id;

  /** Each record's date as written, read once here rather than in every report. */
  private final WrittenDates dates;

  /** Whether {@code r} comes after {@code previous} of the same state in the rule's order. */
  private static boolean after(Row previous, Row r) {
    return RecordOrder.compare(
            previous.effectiveOn(),
            previous.revision(),
            previous.id(),
            r.effectiveOn(),
            r.revision(),
            r.id())
        < 0;
  }

  /** Whether the states are in code order (as the query sorts them), to find one by search. */
  private final boolean statesSorted;

  /**
   * Builds from rows already in the rule's order ({@link CommittedRecords#RULE_ORDER}: by state,
   * date, revision, id), which it checks: each state's records in one run, each after the one
   * before it.
   */
  StatementRecords(List<Row> rows) {
    this(rows, RecordRuns.byState(rows));
  }

  /**
   * One state's records on many statements (the k-th list: its records on one statement, in the
   * rule's order) in one set of arrays, each list a run that {@link #run} gives as the statement's
   * records without a copy: a state's standings keep thousands of one-record runs, and a run's own
   * arrays would cost hundreds of bytes each.
   */
  static StatementRecords inRuns(String iso3, List<List<Row>> lists) {
    List<Row> rows = new ArrayList<>();
    String[] states = new String[lists.size()];
    int[] start = new int[lists.size() + 1];
    for (int k = 0; k < lists.size(); k++) {
      states[k] = iso3;
      start[k] = rows.size();
      rows.addAll(lists.get(k));
    }
    start[lists.size()] = rows.size();
    return new StatementRecords(rows, new RecordRuns(states, start, false));
  }

  /** Whether run k has a record dated on or before the day (epoch day). */
  boolean anyOnOrBefore(int k, int day) {
    return start[k] < start[k + 1] && effective[start[k]] <= day;
  }

  /** The records of run k of {@link #inRuns}, as a statement's records, sharing these arrays. */
  StatementRecords run(int k) {
    return new StatementRecords(this, k);
  }

  private StatementRecords(StatementRecords all, int run) {
    effective = all.effective;
    earliest = all.earliest;
    reported = all.reported;
    action = all.action;
    role = all.role;
    confidence = all.confidence;
    revision = all.revision;
    retractedIn = all.retractedIn;
    id = all.id;
    dates = all.dates;
    states = new String[] {all.states[run]};
    start = new int[] {all.start[run], all.start[run + 1]};
    statesSorted = true;
  }

  private StatementRecords(List<Row> rows, RecordRuns runs) {
    int n = rows.size();
    effective = new int[n];
    earliest = new int[n];
    reported = new int[n];
    action = new byte[n];
    role = new byte[n];
    confidence = new byte[n];
    long[] revisions = new long[n];
    long[] retractions = new long[n];
    long[] ids = new long[n];
    UncertainDate[] written = new UncertainDate[n];
    int s = -1;
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      boolean first = false;
      while (s + 1 < runs.states().length && runs.start()[s + 1] == i) {
        s++;
        first = true;
      }
      if (!first && !after(rows.get(i - 1), r)) {
        throw new IllegalArgumentException(
            "record " + r.id() + " of " + r.iso3() + " is out of the rule's order");
      }
      effective[i] = (int) r.effectiveOn().toEpochDay();
      earliest[i] =
          r.effectiveEarliest() == null
              ? Integer.MIN_VALUE
              : (int) r.effectiveEarliest().toEpochDay();
      reported[i] = (int) r.reportedOn().toEpochDay();
      action[i] = (byte) r.action().ordinal();
      role[i] = (byte) r.role().ordinal();
      confidence[i] = (byte) (r.confidence().ordinal() | (r.anonymousOnly() ? ANONYMOUS_ONLY : 0));
      revisions[i] = r.revision();
      retractions[i] = r.retractedIn() == null ? AsRecorded.NO_REVISION_LIMIT : r.retractedIn();
      ids[i] = r.id();
      written[i] = WrittenDates.kept(r.effectiveText(), effective[i]);
    }
    revision = PackedLongs.of(revisions);
    retractedIn = PackedLongs.of(retractions);
    id = PackedLongs.of(ids);
    dates = WrittenDates.of(written);
    states = runs.states();
    start = runs.start();
    statesSorted = runs.sorted();
  }

  int size() {
    return start[states.length] - start[0];
  }

  private boolean eligible(int i, Filter filter) {
    return revision.get(i) <= filter.throughRevision()
        && retractedIn.get(i) > filter.throughRevision()
        && reported[i] <= filter.knownBy()
        && confidenceOf(i).atLeast(filter.minConfidence())
        && !(filter.excludeAnonymous() && (confidence[i] & ANONYMOUS_ONLY) != 0);
  }

  private Confidence confidenceOf(int i) {
    return CONFIDENCES[confidence[i] & ~ANONYMOUS_ONLY];
  }

  /** How many states have a record the filter admits, whatever its date. */
  int named(Filter filter) {
    int named = 0;
    for (int s = 0; s < states.length; s++) {
      for (int i = start[s]; i < start[s + 1]; i++) {
        if (eligible(i, filter)) {
          named++;
          break;
        }
      }
    }
    return named;
  }

  /** Each state's deciding record as of the day, withdrawals included, in state order. */
  List<Decision> decisions(LocalDate asOf, Filter filter) {
    int day = (int) asOf.toEpochDay();
    List<Decision> decisions = new ArrayList<>();
    for (int s = 0; s < states.length; s++) {
      int i = deciding(s, day, filter);
      if (i >= 0) {
        decisions.add(decision(s, i));
      }
    }
    return decisions;
  }

  /**
   * What {@link #decisions} gives, only each deciding record's action and id, in state order: what
   * an answer over thousands of statements reads, without a decision's dates.
   */
  void decide(LocalDate asOf, Filter filter, TrackedSets.Deciding deciding) {
    int day = (int) asOf.toEpochDay();
    for (int s = 0; s < states.length; s++) {
      int i = deciding(s, day, filter);
      if (i >= 0) {
        deciding.accept(states[s], ACTIONS[action[i]], id.get(i));
      }
    }
  }

  /** The index of state s's deciding record as of the day: its last eligible one by then; or -1. */
  private int deciding(int s, int day, Filter filter) {
    for (int i = lastOnOrBefore(s, day); i >= start[s]; i--) {
      if (eligible(i, filter)) {
        return i;
      }
    }
    return -1;
  }

  /** One state's deciding record as of the (epoch) day, withdrawals included; or empty. */
  Optional<Decision> decisionOf(String iso3, int day, Filter filter) {
    int s = indexOf(iso3);
    if (s < 0) {
      return Optional.empty();
    }
    int i = deciding(s, day, filter);
    return i < 0 ? Optional.empty() : Optional.of(decision(s, i));
  }

  private int indexOf(String iso3) {
    if (statesSorted) {
      return Math.max(-1, Arrays.binarySearch(states, iso3));
    }
    return Arrays.asList(states).indexOf(iso3);
  }

  /** The states standing on the statement as of the day (their deciding record not WITHDREW). */
  List<Decision> holders(LocalDate asOf, Filter filter) {
    List<Decision> holders = new ArrayList<>();
    for (Decision d : decisions(asOf, filter)) {
      if (d.stands()) {
        holders.add(d);
      }
    }
    return holders;
  }

  /**
   * Every change of a state's standing over the statement's life, by date: on each day a state has
   * eligible records, the last of them decides; where that differs from what it stood on before,
   * the state changed. {@code approx} marks a change decided by a record with an imprecise date.
   */
  List<StandingChange> changes(Filter filter) {
    List<StandingChange> changes = new ArrayList<>();
    changes(
        filter,
        (day, iso3, before, after, approx) ->
            changes.add(
                new StandingChange(LocalDate.ofEpochDay(day), iso3, before, after, approx)));
    changes.sort((a, b) -> a.date().compareTo(b.date()));
    return changes;
  }

  /** The changes of {@link #changes(Filter)}, state by state, each state's in date order. */
  void changes(Filter filter, TrackedSets.Shifting shifting) {
    for (int s = 0; s < states.length; s++) {
      PositionAction standing = null;
      int i = start[s];
      while (i < start[s + 1]) {
        int day = effective[i];
        int winner = -1;
        for (; i < start[s + 1] && effective[i] == day; i++) {
          if (eligible(i, filter)) {
            winner = i;
          }
        }
        if (winner >= 0) {
          PositionAction now = ACTIONS[action[winner]];
          if (!now.holds()) {
            now = null;
          }
          if (now != standing) {
            shifting.accept(day, states[s], standing, now, earliest[winner] != effective[winner]);
            standing = now;
          }
        }
      }
    }
  }

  /**
   * Pairs of eligible records (by id, the lower first) of one state that contradict each other,
   * sources aside ({@link RecordDisputes#contradict}): what an answer checks before it marks a
   * state disputed.
   */
  List<Contradicting> contradictions(Filter filter) {
    List<Contradicting> pairs = new ArrayList<>();
    for (int s = 0; s < states.length; s++) {
      for (int i = start[s]; i < start[s + 1]; i++) {
        if (!eligible(i, filter)) {
          continue;
        }
        for (int j = i + 1; j < start[s + 1]; j++) {
          if (eligible(j, filter)
              && RecordDisputes.contradict(
                  ACTIONS[action[i]],
                  day(earliest[i]),
                  day(effective[i]),
                  ACTIONS[action[j]],
                  day(earliest[j]),
                  day(effective[j]))) {
            pairs.add(
                new Contradicting(
                    states[s], Math.min(id.get(i), id.get(j)), Math.max(id.get(i), id.get(j))));
          }
        }
      }
    }
    return pairs;
  }

  private static LocalDate day(int epochDay) {
    return epochDay == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay);
  }

  /** The index of the state's last record in effect on the day, or start - 1. */
  private int lastOnOrBefore(int s, int day) {
    int low = start[s];
    int high = start[s + 1] - 1;
    int found = start[s] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (effective[mid] <= day) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  private Decision decision(int s, int i) {
    LocalDate day = LocalDate.ofEpochDay(effective[i]);
    return new Decision(
        states[s],
        ACTIONS[action[i]],
        ROLES[role[i]],
        day,
        dates.date(i, day),
        dates.unknown(i),
        confidenceOf(i),
        id.get(i));
  }
}
