package org.signatorytracker.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One committed write transaction. Its {@code number} orders revisions as they committed, and its
 * {@code committedAt} (to the microsecond) grows with the number, so "the data as recorded through
 * revision n" and "as recorded at instant t" name the same, fixed sets of rows. Written only by
 * {@link Revisions}; read here.
 */
@Entity
@Immutable
@Table(name = "revision")
public class Revision extends PanacheEntityBase {

  @Id public Long id;

  /** Commit order; null only while the transaction runs (such rows are seen by no one else). */
  public Long number;

  @Column(name = "committed_at")
  public Instant committedAt;

  @Column(name = "committed_by")
  public String committedBy;
}
