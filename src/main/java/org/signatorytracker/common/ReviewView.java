package org.signatorytracker.common;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The review of a proposal (a record, a claim, or a retraction of one): who proposed it and, once
 * decided, whether it was confirmed or rejected, by whom, why, and in which revision (from which a
 * confirmed proposal counts, as recorded).
 */
public record ReviewView(
    @Schema(examples = "alice") String proposedBy,
    @Schema(
            description = "PENDING until decided, then CONFIRMED or REJECTED",
            enumeration = {"PENDING", "CONFIRMED", "REJECTED"},
            examples = "CONFIRMED")
        String decision,
    @Schema(nullable = true, examples = "bob") String decidedBy,
    @Schema(nullable = true, examples = "2026-12-06T20:15:00Z") Instant decidedAt,
    @Schema(nullable = true, examples = "42") Long decidedRevision,
    @Schema(
            description = "Why it was rejected; null otherwise",
            nullable = true,
            examples = "The annex lists Bahrain among the observers, not the signatories")
        String reason) {

  public static final String PENDING = "PENDING";
  public static final String CONFIRMED = "CONFIRMED";
  public static final String REJECTED = "REJECTED";

  /** A proposal no one has decided yet. */
  public static ReviewView pending(String proposedBy) {
    return new ReviewView(proposedBy, PENDING, null, null, null, null);
  }

  /** A decided proposal. */
  public static ReviewView decided(
      String proposedBy,
      boolean confirmed,
      String decidedBy,
      Instant at,
      long revision,
      String reason) {
    return new ReviewView(
        proposedBy, confirmed ? CONFIRMED : REJECTED, decidedBy, at, revision, reason);
  }

  /**
   * The one rule of who may decide: anyone with the editor's role but the one who proposed it; a
   * confirmation of one's own proposal is refused (403). A proposer may withdraw (reject) it.
   *
   * @throws NotYoursException when {@code decider} proposed it and would confirm it
   */
  public static void checkDecider(String what, String proposedBy, String decider, boolean confirm) {
    if (confirm && proposedBy != null && proposedBy.equals(decider)) {
      throw new NotYoursException(
          what
              + " was proposed by "
              + proposedBy
              + ": another editor or an admin confirms it (its proposer may only reject it).");
    }
  }
}
