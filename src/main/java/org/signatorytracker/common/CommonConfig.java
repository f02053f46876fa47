package org.signatorytracker.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * The settings common to every request: body limits ({@code tracker.limits.*}, {@code
 * tracker.import.max-upload-size}); environment {@code TRACKER_*}.
 */
@ConfigMapping(prefix = "tracker")
public interface CommonConfig {

  Limits limits();

  /** The largest upload, under {@code tracker.import}. */
  @WithName("import")
  Uploads uploads();

  interface Limits {
    /** Largest JSON body any other endpoint accepts. */
    @WithDefault("1M")
    MemorySize maxJsonBody();
  }

  /** Uploads of files to import. */
  interface Uploads {
    /** Largest upload an import accepts; larger ones are refused with 413. */
    @WithDefault("512M")
    MemorySize maxUploadSize();
  }
}
