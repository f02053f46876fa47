package org.signatorytracker.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.query.NativeQuery;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.positions.PositionAudit;
import org.signatorytracker.security.AuditLog;
import org.signatorytracker.security.AuditLog.AuditEntry;

/**
 * The audit trail as an operator reads it: everything that happened since a time, optionally by one
 * account, newest first, in one query over the rows each package contributes (the trail's own
 * events, recorded positions, retractions).
 */
@ApplicationScoped
public class AuditTrail {

  private static final String UNION =
      String.join(
          " UNION ALL ",
          AuditLog.EVENT_ROWS,
          PositionAudit.RECORDED_ROWS,
          PositionAudit.RETRACTED_ROWS,
          PositionAudit.REVIEWED_ROWS,
          PositionAudit.RETRACTION_REVIEW_ROWS);

  @Inject EntityManager em;
  @Inject AuditLog audit;

  /** A page of what happened since {@code since}, by {@code actor} if given, newest first. */
  public Page<AuditEntry> since(Instant since, String actor, PageRequest page) {
    String where =
        " WHERE a.occurred_at >= :since" + (actor == null ? "" : " AND a.actor = :actor");
    NativeQuery<Object[]> rows =
        query("SELECT a.* FROM (" + UNION + ") a" + where + " ORDER BY a.occurred_at DESC")
            .setParameter("since", since)
            .addScalar("occurred_at", Instant.class)
            .addScalar("actor", String.class)
            .addScalar("action", String.class)
            .addScalar("subject_type", String.class)
            .addScalar("subject", String.class)
            .addScalar("summary", String.class)
            .addScalar("before_state", String.class)
            .addScalar("after_state", String.class);
    NativeQuery<Object[]> count =
        query("SELECT COUNT(*) AS n FROM (" + UNION + ") a" + where)
            .setParameter("since", since)
            .addScalar("n", Long.class);
    if (actor != null) {
      rows.setParameter("actor", actor);
      count.setParameter("actor", actor);
    }
    List<AuditEntry> entries = new ArrayList<>();
    for (Object[] r :
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()) {
      entries.add(audit.entry(r));
    }
    Object total = count.getSingleResult();
    return Page.of(entries, page, ((Number) total).longValue());
  }

  @SuppressWarnings("unchecked")
  private NativeQuery<Object[]> query(String sql) {
    return em.createNativeQuery(sql).unwrap(NativeQuery.class);
  }
}
