package org.signatorytracker.reports;

/** How complete a statement's list of names is, against the count the sources report. */
public enum ListStatus {
  /** No state is named. */
  NONE,
  /** Fewer states are named than reported. */
  PARTIAL,
  /** At least as many states are named as reported. */
  COMPLETE,
  /** States are named, and no count was reported. */
  UNKNOWN;

  public static ListStatus of(long named, Integer reported) {
    if (named == 0) {
      return NONE;
    }
    if (reported == null) {
      return UNKNOWN;
    }
    return named < reported ? PARTIAL : COMPLETE;
  }
}
