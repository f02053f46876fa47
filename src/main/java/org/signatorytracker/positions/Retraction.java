package org.signatorytracker.positions;

import io.quarkus.arc.Arc;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.signatorytracker.common.Revisioned;
import org.signatorytracker.common.Revisions;

/** Takes a mistaken position record out of every computation; the record stays in the history. */
@Entity
@Immutable
@Table(name = "retraction")
public class Retraction extends Revisioned {

  @Id
  @Column(name = "position_id")
  public Long positionId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "position_id")
  public PositionRecord position;

  public String reason;

  @Column(name = "retracted_by")
  public String retractedBy;

  @PrePersist
  void noteChangedStatement() {
    Arc.container().instance(Revisions.class).get().changesStatement(position.statement.id);
  }
}
