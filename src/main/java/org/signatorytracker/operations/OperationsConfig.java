package org.signatorytracker.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * What serves the operator: {@code tracker.demo.*}, {@code tracker.backup.*} and {@code
 * tracker.h2.*}.
 */
@ConfigMapping(prefix = "tracker")
public interface OperationsConfig {

  Demo demo();

  Backup backup();

  H2 h2();

  interface Demo {
    /**
     * Load the July 2019 Xinjiang letters at start when the database holds no statement yet ({@code
     * TRACKER_DEMO_LOAD=true}).
     */
    @WithDefault("false")
    boolean load();
  }

  interface Backup {
    /** Where online backups of the embedded database are written. */
    @WithDefault("./data/backups")
    String directory();

    /** How many backups to keep: after a backup, older ones beyond this number are removed. */
    @WithDefault("7")
    int keep();

    /** How long one backup may run. */
    @WithDefault("1H")
    Duration timeout();
  }

  interface H2 {
    /**
     * How often the embedded H2 database's file is looked at, and compacted if its chunks are less
     * than {@code compact-below} percent full (see {@code H2FileCompaction}); 0 never.
     */
    @WithDefault("30S")
    Duration compactEvery();

    /** Below how full (percent) the file's chunks are rewritten. */
    @WithDefault("50")
    int compactBelow();
  }
}
