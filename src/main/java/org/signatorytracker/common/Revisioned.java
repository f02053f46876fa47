package org.signatorytracker.common;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;

/**
 * An append-only row stamped with the revision of the transaction that wrote it: what makes any
 * answer reproducible "as recorded" at a revision or an instant.
 */
@MappedSuperclass
public abstract class Revisioned extends PanacheEntityBase {

  @Column(name = "revision_id")
  public Long revisionId;

  /** Read-only view of the same column; its number and time are known once the writer commits. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "revision_id", insertable = false, updatable = false)
  public Revision revision;

  @PrePersist
  void stampRevision() {
    if (revisionId == null) {
      revisionId = Arc.container().instance(Revisions.class).get().current();
    }
  }
}
