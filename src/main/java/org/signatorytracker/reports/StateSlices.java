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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
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

  /**
   * Where each statement of a list of headers (the state's, as kept for a revision) has its run in
   * {@link OfState#runs} (-1: none), worked out once per list, so that a page's walk looks nothing
   * up (a binary search per statement was half of a standings request at 2,000,000 records).
   */
  private record Index(List<Header> all, int[] runOf) {}

  /** One state's records as read by state, and the statements read again since. */
  private static final class OfState {
    final long readThrough;
    final long[] statements;
    final StatementRecords runs;
    final Map<Long, Slice> again = new ConcurrentHashMap<>();
    long size;
    private volatile Index index;

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

    /** The run of each of these headers' statements, or -1 where the state has none. */
    int[] runsOf(List<Header> all) {
      Index known = index;
      if (known != null && known.all() == all) {
        return known.runOf();
      }
      int[] runOf = new int[all.size()];
      for (int k = 0; k < runOf.length; k++) {
        runOf[k] = Math.max(-1, Arrays.binarySearch(statements, all.get(k).statement().id()));
      }
      index = new Index(all, runOf);
      return runOf;
    }

    /**
     * The state's records on the statement (its run, or -1) if this holds them as of its last
     * change, or null; none at all where the state has no record dated on or before the day (no
     * rule reads the others).
     */
    StatementRecords answer(int run, long statement, long lastChange, int day) {
      // (no isEmpty() first: on a concurrent map it adds up counters, a quarter of a page's time)
      Slice slice = again.get(statement);
      if (slice != null) {
        return slice.readThrough() >= lastChange ? slice.records() : null;
      }
      if (lastChange > readThrough) {
        return null;
      }
      return run < 0 || !runs.anyOnOrBefore(run, day) ? NONE : runs.run(run);
    }
  }

  @Inject CommittedRecords positions;
  @Inject StatementHeaders headers;
  @Inject ReportsConfig config;

  private final LinkedHashMap<String, OfState> states = new LinkedHashMap<>(64, 0.75f, true);
  private final Semaphore bulkReads =
      new Semaphore(Runtime.getRuntime().availableProcessors(), true);
  private long cached;

  @Inject
  void measure(MeterRegistry registry) {
    registry.gauge("tracker.engine.state-slices.records", this, s -> s.cachedRecords());
  }

  private synchronized double cachedRecords() {
    return cached;
  }

  /**
   * The state's records on the statements of {@code all} from {@code from} to {@code to} (aligned
   * with them) as of their last change, from memory where read after that change, the rest read;
   * none where it has no record dated on or before the day. {@code all} is the state's headers as
   * kept for a revision: where each has its run is worked out once for it.
   */
  StatementRecords[] of(String iso3, List<Header> all, int from, int to, int day) {
    StatementRecords[] found = new StatementRecords[to - from];
    OfState state = held(iso3);
    if (state == null) {
      state = read(iso3);
    }
    int[] runOf = state.runsOf(all);
    List<Long> stale = new ArrayList<>();
    for (int k = from; k < to; k++) {
      Header h = all.get(k);
      found[k - from] = state.answer(runOf[k], h.statement().id(), h.lastChange(), day);
      if (found[k - from] == null) {
        stale.add(h.statement().id());
      }
    }
    if (!stale.isEmpty()) {
      long through = headers.through().revision();
      Map<Long, List<Row>> rows = positions.ofState(iso3, stale, false);
      Map<Long, Slice> read = new HashMap<>();
      for (Long id : stale) {
        read.put(id, new Slice(through, new StatementRecords(rows.getOrDefault(id, List.of()))));
      }
      for (int k = from; k < to; k++) {
        if (found[k - from] == null) {
          found[k - from] = read.get(all.get(k).statement().id()).records();
        }
      }
      keepAgain(iso3, state, read);
    }
    return found;
  }

  /**
   * Reads a state's records whole, as many states at once as there are processors: each read holds
   * all its rows in memory until they are packed, and sixteen at once (the first standings of every
   * state, 2,000,000 records) filled the heap, ten full collections of 250 ms in 40 s. A state read
   * meanwhile by another request is taken as it read it.
   */
  private OfState read(String iso3) {
    bulkReads.acquireUninterruptibly();
    try {
      OfState state = held(iso3);
      if (state == null) {
        long through = headers.through().revision(); // before the read: it holds at least this
        state = new OfState(iso3, through, positions.ofState(iso3));
        keep(iso3, state);
      }
      return state;
    } finally {
      bulkReads.release();
    }
  }

  private synchronized OfState held(String iso3) {
    return states.get(iso3);
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
    int limit = config.reports().recordLimit();
    var eldest = states.entrySet().iterator();
    while (cached > limit && eldest.hasNext()) {
      cached -= eldest.next().getValue().size;
      eldest.remove();
    }
  }
}
