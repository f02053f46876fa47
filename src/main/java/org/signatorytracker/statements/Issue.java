package org.signatorytracker.statements;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A question statements take sides on, such as Xinjiang: its title, description and the sides a
 * statement of it can stand on. Statements name their issue by key.
 */
@Entity
@Table(name = "issue")
public class Issue extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issue_seq")
  @SequenceGenerator(name = "issue_seq", sequenceName = "issue_seq", allocationSize = 50)
  public Long id;

  @Column(name = "issue_key")
  public String issueKey;

  public String title;
  public String description;

  /** The sides as declared, in their order; none for an issue whose sides are not declared. */
  @ElementCollection
  @CollectionTable(name = "issue_side", joinColumns = @JoinColumn(name = "issue_id"))
  @OrderColumn(name = "ordinal")
  @Column(name = "name")
  public List<String> sides = new ArrayList<>();

  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** Issue keys are kept in lowercase and found in any case, like statement keys. */
  public static String canonicalKey(String key) {
    return Statement.canonicalKey(key);
  }

  public static Optional<Issue> findByKey(String key) {
    return find("issueKey", canonicalKey(key)).firstResultOptional();
  }

  /**
   * The issue, locked until the transaction ends: a statement checked against its sides and a
   * change of those sides never pass each other.
   */
  static Optional<Issue> lockedByKey(String key) {
    return find("issueKey", canonicalKey(key))
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  static List<Issue> all() {
    return list("order by issueKey");
  }

  /** The declared side this name means, in its declared spelling (sides match in any case). */
  public Optional<String> side(String name) {
    return sideOf(sides, name);
  }

  /** Among an issue's sides, the one a name means (sides match in any case), as it is spelled. */
  public static Optional<String> sideOf(List<String> sides, String name) {
    return sides.stream().filter(s -> s.equalsIgnoreCase(name.strip())).findFirst();
  }
}
