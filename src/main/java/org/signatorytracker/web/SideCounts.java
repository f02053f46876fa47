package org.signatorytracker.web;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Objects;
import org.signatorytracker.analysis.StanceCount;
import org.signatorytracker.analysis.Unlisted;
import org.signatorytracker.statements.SideClaimView;

/**
 * How pages show a side's count: never a bare 0 for a side whose statements have no list of names
 * ("no list; 55 reported"), and the number named with a note when only some of them have one.
 */
@TemplateExtension
final class SideCounts {

  private SideCounts() {}

  /** What the count cell shows: the number named, or that there is no list to count. */
  static String shown(StanceCount count) {
    if (count.count() == 0 && count.withoutList() != null && count.withoutList() > 0) {
      return (count.withoutList() > 1 ? "no lists" : "no list") + reported(count.unlisted());
    }
    return Integer.toString(count.count());
  }

  /**
   * What sources claim of the side, beside its documented count: "nearly 100 claimed on 19 July
   * 2022; 3% of it documented"; empty without a claim.
   */
  static String claimNote(StanceCount count) {
    if (count.claims() == null || count.claims().isEmpty()) {
      return "";
    }
    SideClaimView chosen = count.claims().get(0);
    return chosen.reported()
        + " claimed on "
        + chosen.on().phrase()
        + (chosen.anonymousOnly() ? " (unnamed sources only)" : "")
        + (count.shareOfClaim() == null
            ? ""
            : "; " + Math.round(count.shareOfClaim() * 100) + "% of it documented");
  }

  /** A note beside a count that does not tell the whole story; empty when it does. */
  static String listNote(StanceCount count) {
    if (count.statements() == null || count.count() == 0) {
      return "";
    }
    StringBuilder note = new StringBuilder();
    if (count.withoutList() > 0) {
      note.append("named; ")
          .append(count.withoutList())
          .append(count.withoutList() > 1 ? " statements" : " statement")
          .append(" without a list")
          .append(reported(count.unlisted()));
    }
    if (count.partial() > 0) {
      note.append(note.isEmpty() ? "named; " : "; ")
          .append(count.partial())
          .append(count.partial() > 1 ? " partial lists" : " partial list");
    }
    return note.toString();
  }

  /** "; 55 reported", "; 55 and nearly 100 reported", or nothing when no count was reported. */
  private static String reported(List<Unlisted> unlisted) {
    List<String> counts =
        unlisted.stream().map(Unlisted::reportedAs).filter(Objects::nonNull).toList();
    if (counts.isEmpty()) {
      return "";
    }
    return "; "
        + (counts.size() == 1
            ? counts.get(0)
            : String.join(", ", counts.subList(0, counts.size() - 1))
                + " and "
                + counts.get(counts.size() - 1))
        + " reported";
  }
}
