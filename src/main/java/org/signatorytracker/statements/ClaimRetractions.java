package org.signatorytracker.statements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.signatorytracker.common.Revisions;

/**
 * Retracts every standing claim one revision wrote (what undoing an import takes), and reviews
 * every claim and claim retraction one revision proposed (what reviewing an import takes).
 */
@ApplicationScoped
public class ClaimRetractions {

  @Inject EntityManager em;
  @Inject Revisions revisions;

  /** Retracts the claims written in the revision and not retracted since; returns how many. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int retractClaimsOf(long writtenIn, String reason, String by) {
    return em.createNativeQuery(
            "INSERT INTO claim_retraction (claim_id, reason, retracted_by, revision_id)"
                + " SELECT c.id, :reason, :by, :revision FROM count_claim c"
                + " WHERE c.revision_id = :written"
                + " AND NOT EXISTS (SELECT 1 FROM claim_retraction r WHERE r.claim_id = c.id)")
        .setParameter("reason", reason)
        .setParameter("by", by)
        .setParameter("revision", revisions.current())
        .setParameter("written", writtenIn)
        .executeUpdate();
  }

  private static final String PENDING_CLAIMS_OF_REVISION =
      " FROM count_claim c WHERE c.revision_id = :written AND c.proposed = TRUE"
          + " AND NOT EXISTS (SELECT 1 FROM claim_review w WHERE w.claim_id = c.id)";

  private static final String PENDING_RETRACTIONS_OF_REVISION =
      " FROM claim_retraction_proposal x WHERE x.revision_id = :written AND x.confirmed IS NULL";

  /**
   * Confirms or rejects every claim and claim retraction the revision proposed that still waits
   * (the caller has checked who may); returns how many were decided.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public long decideAllFrom(long writtenIn, boolean confirm, String reason, String by) {
    long current = revisions.current();
    @SuppressWarnings("unchecked")
    List<Number> statements =
        em.createNativeQuery(
                "SELECT DISTINCT c.statement_id"
                    + PENDING_CLAIMS_OF_REVISION
                    + " UNION SELECT c.statement_id FROM count_claim c WHERE c.id IN"
                    + " (SELECT x.claim_id"
                    + PENDING_RETRACTIONS_OF_REVISION
                    + ")")
            .setParameter("written", writtenIn)
            .getResultList();
    statements.forEach(s -> revisions.changesStatement(s.longValue()));
    long decided =
        em.createNativeQuery(
                "INSERT INTO claim_review (claim_id, confirmed, reason, decided_by, revision_id)"
                    + " SELECT c.id, :confirmed, :reason, :by, :revision"
                    + PENDING_CLAIMS_OF_REVISION)
            .setParameter("confirmed", confirm)
            .setParameter("reason", confirm ? null : reason)
            .setParameter("by", by)
            .setParameter("revision", current)
            .setParameter("written", writtenIn)
            .executeUpdate();
    if (confirm) {
      em.createNativeQuery(
              "INSERT INTO claim_retraction (claim_id, reason, retracted_by, revision_id)"
                  + " SELECT x.claim_id, x.reason, x.proposed_by, :revision"
                  + PENDING_RETRACTIONS_OF_REVISION
                  + " AND NOT EXISTS (SELECT 1 FROM claim_retraction r WHERE r.claim_id ="
                  + " x.claim_id)")
          .setParameter("revision", current)
          .setParameter("written", writtenIn)
          .executeUpdate();
    }
    decided +=
        em.createNativeQuery(
                "UPDATE claim_retraction_proposal SET confirmed = :confirmed,"
                    + " decision_reason = :reason, decided_by = :by,"
                    + " decided_revision_id = :revision"
                    + " WHERE revision_id = :written AND confirmed IS NULL")
            .setParameter("confirmed", confirm)
            .setParameter("reason", confirm ? null : reason)
            .setParameter("by", by)
            .setParameter("revision", current)
            .setParameter("written", writtenIn)
            .executeUpdate();
    return decided;
  }
}
