package org.signatorytracker.reports;

import io.smallrye.config.ConfigMapping;
import java.util.OptionalInt;

/** The engine: {@code tracker.reports.*}. */
@ConfigMapping(prefix = "tracker")
public interface ReportsConfig {

  /** Bytes a record takes in one cache, its run's share included (measured at 2,000,000). */
  int BYTES_PER_RECORD = 40;

  Reports reports();

  interface Reports {
    /**
     * Most position records the reports keep in memory, the statements read least recently are
     * dropped first; a statement larger than this is read for each report. As many again at most
     * are kept by state for states' standings ({@code StateSlices}). Unset: what a fifth of the
     * heap's limit holds, for each ({@link #recordLimit}).
     */
    OptionalInt cacheRecords();

    /**
     * {@link #cacheRecords} or, unset, a fifth of the heap's limit at {@link #BYTES_PER_RECORD}:
     * 2,684,354 at {@code -Xmx512m} (the benchmark's 2,000,000 records and its own letters), both
     * caches together two fifths of the heap at most.
     */
    default int recordLimit() {
      return cacheRecords()
          .orElse(
              (int)
                  Math.min(
                      Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 5 / BYTES_PER_RECORD));
    }
  }
}
