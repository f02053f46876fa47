package org.signatorytracker.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.jboss.logging.Logger;
import org.signatorytracker.common.TrackerConfig;

/**
 * The pages' sign-in session: after a sign-in by form, an encrypted, expiring cookie names the
 * account (Quarkus's persistent-login cookie, the one its form authentication uses), and each
 * request acts as that account with its current role. The API never reads this cookie: it keeps
 * HTTP Basic and tokens, so that no cross-site form can act on it with a browser's session.
 */
@ApplicationScoped
public class PageSessions implements HttpAuthenticationMechanism {

  public static final String COOKIE = "tracker-session";

  private static final Logger LOG = Logger.getLogger(PageSessions.class);

  @Inject TrackerConfig config;

  private PersistentLoginManager cookies;
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
                      "TRACKER_WEB_SECRET is not set: sign-in sessions end when the service"
                          + " restarts and do not span replicas");
                  byte[] random = new byte[32];
                  new SecureRandom().nextBytes(random);
                  return Base64.getEncoder().encodeToString(random);
                });
    if (secret.length() < 16) {
      throw new IllegalStateException("tracker.web.secret must have 16 characters or more");
    }
    long timeout = config.web().sessionTimeout().toMillis();
    // renewed once a minute of use; the cookie lives for the browser session only
    cookies =
        new PersistentLoginManager(
            secret, COOKIE, timeout, Math.min(60_000, timeout), true, "STRICT", "/", -1, null);
  }

  /** The key replicas share: it also signs the forms' CSRF tokens. */
  public String secret() {
    return secret;
  }

  /** Starts a session for an account that just proved its password. */
  public void signIn(SecurityIdentity identity, RoutingContext context) {
    cookies.save(identity, context, null, context.request().isSSL());
  }

  public void signOut(RoutingContext context) {
    cookies.clear(context);
  }

  /** Pages only: an API request is signed in by its own header or not at all. */
  public static boolean isPage(String path) {
    return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/"));
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identities) {
    if (!isPage(context.normalizedPath())) {
      return Uni.createFrom().nullItem();
    }
    PersistentLoginManager.RestoreResult session = cookies.restore(context);
    if (session == null) {
      return Uni.createFrom().nullItem();
    }
    return identities
        .authenticate(
            HttpSecurityUtils.setRoutingContextAttribute(
                new TrustedAuthenticationRequest(session.getPrincipal()), context))
        .invoke(identity -> cookies.save(identity, context, session, context.request().isSSL()));
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().nullItem();
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(TrustedAuthenticationRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom()
        .item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, COOKIE));
  }
}
