package org.signatorytracker.statements;

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
import org.signatorytracker.common.Revisioned;

/**
 * A retraction of a count claim waiting for review: it becomes a {@link ClaimRetraction}, in the
 * revision of its confirmation, when another editor confirms it, and stays here, decided.
 */
@Entity
@Table(name = "claim_retraction_proposal")
public class ClaimRetractionProposal extends Revisioned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_retraction_proposal_seq")
  @SequenceGenerator(
      name = "claim_retraction_proposal_seq",
      sequenceName = "claim_retraction_proposal_seq",
      allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "claim_id")
  public CountClaim claim;

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

  /** The undecided proposal to retract a claim, if any. */
  static Optional<ClaimRetractionProposal> pendingFor(long claimId) {
    return find(
            "from ClaimRetractionProposal x join fetch x.revision"
                + " where x.claim.id = ?1 and x.confirmed is null",
            claimId)
        .firstResultOptional();
  }
}
