package org.signatorytracker.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.signatorytracker.common.Fingerprint;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.InvalidValueException;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.common.Timestamps;
import org.signatorytracker.security.TokenRequests.NewToken;
import org.signatorytracker.security.TokenRequests.TokenRequest;
import org.signatorytracker.security.TokenRequests.TokenView;

/**
 * Personal API tokens: 256 random bits, shown once, kept only as their SHA-256. A token acts as its
 * account with the account's role at the time of each request; a disabled account's tokens stop at
 * once (the sign-in check refuses the account, whatever the credential). Callers see and revoke
 * their own tokens; admins anyone's.
 */
@ApplicationScoped
public class TokenService {

  /** Marks the secret as this service's, so that a leaked one is recognised by scanners. */
  static final String PREFIX = "st_";

  /** How often the last use of a token is written: not on every request. */
  private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Caller caller;
  @Inject AuditLog audit;

  @Transactional
  public NewToken create(TokenRequest request) {
    String problem = InvalidValueException.controlProblem(request.name());
    if (problem != null) {
      throw new InvalidInputException("name", problem);
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (request.expiresOn() != null && request.expiresOn().isBefore(today)) {
      throw new InvalidInputException("expiresOn", "must be today (" + today + ") or later");
    }
    User owner =
        User.findByName(caller.name())
            .orElseThrow(() -> new ResourceNotFoundException("The calling account is gone."));
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiToken created = new ApiToken();
    created.owner = owner;
    created.name = request.name().strip();
    created.tokenHash = hash(token);
    created.createdAt = Timestamps.now();
    created.expiresOn = request.expiresOn();
    created.persist();
    audit.event(
        "token.created",
        "account",
        owner.name,
        "token "
            + created.id
            + " '"
            + created.name
            + "'"
            + (created.expiresOn == null ? "" : ", until " + created.expiresOn));
    return new NewToken(
        created.id, created.name, owner.name, token, created.createdAt, created.expiresOn);
  }

  /** The caller's tokens; an admin may ask for one account's ({@code account}) or all ("*"). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TokenView> list(String account, PageRequest page) {
    String whose = account == null ? caller.name() : account;
    if (!whose.equals(caller.name()) && !caller.isAdmin()) {
      throw new ForbiddenException();
    }
    var tokens = "*".equals(whose) ? ApiToken.listOfEveryone() : ApiToken.listOf(whose);
    return Page.slice(tokens, page).map(TokenService::view);
  }

  /** The token, if the caller may see it (its owner, or an admin). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<TokenView> get(long id) {
    return visible(id).map(TokenService::view);
  }

  @Transactional
  public boolean revoke(long id) {
    Optional<ApiToken> token = visible(id);
    token.ifPresent(
        t -> {
          audit.event(
              "token.revoked", "account", t.owner.name, "token " + t.id + " '" + t.name + "'");
          t.delete();
        });
    return token.isPresent();
  }

  /** Revokes every token of an account, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  void revokeAllOf(User owner, String why) {
    long revoked = ApiToken.delete("owner", owner);
    if (revoked > 0) {
      audit.event("token.revoked", "account", owner.name, "all " + revoked + " tokens: " + why);
    }
  }

  private Optional<ApiToken> visible(long id) {
    return ApiToken.findWithOwner(id)
        .filter(t -> t.owner.name.equals(caller.name()) || caller.isAdmin());
  }

  /**
   * The account a token acts as, if the token exists and has not expired; notes its use (at most
   * once a minute).
   */
  @Transactional
  public Optional<User> accountOf(String token) {
    if (!token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    return ApiToken.findByHash(hash(token))
        .filter(t -> t.expiresOn == null || !t.expiresOn.isBefore(LocalDate.now(ZoneOffset.UTC)))
        .map(
            t -> {
              Instant now = Timestamps.now();
              if (t.lastUsedAt == null || t.lastUsedAt.plus(LAST_USE_PRECISION).isBefore(now)) {
                t.lastUsedAt = now;
              }
              return t.owner;
            });
  }

  static String hash(String token) {
    return Fingerprint.sha256(token);
  }

  private static TokenView view(ApiToken t) {
    return new TokenView(t.id, t.name, t.owner.name, t.createdAt, t.lastUsedAt, t.expiresOn);
  }
}
