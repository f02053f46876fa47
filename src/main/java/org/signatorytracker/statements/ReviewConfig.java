package org.signatorytracker.statements;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Review of what editors write: {@code tracker.review.*} (environment {@code TRACKER_REVIEW_*}).
 */
@ConfigMapping(prefix = "tracker.review")
public interface ReviewConfig {

  /**
   * Whether every record, retraction and count claim, by anyone and by import too, waits as a
   * proposal until another editor or an admin confirms it; off by default.
   */
  @WithDefault("false")
  boolean required();
}
