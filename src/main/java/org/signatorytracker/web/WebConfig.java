package org.signatorytracker.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** The pages' pictures: {@code tracker.pictures.*}. */
@ConfigMapping(prefix = "tracker")
public interface WebConfig {

  Pictures pictures();

  /** The charts, maps and heat maps: what drawing them may cost. */
  interface Pictures {
    /** How many pictures are drawn at once; the others wait their turn. */
    @WithDefault("2")
    int concurrency();

    /** How long a picture waits for its turn before the answer is 503 with Retry-After. */
    @WithName("wait")
    @WithDefault("2S")
    Duration waitForTurn();

    /** The most bytes of drawn pictures kept, by their ETag, so that none is drawn twice. */
    @WithDefault("32M")
    MemorySize cacheSize();
  }
}
