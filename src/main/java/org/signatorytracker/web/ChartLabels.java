package org.signatorytracker.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.ReportBasis;

/**
 * The words every chart and map writes: what a colour stands for, and where its data comes from.
 */
final class ChartLabels {

  private ChartLabels() {}

  /** A legend's word for an action: "Signatory" for a signature, else as pages write it. */
  static String label(PositionAction action) {
    return action == PositionAction.SIGNED ? "Signatory" : Labels.label(action);
  }

  /** ", as known on …" when the answer is as known on a past day; empty otherwise. */
  static String known(ReportBasis basis) {
    return basis.knownBy() == null ? "" : ", as known on " + basis.knownBy();
  }

  /** "Signatory Tracker · data as known on …", with how far the recorded data runs. */
  static String sourceLine(ReportBasis basis, LocalDate today) {
    LocalDate known = basis.knownBy() != null ? basis.knownBy() : today;
    return "Signatory Tracker · data as known on "
        + known
        + (basis.recordedThrough() == null
            ? ""
            : " · recorded through " + basis.recordedThrough().toString().substring(0, 19) + "Z");
  }

  /** The source line as of today (UTC). */
  static String sourceLine(ReportBasis basis) {
    return sourceLine(basis, LocalDate.now(ZoneOffset.UTC));
  }
}
