package org.signatorytracker.positions;

/**
 * The part a state took in a statement, besides taking a position on it. A {@code LEAD} (delivered
 * or coordinated it) or {@code SPONSOR} (of a draft resolution) record of a letter is a signature
 * like any other: the role says more, never less.
 */
public enum PositionRole {
  SIGNATORY,
  LEAD,
  SPONSOR;

  /** Whether a record of this action may carry this role: a leading part is a supporting one. */
  public boolean fits(PositionAction action) {
    return this == SIGNATORY || action.supports();
  }
}
