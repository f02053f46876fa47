package org.signatorytracker.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A personal API token; only its SHA-256 is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  public User owner;

  public String name;

  @Column(name = "token_hash")
  public String tokenHash;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The last day the token works; null for no end. */
  @Column(name = "expires_on")
  public LocalDate expiresOn;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  /** The token with this hash, with its owner. */
  static Optional<ApiToken> findByHash(String hash) {
    return find("from ApiToken t join fetch t.owner where t.tokenHash = ?1", hash)
        .firstResultOptional();
  }

  static List<ApiToken> listOf(String account) {
    return list(
        "from ApiToken t join fetch t.owner o where o.name = ?1 order by t.createdAt, t.id",
        account);
  }

  static List<ApiToken> listOfEveryone() {
    return list("from ApiToken t join fetch t.owner o order by o.name, t.createdAt, t.id");
  }

  static Optional<ApiToken> findWithOwner(long id) {
    return find("from ApiToken t join fetch t.owner where t.id = ?1", id).firstResultOptional();
  }
}
