package org.signatorytracker.reports;

import org.signatorytracker.common.ClaimedCount;

/**
 * How complete a statement's list of names is, against the count the sources report: the states
 * standing on the date of the claim that reports it, against that count.
 */
public enum ListStatus {
  /** No state is named. */
  NONE,
  /** Fewer states stand on the claim's date than it reports ("nearly 100": fewer than 100). */
  PARTIAL,
  /** As many states stand on the claim's date as it allows at most (exactly, at most, a range). */
  COMPLETE,
  /**
   * States are named, and no count was reported, or the one reported cannot say ("at least 40" with
   * 45 standing).
   */
  UNKNOWN;

  /**
   * @param named states with any record the query admits, whatever its date
   * @param standing states standing on the reported count's date; null without one
   * @param reported the reported count as phrased; null when none was reported
   */
  public static ListStatus of(long named, Integer standing, ClaimedCount reported) {
    if (named == 0) {
      return NONE;
    }
    if (reported == null) {
      return UNKNOWN;
    }
    // the phrase decides: only a firm maximum completes a list ("exactly", "at most", a range's
    // high end); fewer than the number given leave it partial; else it cannot say
    if (reported.completedBy(standing)) {
      return COMPLETE;
    }
    return reported.shortOf(standing) ? PARTIAL : UNKNOWN;
  }
}
