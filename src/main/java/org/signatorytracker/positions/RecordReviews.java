package org.signatorytracker.positions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.ReviewView;
import org.signatorytracker.common.Revisions;
import org.signatorytracker.security.Caller;

/**
 * The review of what was proposed about records: a proposed record, or a proposed retraction of
 * one, confirmed or rejected by someone other than its proposer, one by one or all that one
 * revision (an import) proposed. A confirmed record counts from the confirmation's revision on; a
 * confirmed retraction becomes a retraction in that revision.
 */
@ApplicationScoped
public class RecordReviews {

  @Inject Caller caller;
  @Inject EntityManager em;
  @Inject Revisions revisions;
  @Inject PositionViews views;

  /**
   * Decides what waits for review on a record: the record itself or, once it stands, a retraction
   * proposed of it. Empty when there is no such record.
   *
   * @throws ConflictException when nothing about it waits for review
   */
  @Transactional
  public Optional<Long> decide(long id, boolean confirm, String reason) {
    Optional<PositionRecord> found = PositionRecord.findWithDetails(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    PositionRecord record = found.get();
    String by = caller.name();
    if (record.pending()) {
      ReviewView.checkDecider("Position record " + id, record.recordedBy, by, confirm);
      RecordReview review = new RecordReview();
      review.position = record;
      review.confirmed = confirm;
      review.reason = confirm ? null : reason.strip();
      review.decidedBy = by;
      review.persist();
      record.review = review;
      return Optional.of(id);
    }
    RetractionProposal proposal =
        RetractionProposal.pendingFor(id)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Position record "
                            + id
                            + " has nothing waiting for review: it is "
                            + views.of(record).status()
                            + "."));
    ReviewView.checkDecider(
        "The retraction of position record " + id, proposal.proposedBy, by, confirm);
    proposal.confirmed = confirm;
    proposal.decidedBy = by;
    proposal.decisionReason = confirm ? null : reason.strip();
    proposal.decidedRevisionId = revisions.current();
    if (confirm) {
      Retraction retraction = new Retraction();
      retraction.position = record;
      retraction.reason = proposal.reason;
      retraction.retractedBy = proposal.proposedBy;
      retraction.persist();
      record.retraction = retraction;
    }
    return Optional.of(id);
  }

  /**
   * Records a rejection an import carries, of a proposal it wrote: decided by the importer, with
   * the file's reason.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordRejection(PositionRecord proposal, String reason) {
    RecordReview review = new RecordReview();
    review.position = proposal;
    review.positionId = proposal.id;
    review.confirmed = false;
    review.reason = reason;
    review.decidedBy = caller.name();
    review.persist();
  }

  /** Proposed records and retractions one revision wrote, still waiting: what an import left. */
  public record Waiting(long records, long retractions) {
    public long total() {
      return records + retractions;
    }
  }

  private static final String PENDING_RECORDS_OF_REVISION =
      " FROM position_record p WHERE p.revision_id = :written AND p.proposed = TRUE"
          + " AND NOT EXISTS (SELECT 1 FROM record_review w WHERE w.position_id = p.id)";

  private static final String PENDING_RETRACTIONS_OF_REVISION =
      " FROM retraction_proposal x WHERE x.revision_id = :written AND x.confirmed IS NULL";

  /** What a revision proposed and is still waiting for review. */
  public Waiting waitingFrom(long writtenIn) {
    return new Waiting(
        count("SELECT COUNT(*)" + PENDING_RECORDS_OF_REVISION, writtenIn),
        count("SELECT COUNT(*)" + PENDING_RETRACTIONS_OF_REVISION, writtenIn));
  }

  /**
   * Confirms or rejects everything a revision proposed that still waits (the caller has checked who
   * may): a statement for the records and two for the retractions, however many there are.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Waiting decideAllFrom(long writtenIn, boolean confirm, String reason) {
    Waiting waiting = waitingFrom(writtenIn);
    @SuppressWarnings("unchecked")
    List<Number> statements =
        em.createNativeQuery(
                "SELECT DISTINCT p.statement_id"
                    + PENDING_RECORDS_OF_REVISION
                    + " UNION SELECT p.statement_id FROM position_record p WHERE p.id IN"
                    + " (SELECT x.position_id"
                    + PENDING_RETRACTIONS_OF_REVISION
                    + ")")
            .setParameter("written", writtenIn)
            .getResultList();
    statements.forEach(s -> revisions.changesStatement(s.longValue()));
    long current = revisions.current();
    String by = caller.name();
    em.createNativeQuery(
            "INSERT INTO record_review (position_id, confirmed, reason, decided_by, revision_id)"
                + " SELECT p.id, :confirmed, :reason, :by, :revision"
                + PENDING_RECORDS_OF_REVISION)
        .setParameter("confirmed", confirm)
        .setParameter("reason", confirm ? null : reason)
        .setParameter("by", by)
        .setParameter("revision", current)
        .setParameter("written", writtenIn)
        .executeUpdate();
    if (confirm) {
      em.createNativeQuery(
              "INSERT INTO retraction (position_id, reason, retracted_by, revision_id)"
                  + " SELECT x.position_id, x.reason, x.proposed_by, :revision"
                  + PENDING_RETRACTIONS_OF_REVISION
                  + " AND NOT EXISTS (SELECT 1 FROM retraction r WHERE r.position_id ="
                  + " x.position_id)")
          .setParameter("revision", current)
          .setParameter("written", writtenIn)
          .executeUpdate();
    }
    em.createNativeQuery(
            "UPDATE retraction_proposal SET confirmed = :confirmed, decision_reason = :reason,"
                + " decided_by = :by, decided_revision_id = :revision"
                + " WHERE revision_id = :written AND confirmed IS NULL")
        .setParameter("confirmed", confirm)
        .setParameter("reason", confirm ? null : reason)
        .setParameter("by", by)
        .setParameter("revision", current)
        .setParameter("written", writtenIn)
        .executeUpdate();
    return waiting;
  }

  private static final String WAITING_IDS =
      """
      SELECT p.id FROM position_record p
      WHERE p.proposed = TRUE AND NOT EXISTS (SELECT 1 FROM record_review w WHERE w.position_id = p.id)
      UNION SELECT x.position_id FROM retraction_proposal x WHERE x.confirmed IS NULL\
      """;

  /**
   * A page of the records with something waiting for review (the record, or a retraction of it), by
   * statement, then state, then id; of one statement when {@code statementId} is given.
   */
  public Page<PositionView> waiting(Long statementId, PageRequest page) {
    String ids =
        "SELECT q.id FROM position_record q WHERE q.id IN ("
            + WAITING_IDS
            + ")"
            + (statementId == null ? "" : " AND q.statement_id = :statement");
    var select =
        em.createNativeQuery(ids + " ORDER BY q.statement_id, q.iso3, q.id", Long.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    var total = em.createNativeQuery("SELECT COUNT(*) FROM (" + ids + ") t", Long.class);
    if (statementId != null) {
      select.setParameter("statement", statementId);
      total.setParameter("statement", statementId);
    }
    @SuppressWarnings("unchecked")
    List<Long> found = select.getResultList();
    return Page.of(
        views.of(PositionRecord.withDetails(found)),
        page,
        ((Number) total.getSingleResult()).longValue());
  }

  private long count(String sql, long writtenIn) {
    return ((Number) em.createNativeQuery(sql).setParameter("written", writtenIn).getSingleResult())
        .longValue();
  }
}
