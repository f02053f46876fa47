package org.signatorytracker.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An account that signs in with HTTP Basic; Quarkus Security JPA checks its bcrypt hash. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  public Long id;

  @Username public String name;

  @Password(PasswordType.MCF)
  @Column(name = "password_hash")
  public String passwordHash;

  /** One of reader, editor, admin; the roles it includes are added at sign-in. */
  @Roles public String role;

  public boolean disabled;

  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public static Optional<User> findByName(String name) {
    return find("name", name).firstResultOptional();
  }

  static List<User> listByName() {
    return list("order by name");
  }

  static boolean activeAdminExists() {
    return count("role = ?1 and disabled = false", Role.ADMIN) > 0;
  }

  static boolean isDisabled(String name) {
    return count("name = ?1 and disabled = true", name) > 0;
  }
}
