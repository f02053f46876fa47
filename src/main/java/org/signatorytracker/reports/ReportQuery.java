package org.signatorytracker.reports;

import java.time.LocalDate;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.positions.Confidence;

/**
 * The knobs of every report: the date the standing is taken at ({@code asOf}; null for reports over
 * all dates, such as a timeline), the date up to which public knowledge counts ({@code knownBy},
 * null for no limit), the weakest confidence admitted, and how far the recorded data may run
 * ({@code asRecorded}), and whether records still waiting for review count as if confirmed now
 * ({@code includeProposed}, a preview), and whether records and claims resting on unnamed people
 * only are left out ({@code excludeAnonymous}).
 */
public record ReportQuery(
    LocalDate asOf,
    LocalDate knownBy,
    Confidence minConfidence,
    AsRecorded asRecorded,
    boolean includeProposed,
    boolean excludeAnonymous) {

  public ReportQuery {
    asRecorded = asRecorded == null ? AsRecorded.NOW : asRecorded;
  }

  public ReportQuery(
      LocalDate asOf,
      LocalDate knownBy,
      Confidence minConfidence,
      AsRecorded asRecorded,
      boolean includeProposed) {
    this(asOf, knownBy, minConfidence, asRecorded, includeProposed, false);
  }

  /** The same query at another date (null: over all dates). */
  public ReportQuery at(LocalDate date) {
    return new ReportQuery(
        date, knownBy, minConfidence, asRecorded, includeProposed, excludeAnonymous);
  }

  public ReportQuery(
      LocalDate asOf, LocalDate knownBy, Confidence minConfidence, AsRecorded asRecorded) {
    this(asOf, knownBy, minConfidence, asRecorded, false);
  }

  /**
   * What a report asks by default: the standing on a date, as known today, at REPORTED or better.
   */
  public static ReportQuery on(LocalDate asOf) {
    return new ReportQuery(asOf, null, Confidence.REPORTED, AsRecorded.NOW);
  }

  LocalDate knownByOrUnlimited() {
    return knownBy == null ? AsRecorded.NO_DATE_LIMIT : knownBy;
  }
}
