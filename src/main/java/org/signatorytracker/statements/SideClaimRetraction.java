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

/** Takes a mistaken claim about a side out of every answer; the claim stays in the list. */
@Entity
@Immutable
@Table(name = "side_claim_retraction")
public class SideClaimRetraction extends Revisioned {

  @Id
  @Column(name = "claim_id")
  public Long claimId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "claim_id")
  public SideClaim claim;

  public String reason;

  @Column(name = "retracted_by")
  public String retractedBy;
}
