package org.signatorytracker.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;

/**
 * After a password checks out: refuses a disabled account (it cannot sign in at all), and grants
 * the roles an account's role includes (an admin is also an editor and a reader).
 */
@ApplicationScoped
public class RoleAugmentor implements SecurityIdentityAugmentor {

  /** An identity attribute: the account was read and found enabled while authenticating. */
  static final String ACCOUNT_ENABLED = "tracker.account-enabled";

  /**
   * The identity of an account a token or a session signed in, read in that credential's own
   * transaction: refused when the account is disabled, and marked as read so that {@link #augment}
   * need not read it again.
   */
  static QuarkusSecurityIdentity.Builder enabledAccount(User account) {
    if (account.disabled) {
      throw new AuthenticationFailedException("account disabled");
    }
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(account.name))
        .addRole(account.role)
        .addAttribute(ACCOUNT_ENABLED, Boolean.TRUE);
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()) {
      return Uni.createFrom().item(identity);
    }
    String name = identity.getPrincipal().getName();
    return context.runBlocking(
        () -> {
          if (identity.getAttribute(ACCOUNT_ENABLED) == null
              && QuarkusTransaction.requiringNew().call(() -> User.isDisabled(name))) {
            throw new AuthenticationFailedException("account disabled");
          }
          Set<String> roles = new HashSet<>();
          for (String role : identity.getRoles()) {
            roles.addAll(Role.valueOf(role).granted());
          }
          return QuarkusSecurityIdentity.builder(identity).addRoles(roles).build();
        });
  }
}
