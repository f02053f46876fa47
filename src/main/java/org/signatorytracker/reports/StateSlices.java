package org.signatorytracker.reports;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signatorytracker.positions.CommittedRecords;
import org.signatorytracker.positions.CommittedRecords.Row;

/**
 * Each state's own records, for its standings: the first time, all of them in one query by state
 * (through the index that begins with the state), kept in one set of arrays with a run per
 * statement, tagged with the last revision committed before that read. The read answers for a
 * statement whose last change is no later than its tag (a statement it found nothing on: the state
 * has no record there), so an answer is exact after any write on any replica; a statement changed
 * since is read again, alone, and kept beside it. At most {@code tracker.reports.cache-records}
 * records are kept; the states read least recently go first.
 */
@ApplicationScoped
class StateSlices {

  private static final StatementRecords NONE = new StatementRecords(List.of());

  /** A statement's records read again alone, and the last revision committed before that read. */
  private record Slice(long readThrough, StatementRecords records) {}

  /** One state's records as read by state, and the statements read again since. */
  private static final class OfState {
    final long readThrough;
    final long[] statements;
    final StatementRecords runs;
    final Map<Long, Slice> again = new HashMap<>();
    long size;

    OfState(String iso3, long readThrough, Map<Long, List<Row>> rows) {
      this.readThrough = readThrough;
      statements = rows.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      List<List<Row>> lists = new ArrayList<>(statements.length);
      for (long statement : statements) {
        lists.add(rows.get(statement));
      }
      runs = StatementRecords.inRuns(iso3, lists);
      size = runs.size();
    }

    /**
     * The state's records on the statement if this holds them as of its last change, or null; none
     * at all where the state has no record dated on or before the day (no rule reads the others).
     */
    StatementRecords answer(long statement, long lastChange, int day) {
      if (!again.isEmpty()) {
        Slice slice = again.get(statement);
        if (slice != null) {
          return slice.readThrough() >= lastChange ? slice.records() : null;
        }
      }
      if (lastChange > readThrough) {
        return null;
      }
      int k = Arrays.binarySearch(statements, statement);
      return k < 0 || !runs.anyOnOrBefore(k, day) ? NONE : runs.run(k);
    }
  }

  @Inject CommittedRecords positions;
  @Inject StatementHeaders headers;
  @Inject ReportsConfig config;

  private final LinkedHashMap<String, OfState> states = new LinkedHashMap<>(64, 0.75f, true);
  private long cached;

  @Inject
  void measure(MeterRegistry registry) {
    registry.gauge("tracker.engine.state-slices.records", this, s -> s.cachedRecords());
  }

  private synchronized double cachedRecords() {
    return cached;
  }

  /**
   * The state's records on each of these statements (aligned with them) as of their last change,
   * from memory where read after that change, the rest read; none where it has no record dated on
   * or before the day.
   */
  StatementRecords[] of(String iso3, List<Header> some, int day) {
    StatementRecords[] found = new StatementRecords[some.size()];
    OfState state = held(iso3);
    if (state == null) {
      long through = headers.through().revision(); // before the read: it holds at least this
      state = new OfState(iso3, through, positions.ofState(iso3));
      keep(iso3, state);
    }
    List<Long> stale = answer(state, some, day, found);
    if (!stale.isEmpty()) {
      long through = headers.through().revision();
      Map<Long, List<Row>> rows = positions.ofState(iso3, stale);
      Map<Long, Slice> read = new HashMap<>();
      for (Long id : stale) {
        read.put(id, new Slice(through, new StatementRecords(rows.getOrDefault(id, List.of()))));
      }
      for (int k = 0; k < found.length; k++) {
        if (found[k] == null) {
          found[k] = read.get(some.get(k).statement().id()).records();
        }
      }
      keepAgain(iso3, state, read);
    }
    return found;
  }

  private synchronized OfState held(String iso3) {
    return states.get(iso3);
  }

  /** Puts in {@code found} what the state's records in memory answer; gives the other ids. */
  private synchronized List<Long> answer(
      OfState state, List<Header> some, int day, StatementRecords[] found) {
    List<Long> stale = new ArrayList<>();
    for (int k = 0; k < found.length; k++) {
      Header h = some.get(k);
      found[k] = state.answer(h.statement().id(), h.lastChange(), day);
      if (found[k] == null) {
        stale.add(h.statement().id());
      }
    }
    return stale;
  }

  private synchronized void keep(String iso3, OfState state) {
    OfState previous = states.put(iso3, state);
    cached += state.size - (previous == null ? 0 : previous.size);
    dropBeyondTheLimit();
  }

  private synchronized void keepAgain(String iso3, OfState state, Map<Long, Slice> read) {
    if (states.get(iso3) != state) {
      return; // dropped or read again meanwhile
    }
    for (Map.Entry<Long, Slice> e : read.entrySet()) {
      Slice previous = state.again.put(e.getKey(), e.getValue());
      long added =
          e.getValue().records().size() - (previous == null ? 0 : previous.records().size());
      state.size += added;
      cached += added;
    }
    dropBeyondTheLimit();
  }

  private void dropBeyondTheLimit() {
    int limit = config.reports().cacheRecords();
    var eldest = states.entrySet().iterator();
    while (cached > limit && eldest.hasNext()) {
      cached -= eldest.next().getValue().size;
      eldest.remove();
    }
  }
}
