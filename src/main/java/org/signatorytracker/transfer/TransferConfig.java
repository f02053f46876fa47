package org.signatorytracker.transfer;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;

/**
 * Imports and exports: {@code tracker.import.*}, {@code tracker.export.*} (environment {@code
 * TRACKER_IMPORT_*}, {@code TRACKER_EXPORT_*}).
 */
@ConfigMapping(prefix = "tracker")
public interface TransferConfig {

  @WithName("import")
  Import importing();

  Export export();

  interface Import {
    /** Largest size one file of an uploaded data package may expand to. */
    @WithDefault("1G")
    MemorySize maxExpandedSize();

    /** Most entries an uploaded data package may hold. */
    @WithDefault("64")
    int maxPackageEntries();

    /** How many problems an import reports before it only counts them. */
    @WithDefault("1000")
    int maxErrors();

    /**
     * Rows written per batch and persistence-context flush; on PostgreSQL a batch of records is one
     * {@code COPY}, each with a cost of its own beyond its rows (the UN's 900,000 votes: 52 s in
     * batches of 5,000, 64 s in batches of 1,000).
     */
    @WithDefault("5000")
    int batchSize();

    /**
     * From how many imported rows on an import brings the planner statistics of the tables it grew
     * up to date once it has committed (PostgreSQL's {@code ANALYZE}; nothing on H2).
     */
    @WithDefault("10000")
    long analyzeAfterRows();

    /** How long one import transaction may run. */
    @WithDefault("1H")
    Duration timeout();
  }

  interface Export {
    /** Title of exported data packages and their citation. */
    @WithDefault("Signatory Tracker data")
    String title();

    /** Authors named in CITATION.cff, comma-separated in the environment. */
    @WithDefault("Signatory Tracker contributors")
    List<String> authors();
  }
}
