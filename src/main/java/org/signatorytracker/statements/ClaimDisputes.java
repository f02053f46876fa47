package org.signatorytracker.statements;

import java.util.ArrayList;
import java.util.List;
import org.signatorytracker.common.ClaimedCount;

/**
 * When sources disagree on a statement's count: claims whose dates overlap (the same day, or
 * uncertain dates that share a day) but whose counts, as phrased, allow no common number ("64" and
 * "64–65" agree; "nearly 100" and "100" do not: {@link ClaimedCount#agreesWith}). The count a
 * report gives stays the chosen claim's (the latest date, then the one recorded last); this says
 * whether others compete with it.
 */
public final class ClaimDisputes {

  private ClaimDisputes() {}

  /**
   * The claims that compete with the chosen one (the first of {@code considered}, one statement's
   * claims in the order a report considers them): it and every other whose date overlaps its date,
   * in that order; empty when none of them gives a different count.
   */
  public static List<ClaimView> competingWithChosen(List<ClaimView> considered) {
    if (considered.isEmpty()) {
      return List.of();
    }
    ClaimView chosen = considered.get(0);
    List<ClaimView> competing = new ArrayList<>();
    boolean differ = false;
    for (ClaimView claim : considered) {
      if (claim == chosen || claim.on().overlaps(chosen.on())) {
        competing.add(claim);
        differ |= !claim.claimed().agreesWith(chosen.claimed());
      }
    }
    return differ ? competing : List.of();
  }

  /**
   * Every group of one statement's claims that dispute one another: claims whose dates overlap and
   * whose counts differ, each group listed once (the largest), its claims in the order given.
   */
  public static List<List<ClaimView>> disputes(List<ClaimView> claims) {
    List<List<ClaimView>> disputes = new ArrayList<>();
    for (ClaimView a : claims) {
      List<ClaimView> group = new ArrayList<>();
      boolean differ = false;
      for (ClaimView b : claims) {
        if (a == b || a.on().overlaps(b.on())) {
          group.add(b);
          differ |= !a.claimed().agreesWith(b.claimed());
        }
      }
      if (differ && disputes.stream().noneMatch(d -> d.containsAll(group))) {
        disputes.removeIf(group::containsAll);
        disputes.add(group);
      }
    }
    return disputes;
  }
}
