package org.signatorytracker.positions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;
import org.signatorytracker.common.Revision;
import org.signatorytracker.common.Revisioned;

/**
 * A retraction waiting for review: it becomes a {@link Retraction}, in the revision of its
 * confirmation, when another editor confirms it, and stays here, decided, either way. Its revision
 * is the proposal's.
 */
@Entity
@Table(name = "retraction_proposal")
public class RetractionProposal extends Revisioned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retraction_proposal_seq")
  @SequenceGenerator(
      name = "retraction_proposal_seq",
      sequenceName = "retraction_proposal_seq",
      allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "position_id")
  public PositionRecord position;

  public String reason;

  @Column(name = "proposed_by")
  public String proposedBy;

  /** Null while pending. */
  public Boolean confirmed;

  @Column(name = "decision_reason")
  public String decisionReason;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_revision_id")
  public Long decidedRevisionId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "decided_revision_id", insertable = false, updatable = false)
  public Revision decidedRevision;

  /** The undecided proposal to retract a record, if any. */
  static Optional<RetractionProposal> pendingFor(long positionId) {
    return find(
            "from RetractionProposal x join fetch x.revision"
                + " where x.position.id = ?1 and x.confirmed is null",
            positionId)
        .firstResultOptional();
  }
}
