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

/**
 * The decision on a proposed record, made once: confirmed (the record counts from this revision on,
 * as recorded) or rejected (it never counts), by whom and why.
 */
@Entity
@Immutable
@Table(name = "record_review")
public class RecordReview extends Revisioned {

  /**
   * The condition (SQL, on a record {@code p}) of a record that counts as far as review goes: never
   * proposed, or proposed and confirmed. Pending and rejected proposals count in no answer.
   */
  public static final String COUNTS =
      "(p.proposed = FALSE OR EXISTS (SELECT 1 FROM record_review w"
          + " WHERE w.position_id = p.id AND w.confirmed = TRUE))";

  @Id
  @Column(name = "position_id")
  public Long positionId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "position_id")
  public PositionRecord position;

  public boolean confirmed;

  public String reason;

  @Column(name = "decided_by")
  public String decidedBy;

  @PrePersist
  void noteChangedStatement() {
    Arc.container().instance(Revisions.class).get().changesStatement(position.statement.id);
  }
}
