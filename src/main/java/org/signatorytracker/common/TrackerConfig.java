package org.signatorytracker.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings, under {@code tracker.*} (environment: {@code TRACKER_*}). */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

  Demo demo();

  interface Demo {
    /**
     * Load the July 2019 Xinjiang letters at start when the database holds no statement yet ({@code
     * TRACKER_DEMO_LOAD=true}).
     */
    @WithDefault("false")
    boolean load();
  }
}
