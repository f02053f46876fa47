package org.signatorytracker.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * {@code Authorization: Bearer <token>} with a personal API token, beside HTTP Basic: the token is
 * looked up by its SHA-256 (no bcrypt on every request), and the request acts as the token's
 * account with that account's role; {@link RoleAugmentor} then refuses a disabled account, as it
 * does for a password.
 */
@ApplicationScoped
public class BearerTokens implements HttpAuthenticationMechanism {

  private static final String SCHEME = "Bearer ";

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identities) {
    String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Uni.createFrom().nullItem();
    }
    TokenAuthenticationRequest request =
        new TokenAuthenticationRequest(
            new TokenCredential(header.substring(SCHEME.length()).strip(), "bearer"));
    HttpSecurityUtils.setRoutingContextAttribute(request, context);
    return identities.authenticate(request);
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom()
        .item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"Signatory Tracker\""));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(TokenAuthenticationRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom()
        .item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
  }

  /** Turns a token into the identity of its account. */
  @ApplicationScoped
  public static class Accounts implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject TokenService tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
      return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        TokenAuthenticationRequest request, AuthenticationRequestContext context) {
      return context.runBlocking(
          () -> {
            User account =
                tokens
                    .accountOf(request.getToken().getToken())
                    .orElseThrow(() -> new AuthenticationFailedException("unknown token"));
            return RoleAugmentor.enabledAccount(account).addCredential(request.getToken()).build();
          });
    }
  }
}
