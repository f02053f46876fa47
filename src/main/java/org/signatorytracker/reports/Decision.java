package org.signatorytracker.reports;

import java.time.LocalDate;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionRole;

/**
 * The record that decides a state's standing on a statement: what it did, since when, how surely.
 * {@code effective} is its date as written or, when {@code dateUnknown}, the bound it counts from.
 */
public record Decision(
    String iso3,
    PositionAction action,
    PositionRole role,
    LocalDate effectiveOn,
    UncertainDate effective,
    boolean dateUnknown,
    Confidence confidence,
    long recordId) {

  /** Whether the state stands on the statement (a withdrawal ends that). */
  public boolean stands() {
    return action.holds();
  }
}
