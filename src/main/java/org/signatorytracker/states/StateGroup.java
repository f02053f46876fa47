package org.signatorytracker.states;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A group of states with dated membership: the Human Rights Council, the EU, the OIC, ... */
@Entity
@Table(name = "state_group")
public class StateGroup extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "state_group_seq")
  @SequenceGenerator(
      name = "state_group_seq",
      sequenceName = "state_group_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "group_key")
  public String groupKey;

  public String name;
  public String kind;
  public String description;

  @Column(name = "source_url")
  public String sourceUrl;

  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** Group keys are kept in lowercase and found in any case. */
  public static String canonicalKey(String key) {
    return key == null ? null : key.strip().toLowerCase(Locale.ROOT);
  }

  public static Optional<StateGroup> findByKey(String key) {
    return find("groupKey", canonicalKey(key)).firstResultOptional();
  }

  /** The group, locked until the transaction ends, so that two replacements do not interleave. */
  static Optional<StateGroup> lockedByKey(String key) {
    return find("groupKey", canonicalKey(key))
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  static List<StateGroup> all() {
    return list("order by groupKey");
  }

  static List<String> allKeys() {
    return all().stream().map(g -> g.groupKey).toList();
  }
}
