package org.signatorytracker.reports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The engine: {@code tracker.reports.*}. */
@ConfigMapping(prefix = "tracker")
public interface ReportsConfig {

  Reports reports();

  interface Reports {
    /**
     * Most position records the reports keep in memory (about 50 bytes each), the statements read
     * least recently are dropped first; a statement larger than this is read for each report. As
     * many again at most are kept by state for states' standings ({@code StateSlices}).
     */
    @WithDefault("2500000")
    int cacheRecords();
  }
}
