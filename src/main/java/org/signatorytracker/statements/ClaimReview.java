package org.signatorytracker.statements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.signatorytracker.common.Revisioned;

/**
 * The decision on a proposed count claim, made once: confirmed (it counts from this revision on, as
 * recorded) or rejected (it never counts), by whom and why.
 */
@Entity
@Immutable
@Table(name = "claim_review")
public class ClaimReview extends Revisioned {

  @Id
  @Column(name = "claim_id")
  public Long claimId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "claim_id")
  public CountClaim claim;

  public boolean confirmed;

  public String reason;

  @Column(name = "decided_by")
  public String decidedBy;
}
