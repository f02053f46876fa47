package org.signatorytracker.reports;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signatorytracker.positions.CommittedRecords;
import org.signatorytracker.positions.CommittedRecords.Row;

/**
 * Each state's own records, for its standings: the first time, all of them in one query by state
 * (through the index that begins with the state), each statement's slice tagged with the last
 * revision committed before that read. A slice serves a statement whose last change is no later
 * than its tag, so an answer is exact after any write on any replica; a statement changed since is
 * read again, alone. At most {@code tracker.reports.cache-records} records are kept; the states
 * read least recently go first.
 */
@ApplicationScoped
class StateSlices {

  private record Slice(long readThrough, StatementRecords records) {}

  @Inject CommittedRecords positions;
  @Inject StatementHeaders headers;
  @Inject ReportsConfig config;

  private final LinkedHashMap<String, Map<Long, Slice>> states =
      new LinkedHashMap<>(64, 0.75f, true);
  private long cached;

  @Inject
  void measure(MeterRegistry registry) {
    registry.gauge("tracker.engine.state-slices.records", this, s -> s.cachedRecords());
  }

  private synchronized double cachedRecords() {
    return cached;
  }

  /**
   * The state's records on each of these statements, as of the given versions (statement id → last
   * change): from memory where the slice is at least as recent, the rest read.
   */
  Map<Long, StatementRecords> of(String iso3, Map<Long, Long> versions) {
    Map<Long, StatementRecords> found = new HashMap<>();
    List<Long> stale = new ArrayList<>();
    if (!sliced(iso3, versions, found, stale)) {
      long through = headers.through().revision(); // before the read: the slices hold at least this
      Map<Long, Slice> read = new HashMap<>();
      positions
          .ofState(iso3)
          .forEach((id, rows) -> read.put(id, new Slice(through, new StatementRecords(rows))));
      // a statement asked for, unchanged since, on which the read found nothing: the state has none
      versions.forEach(
          (id, version) -> {
            if (!read.containsKey(id) && version <= through) {
              read.put(id, new Slice(through, new StatementRecords(List.of())));
            }
          });
      keep(iso3, read, true);
      versions.forEach((id, version) -> answer(id, version, read.get(id), found, stale));
    }
    if (!stale.isEmpty()) {
      long through = headers.through().revision();
      Map<Long, List<Row>> rows = positions.ofState(iso3, stale);
      Map<Long, Slice> read = new HashMap<>();
      for (Long id : stale) {
        Slice slice = new Slice(through, new StatementRecords(rows.getOrDefault(id, List.of())));
        read.put(id, slice);
        found.put(id, slice.records());
      }
      keep(iso3, read, false);
    }
    return found;
  }

  /**
   * Puts in {@code found} what the state's slices answer and in {@code stale} the rest; false when
   * the state has no slices in memory.
   */
  private synchronized boolean sliced(
      String iso3, Map<Long, Long> versions, Map<Long, StatementRecords> found, List<Long> stale) {
    Map<Long, Slice> slices = states.get(iso3);
    if (slices == null) {
      return false;
    }
    versions.forEach((id, version) -> answer(id, version, slices.get(id), found, stale));
    return true;
  }

  /**
   * A slice answers for a statement if it was read after the statement's last change; a statement
   * without one (the state had no record there when read) or changed since is read again.
   */
  private static void answer(
      long id, long version, Slice slice, Map<Long, StatementRecords> found, List<Long> stale) {
    if (slice != null && slice.readThrough() >= version) {
      found.put(id, slice.records());
    } else {
      stale.add(id);
    }
  }

  private synchronized void keep(String iso3, Map<Long, Slice> read, boolean whole) {
    int limit = config.reports().cacheRecords();
    Map<Long, Slice> slices = states.get(iso3);
    if (slices == null) {
      if (!whole) {
        return; // dropped meanwhile: read whole again next time
      }
      slices = new HashMap<>();
      states.put(iso3, slices);
    }
    for (Map.Entry<Long, Slice> e : read.entrySet()) {
      Slice previous = slices.put(e.getKey(), e.getValue());
      cached += e.getValue().records().size() - (previous == null ? 0 : previous.records().size());
    }
    var eldest = states.entrySet().iterator();
    while (cached > limit && eldest.hasNext()) {
      Map.Entry<String, Map<Long, Slice>> e = eldest.next();
      for (Slice s : e.getValue().values()) {
        cached -= s.records().size();
      }
      eldest.remove();
    }
  }
}
