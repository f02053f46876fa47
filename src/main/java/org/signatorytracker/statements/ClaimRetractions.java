package org.signatorytracker.statements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.signatorytracker.common.Revisions;

/** Retracts every standing claim one revision wrote: what undoing an import takes. */
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
}
