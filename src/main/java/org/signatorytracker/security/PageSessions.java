package org.signatorytracker.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The pages' sign-in: after a sign-in by form, a cookie holds the token of a session kept in the
 * database ({@link SignInSessions}), and each request acts as that session's account with its
 * current role, until the session ends. The API never reads this cookie: it keeps HTTP Basic and
 * tokens, so that no cross-site form can act on it with a browser's session.
 */
@ApplicationScoped
public class PageSessions implements HttpAuthenticationMechanism {

  public static final String COOKIE = "tracker-session";

  private static final Logger LOG = Logger.getLogger(PageSessions.class);

  @Inject SecurityConfig config;
  @Inject SignInSessions sessions;

  private String secret;

  @PostConstruct
  void start() {
    secret =
        config
            .web()
            .secret()
            .orElseGet(
                () -> {
                  LOG.warn(
                      "TRACKER_WEB_SECRET is not set: a form loaded before a restart, or from"
                          + " another replica, is refused and must be loaded again");
                  byte[] random = new byte[32];
                  new SecureRandom().nextBytes(random);
                  return Base64.getEncoder().encodeToString(random);
                });
    if (secret.length() < 16) {
      throw new IllegalStateException("tracker.web.secret must have 16 characters or more");
    }
  }

  /** The key replicas share: it signs the forms' CSRF tokens. */
  public String secret() {
    return secret;
  }

  /**
   * Starts a session for an account that just proved its password and sets its cookie; returns the
   * session's token, to which the new CSRF token is bound.
   */
  public String signIn(SecurityIdentity identity, RoutingContext context) {
    String token = sessions.start(identity.getPrincipal().getName());
    context.response().addCookie(cookie(COOKIE, token, context));
    return token;
  }

  /** Ends this browser's session, here and on every replica, and removes its cookie. */
  public void signOut(RoutingContext context) {
    sessions.end(token(context));
    context.response().addCookie(cookie(COOKIE, "", context).setMaxAge(0));
  }

  /** The token of this request's session cookie, or null. */
  public static String token(RoutingContext context) {
    Cookie cookie = context.request().getCookie(COOKIE);
    return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
  }

  /**
   * A cookie of the pages: HttpOnly, same site only, for the browser session, and {@code Secure}
   * when the request came over HTTPS (directly or through a trusted proxy) or {@code
   * tracker.web.secure-cookies} is set.
   */
  public Cookie cookie(String name, String value, RoutingContext context) {
    return Cookie.cookie(name, value)
        .setPath("/")
        .setHttpOnly(true)
        .setSameSite(CookieSameSite.STRICT)
        .setSecure(config.web().secureCookies() || context.request().isSSL());
  }

  /** Pages only: an API request is signed in by its own header or not at all. */
  public static boolean isPage(String path) {
    return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/"));
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identities) {
    String token = token(context);
    if (token == null || !isPage(context.normalizedPath())) {
      return Uni.createFrom().nullItem();
    }
    return identities
        .authenticate(
            HttpSecurityUtils.setRoutingContextAttribute(new SessionRequest(token), context))
        .onFailure(AuthenticationFailedException.class)
        .recoverWithUni(
            ended -> {
              // an ended session reads as no session: the page shows itself to a visitor
              context.response().addCookie(cookie(COOKIE, "", context).setMaxAge(0));
              return Uni.createFrom().nullItem();
            });
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().nullItem();
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(SessionRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom()
        .item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, COOKIE));
  }

  /** A request signed in by a session cookie. */
  public static final class SessionRequest extends BaseAuthenticationRequest {
    final String token;

    SessionRequest(String token) {
      this.token = token;
    }
  }

  /** Turns an open session into the identity of its account. */
  @ApplicationScoped
  public static class Accounts implements IdentityProvider<SessionRequest> {

    @Inject SignInSessions sessions;

    @Override
    public Class<SessionRequest> getRequestType() {
      return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        SessionRequest request, AuthenticationRequestContext context) {
      return context.runBlocking(
          () -> {
            User account =
                sessions
                    .accountOf(request.token)
                    .orElseThrow(() -> new AuthenticationFailedException("session ended"));
            return RoleAugmentor.enabledAccount(account).build();
          });
    }
  }
}
