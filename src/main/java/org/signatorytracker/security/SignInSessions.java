package org.signatorytracker.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.signatorytracker.common.Fingerprint;
import org.signatorytracker.common.Timestamps;

/**
 * The pages' sign-in sessions, in the database so that every replica knows at once which have
 * ended. A session is a random token in the browser's cookie and its SHA-256 here; it ends when its
 * owner signs out, when the account's password changes (from another session: every session but
 * that one; by an admin: all of them), when the account is disabled, after {@code
 * tracker.web.session-timeout} without a request, and {@code tracker.web.session-max-age} after it
 * began, whatever happens in between.
 */
@ApplicationScoped
public class SignInSessions {

  /** How often a session's last request is written: not on every request. */
  private static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject SecurityConfig config;

  /** Starts a session of the account; the token is for its cookie and is not kept. */
  @Transactional
  public String start(String account) {
    User owner =
        User.findByName(account)
            .orElseThrow(() -> new IllegalStateException("no account " + account));
    Instant now = Timestamps.now();
    // sessions that ended by themselves go when another begins
    PageSession.delete(
        "createdAt < ?1 or lastSeenAt < ?2",
        now.minus(config.web().sessionMaxAge()),
        now.minus(config.web().sessionTimeout()));
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    PageSession session = new PageSession();
    session.id = idOf(token);
    session.owner = owner;
    session.createdAt = now;
    session.lastSeenAt = now;
    session.persist();
    return token;
  }

  /**
   * The account a session signs in, while the session is open and the account enabled; notes the
   * request (at most once a minute). A session found ended is removed.
   */
  @Transactional
  public Optional<User> accountOf(String token) {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    PageSession session = PageSession.findWithOwner(idOf(token)).orElse(null);
    if (session == null) {
      return Optional.empty();
    }
    Instant now = Timestamps.now();
    if (session.owner.disabled
        || session.createdAt.plus(config.web().sessionMaxAge()).isBefore(now)
        || session.lastSeenAt.plus(config.web().sessionTimeout()).isBefore(now)) {
      session.delete();
      return Optional.empty();
    }
    if (session.lastSeenAt.plus(LAST_SEEN_PRECISION).isBefore(now)) {
      session.lastSeenAt = now;
    }
    return Optional.of(session.owner);
  }

  /** Ends the session of this token (signing out). */
  @Transactional
  public void end(String token) {
    if (token != null && !token.isEmpty() && token.length() <= 100) {
      PageSession.deleteById(idOf(token));
    }
  }

  /**
   * Ends every session of an account, but the one of {@code keepToken} when it is given, in the
   * caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  long endAllOf(User owner, String keepToken) {
    return PageSession.endAllOf(owner, keepToken == null ? null : idOf(keepToken));
  }

  /** A session's id: the SHA-256 of its token. */
  static String idOf(String token) {
    return Fingerprint.sha256(token);
  }
}
