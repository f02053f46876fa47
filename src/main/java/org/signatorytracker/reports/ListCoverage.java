package org.signatorytracker.reports;

import org.signatorytracker.statements.ClaimView;

/**
 * How complete a statement's list of names is, comparing like with like: the states standing on the
 * date of the claim that gives the reported count, against that count ({@code share}); {@code
 * named} (every state with a record, whatever its date) and {@code shareNamed} say how many the
 * sources name at all. A state that withdrew before the claim's date is named but does not stand.
 *
 * @param standingOnClaimDate null without a reported count
 */
public record ListCoverage(
    int named,
    Integer standingOnClaimDate,
    Integer reportedCount,
    ListStatus status,
    Double share,
    Double shareNamed) {

  /** The coverage of a statement whose chosen claim (null: none) gives its reported count. */
  public static ListCoverage of(NamedStates states, ClaimView chosen) {
    int named = states.named();
    if (chosen == null) {
      return new ListCoverage(named, null, null, ListStatus.of(named, null, null), null, null);
    }
    int count = chosen.count();
    int standing = states.standingOn(chosen.on().latest());
    return new ListCoverage(
        named,
        standing,
        count,
        ListStatus.of(named, standing, count),
        Breakdowns.share(standing, count),
        Breakdowns.share(named, count));
  }
}
