package org.signatorytracker.reports;

import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.statements.ClaimView;

/**
 * How complete a statement's list of names is, comparing like with like: the states standing on the
 * date of the claim that gives the reported count, against that count ({@code share}); {@code
 * named} (every state with a record, whatever its date) and {@code shareNamed} say how many the
 * sources name at all. A state that withdrew before the claim's date is named but does not stand. A
 * status the researcher declares (the final list is known, or none was published) is the {@code
 * status} answers show; {@code computed} is then the one the records give.
 *
 * <p>{@code share} is against the number the source gives ({@code reportedCount}: for "nearly 100"
 * against 100, for a range against its low end); {@code reported} says how it was phrased.
 *
 * @param standingOnClaimDate null without a reported count
 */
public record ListCoverage(
    int named,
    Integer standingOnClaimDate,
    ClaimedCount reported,
    ListStatus status,
    boolean declared,
    ListStatus computed,
    Double share,
    Double shareNamed) {

  /**
   * The coverage of a statement whose chosen claim (null: none) gives its reported count, and whose
   * declared status (null: none declared) overrides the computed one.
   */
  public static ListCoverage of(NamedStates states, ClaimView chosen, ListStatus declared) {
    int named = states.named();
    Integer count = chosen == null ? null : chosen.count();
    ClaimedCount reported = chosen == null ? null : chosen.claimed();
    Integer standing = chosen == null ? null : states.standingOn(chosen.on().latest());
    ListStatus computed = ListStatus.of(named, standing, reported);
    return new ListCoverage(
        named,
        standing,
        reported,
        declared == null ? computed : declared,
        declared != null,
        computed,
        count == null ? null : Breakdowns.share(standing, count),
        count == null ? null : Breakdowns.share(named, count));
  }

  /** The number the source gives (a range's low end); null without a reported count. */
  public Integer reportedCount() {
    return reported == null ? null : reported.count();
  }

  /** Whether more states stand on the claim's date than the count as phrased allows. */
  public boolean moreStandingThanClaimed() {
    return reported != null && reported.exceededBy(standingOnClaimDate);
  }

  /** Whether a declared COMPLETE list disagrees with what the records add up to. */
  public boolean declaredCompleteDisagrees() {
    return declared
        && status == ListStatus.COMPLETE
        && computed != ListStatus.COMPLETE
        // a count that cannot say ("at least 40" with 45 standing) does not contradict it
        && !(computed == ListStatus.UNKNOWN && reported != null);
  }
}
