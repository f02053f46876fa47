package org.signatorytracker.reports;

/**
 * How complete a statement's list of names is, against the count the sources report: the states
 * standing on the date of the claim that reports it, against that count.
 */
public enum ListStatus {
  /** No state is named. */
  NONE,
  /** Fewer states stand on the claim's date than it reports. */
  PARTIAL,
  /** At least as many states stand on the claim's date as it reports. */
  COMPLETE,
  /** States are named, and no count was reported. */
  UNKNOWN;

  /**
   * @param named states with any record the query admits, whatever its date
   * @param standing states standing on the reported count's date; null without one
   * @param reported the reported count; null when none was reported
   */
  public static ListStatus of(long named, Integer standing, Integer reported) {
    if (named == 0) {
      return NONE;
    }
    if (reported == null) {
      return UNKNOWN;
    }
    return standing < reported ? PARTIAL : COMPLETE;
  }
}
