package org.signatorytracker.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Server time for records: never taken from the client. */
public final class Timestamps {

  private Timestamps() {}

  /** Microseconds: what both databases store, so that a value reads back as it was written. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
