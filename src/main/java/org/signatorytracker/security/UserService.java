package org.signatorytracker.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.common.ServiceLocks;
import org.signatorytracker.common.Timestamps;
import org.signatorytracker.security.UserRequests.NewUser;
import org.signatorytracker.security.UserRequests.UserChange;
import org.signatorytracker.security.UserRequests.UserRevision;
import org.signatorytracker.security.UserRequests.UserView;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UserService {

  private static final Logger LOG = Logger.getLogger(UserService.class);
  static final String FIRST_ADMIN = "admin";

  @Inject SecurityConfig config;
  @Inject AuditLog audit;
  @Inject ServiceLocks locks;
  @Inject SignInSessions sessions;
  @Inject TokenService tokens;

  /**
   * At start, an instance without an active admin gets one named {@code admin}, with the password
   * from {@code TRACKER_ADMIN_PASSWORD} or, if that is unset, a random one printed once here.
   */
  @Transactional
  public void ensureAnAdmin() {
    if (User.activeAdminExists()) {
      return;
    }
    // replicas starting at once: the second waits for the first's admin, then finds it
    locks.await(ServiceLocks.ACCOUNTS);
    if (User.activeAdminExists()) {
      return;
    }
    Optional<String> configured = config.adminPassword().filter(p -> !p.isBlank());
    String password = configured.orElseGet(UserService::randomPassword);
    if (password.length() < UserRequests.MIN_PASSWORD) {
      throw new IllegalStateException(
          "TRACKER_ADMIN_PASSWORD must have at least " + UserRequests.MIN_PASSWORD + " characters");
    }
    User admin = User.findByName(FIRST_ADMIN).orElseGet(User::new);
    boolean created = admin.id == null;
    UserRevision before = created ? null : revision(admin, false);
    admin.name = FIRST_ADMIN;
    admin.role = Role.ADMIN;
    admin.disabled = false;
    admin.passwordHash = hash(password);
    admin.updatedAt = Timestamps.now();
    if (created) {
      admin.createdAt = admin.updatedAt;
      admin.persist();
    }
    audit.revision(
        created ? "user.created" : "user.updated",
        "user",
        FIRST_ADMIN,
        before,
        revision(admin, true));
    if (configured.isPresent()) {
      LOG.infof(
          "Created the account '%s' with the password from TRACKER_ADMIN_PASSWORD.", FIRST_ADMIN);
    } else {
      LOG.warnf(
          "Created the account '%s' with the generated password %s . It is shown only this once:"
              + " sign in and change it, or set TRACKER_ADMIN_PASSWORD.",
          FIRST_ADMIN, password);
    }
  }

  @Transactional
  public UserView create(NewUser request) {
    if (User.findByName(request.name()).isPresent()) {
      throw new ConflictException("An account named '" + request.name() + "' already exists.");
    }
    User user = new User();
    user.name = request.name();
    user.passwordHash = hash(request.password());
    user.role = request.role().name();
    user.disabled = false;
    user.createdAt = Timestamps.now();
    user.updatedAt = user.createdAt;
    user.persistAndFlush();
    audit.revision("user.created", "user", user.name, null, revision(user, true));
    return view(user);
  }

  @Transactional
  public Optional<UserView> update(String name, UserChange change) {
    return User.findByName(name)
        .map(
            user -> {
              UserRevision before = revision(user, false);
              boolean demotesOrDisables =
                  (change.role() != null && change.role() != Role.admin)
                      || Boolean.TRUE.equals(change.disabled());
              if (user.role.equals(Role.ADMIN) && demotesOrDisables) {
                // two admins demoting each other at once: the second sees the first's change
                locks.await(ServiceLocks.ACCOUNTS);
                User.getEntityManager().refresh(user);
              }
              if (user.role.equals(Role.ADMIN) && demotesOrDisables && lastActiveAdmin(user)) {
                throw new ConflictException(
                    "'" + name + "' is the last active admin; make another account admin first.");
              }
              if (change.role() != null) {
                user.role = change.role().name();
              }
              if (change.disabled() != null) {
                user.disabled = change.disabled();
              }
              if (change.password() != null) {
                user.passwordHash = hash(change.password());
              }
              user.updatedAt = Timestamps.now();
              user.flush();
              audit.revision(
                  "user.updated", "user", name, before, revision(user, change.password() != null));
              if (change.password() != null) {
                // an admin's reset: whoever held the old password holds nothing any more
                sessions.endAllOf(user, null);
                tokens.revokeAllOf(user, "the password was reset");
              } else if (user.disabled) {
                sessions.endAllOf(user, null);
              }
              return view(user);
            });
  }

  /**
   * An account's own new password, set from one of its sessions ({@code keepSessionToken}): its
   * other sessions end, on every replica; its API tokens stay.
   */
  @Transactional
  public void changeOwnPassword(String name, String password, String keepSessionToken) {
    User user =
        User.findByName(name)
            .orElseThrow(() -> new ResourceNotFoundException("There is no account " + name + "."));
    UserRevision before = revision(user, false);
    user.passwordHash = hash(password);
    user.updatedAt = Timestamps.now();
    user.flush();
    audit.revision("user.updated", "user", name, before, revision(user, true));
    sessions.endAllOf(user, keepSessionToken);
  }

  public Page<UserView> list(PageRequest page) {
    return Page.slice(User.listByName(), page).map(UserService::view);
  }

  private static boolean lastActiveAdmin(User user) {
    return !user.disabled
        && User.count("role = ?1 and disabled = false and name <> ?2", Role.ADMIN, user.name) == 0;
  }

  /** bcrypt reads no further than 72 bytes: a longer password would sign in by its first 72. */
  static final int MAX_PASSWORD_BYTES = 72;

  private String hash(String password) {
    if (password == null || password.length() < UserRequests.MIN_PASSWORD) {
      throw new InvalidInputException(
          "password", "must have at least " + UserRequests.MIN_PASSWORD + " characters");
    }
    if (password.isBlank()) {
      throw new InvalidInputException("password", "must not be only white space");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      throw new InvalidInputException(
          "password",
          "must be at most "
              + MAX_PASSWORD_BYTES
              + " bytes in UTF-8 (72 plain letters; fewer with accents or other scripts): bcrypt"
              + " ignores anything longer, so the rest would not count");
    }
    return BcryptUtil.bcryptHash(password, config.auth().bcryptCost());
  }

  static UserView view(User user) {
    return new UserView(
        user.name, Role.valueOf(user.role), user.disabled, user.createdAt, user.updatedAt);
  }

  private static UserRevision revision(User user, boolean passwordChanged) {
    return new UserRevision(user.name, Role.valueOf(user.role), user.disabled, passwordChanged);
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
