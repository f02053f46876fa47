package org.signatorytracker.positions;

import java.util.Arrays;
import java.util.List;

/**
 * How sure the record is. CONFIRMED: an official or primary text, or two independent sources;
 * REPORTED: one secondary source; DISPUTED: contradicted by another source.
 */
public enum Confidence {
  CONFIRMED(3),
  REPORTED(2),
  DISPUTED(1);

  private final int rank;

  Confidence(int rank) {
    this.rank = rank;
  }

  /** Whether a record this sure passes a {@code minConfidence} filter. */
  public boolean atLeast(Confidence min) {
    return rank >= min.rank;
  }

  /** This confidence and every stronger one: what a {@code minConfidence} filter admits. */
  public List<Confidence> andStronger() {
    return Arrays.stream(values()).filter(c -> c.rank >= rank).toList();
  }
}
