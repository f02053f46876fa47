package org.signatorytracker.reports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.signatorytracker.positions.CommittedRecords;
import org.signatorytracker.positions.CommittedRecords.Row;

/**
 * Statements' records in memory, each tagged with the statement's last change (the revision number
 * in {@code statement_change}) when it was read. A report reads that number with the statement, in
 * the query it runs anyway, and reuses the records only if it is unchanged, so an answer is exact
 * after any write, made by this replica or another. At most {@code tracker.reports.cache-records}
 * records are kept; the statements read least recently go first.
 */
@ApplicationScoped
public class RecordCache {

  private record Entry(long version, StatementRecords records) {}

  @Inject CommittedRecords positions;
  @Inject ReportsConfig config;

  private final LinkedHashMap<Long, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long cached;

  private Counter hits;
  private Counter reloads;
  private Counter firstReads;

  @Inject
  void measure(MeterRegistry registry) {
    Function<String, Counter> counter =
        result ->
            Counter.builder("tracker.engine.cache")
                .description(
                    "Statements a report needed: in memory (hit), or read (first, or changed"
                        + " since)")
                .tag("result", result)
                .register(registry);
    hits = counter.apply("hit");
    reloads = counter.apply("changed");
    firstReads = counter.apply("first");
    registry.gauge("tracker.engine.cache.records", this, c -> c.cachedRecords());
  }

  private synchronized double cachedRecords() {
    return cached;
  }

  /**
   * The records of each statement, by statement id, as of the given versions (statement id → last
   * change): from memory where the version matches, the rest read in one query.
   */
  Map<Long, StatementRecords> recordsOf(Map<Long, Long> versions) {
    Map<Long, StatementRecords> found = cachedOf(versions);
    List<Long> missing =
        versions.keySet().stream().filter(statement -> !found.containsKey(statement)).toList();
    if (!missing.isEmpty()) {
      Map<Long, StatementRecords> read = records(positions.ofStatements(missing));
      for (Long statement : missing) {
        StatementRecords records = read.getOrDefault(statement, new StatementRecords(List.of()));
        found.put(statement, records);
        keep(statement, versions.get(statement), records);
      }
    }
    return found;
  }

  /**
   * The records in memory of those statements whose version matches; nothing is read. Counted as
   * {@code tracker.engine.cache} hits, and misses by cause: not kept, or changed since (a reload).
   */
  synchronized Map<Long, StatementRecords> cachedOf(Map<Long, Long> versions) {
    Map<Long, StatementRecords> found = new HashMap<>();
    int changed = 0;
    for (Map.Entry<Long, Long> v : versions.entrySet()) {
      Entry entry = entries.get(v.getKey());
      if (entry != null && entry.version() == v.getValue()) {
        found.put(v.getKey(), entry.records());
      } else if (entry != null) {
        changed++;
      }
    }
    hits.increment(found.size());
    reloads.increment(changed);
    firstReads.increment(versions.size() - found.size() - changed);
    return found;
  }

  private synchronized void keep(long statement, long version, StatementRecords records) {
    int limit = config.reports().recordLimit();
    if (records.size() > limit) {
      return;
    }
    Entry previous = entries.put(statement, new Entry(version, records));
    cached += records.size() - (previous == null ? 0 : previous.records().size());
    var eldest = entries.entrySet().iterator();
    while (cached > limit && eldest.hasNext()) {
      Map.Entry<Long, Entry> e = eldest.next();
      if (e.getKey() != statement) {
        cached -= e.getValue().records().size();
        eldest.remove();
      }
    }
  }

  /** The records of what {@code read} reads, by statement. */
  private static Map<Long, StatementRecords> records(Map<Long, List<Row>> rows) {
    Map<Long, StatementRecords> records = new HashMap<>();
    rows.forEach((statement, list) -> records.put(statement, new StatementRecords(list)));
    return records;
  }
}
