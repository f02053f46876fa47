package org.signatorytracker.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A sign-in session of the pages, named by the SHA-256 of its cookie's token. */
@Entity
@Table(name = "page_session")
class PageSession extends PanacheEntityBase {

  @Id public String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  public User owner;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "last_seen_at")
  public Instant lastSeenAt;

  /** The session with this id, with its account. */
  static Optional<PageSession> findWithOwner(String id) {
    return find("from PageSession s join fetch s.owner where s.id = ?1", id).firstResultOptional();
  }

  /** Ends every session of an account but {@code keep} (none when null). */
  static long endAllOf(User owner, String keep) {
    return keep == null ? delete("owner", owner) : delete("owner = ?1 and id <> ?2", owner, keep);
  }
}
