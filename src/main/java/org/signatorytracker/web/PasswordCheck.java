package org.signatorytracker.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.signatorytracker.security.SignInThrottle;

/**
 * Checks an account's password typed into a page, as HTTP Basic checks it (same accounts, same
 * hashes, same refusal of disabled accounts), and counts a wrong one against the same throttle.
 */
@RequestScoped
class PasswordCheck {

  @Inject IdentityProviderManager identities;
  @Inject RoutingContext routing;
  @Inject SignInThrottle throttle;

  /** Seconds this account must still wait from this client before it may try: 0 when none. */
  long wait(String account) {
    return throttle.secondsToWait(account, routing);
  }

  /** The account's identity if the password is its own; counted for the throttle either way. */
  Optional<SecurityIdentity> verify(String account, String password) {
    SecurityIdentity identity = null;
    if (account != null && !account.isBlank() && password != null && !password.isEmpty()) {
      try {
        identity =
            identities
                .authenticate(
                    HttpSecurityUtils.setRoutingContextAttribute(
                        new UsernamePasswordAuthenticationRequest(
                            account, new PasswordCredential(password.toCharArray())),
                        routing))
                .await()
                .indefinitely();
      } catch (AuthenticationFailedException wrong) {
        identity = null;
      }
    }
    throttle.signedIn(account == null ? "" : account, routing, identity != null);
    return Optional.ofNullable(identity);
  }
}
