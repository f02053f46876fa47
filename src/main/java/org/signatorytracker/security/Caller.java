package org.signatorytracker.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import org.signatorytracker.common.CurrentAccount;

/** Who is making the current request, for the records and the audit trail. */
@ApplicationScoped
public class Caller implements CurrentAccount {

  @Inject SecurityIdentity identity;

  @Override
  public String name() {
    try {
      return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    } catch (ContextNotActiveException outsideARequest) {
      return null;
    } catch (AuthenticationFailedException refusedCredentials) {
      // a read open to anyone, sent with credentials that fail (a disabled account): anonymous
      return null;
    }
  }

  /** Whether the caller signed in as an admin. */
  public boolean isAdmin() {
    try {
      return !identity.isAnonymous() && identity.hasRole(Role.ADMIN);
    } catch (AuthenticationFailedException refusedCredentials) {
      return false;
    }
  }
}
