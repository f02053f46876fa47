package org.signatorytracker.reports;

import java.time.LocalDate;
import org.signatorytracker.positions.Confidence;

/**
 * The three knobs of every report: the date the standing is taken at ({@code asOf}), the date up to
 * which public knowledge counts ({@code knownBy}, null for no limit), and the weakest confidence
 * admitted.
 */
public record StandingQuery(LocalDate asOf, LocalDate knownBy, Confidence minConfidence) {

  /** Stands in for "no limit" so that the SQL keeps one plain, indexable comparison. */
  static final LocalDate UNLIMITED = LocalDate.of(9999, 12, 31);

  LocalDate knownByOrUnlimited() {
    return knownBy == null ? UNLIMITED : knownBy;
  }
}
