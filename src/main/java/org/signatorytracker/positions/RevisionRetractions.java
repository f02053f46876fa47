package org.signatorytracker.positions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.signatorytracker.common.Revisions;

/**
 * Retracts every standing record one revision wrote, in one statement however many there are: what
 * undoing an import (whose one transaction is one revision) takes.
 */
@ApplicationScoped
public class RevisionRetractions {

  @Inject EntityManager em;
  @Inject Revisions revisions;

  private static final String STANDING_IN =
      " FROM position_record p WHERE p.revision_id = :written"
          + " AND NOT EXISTS (SELECT 1 FROM retraction r WHERE r.position_id = p.id)";

  /** Retracts the records written in the revision and not retracted since; returns how many. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int retractRecordsOf(long writtenIn, String reason, String by) {
    @SuppressWarnings("unchecked")
    List<Number> statements =
        em.createNativeQuery("SELECT DISTINCT p.statement_id" + STANDING_IN)
            .setParameter("written", writtenIn)
            .getResultList();
    statements.forEach(s -> revisions.changesStatement(s.longValue()));
    return em.createNativeQuery(
            "INSERT INTO retraction (position_id, reason, retracted_by, revision_id)"
                + " SELECT p.id, :reason, :by, :revision"
                + STANDING_IN)
        .setParameter("reason", reason)
        .setParameter("by", by)
        .setParameter("revision", revisions.current())
        .setParameter("written", writtenIn)
        .executeUpdate();
  }
}
