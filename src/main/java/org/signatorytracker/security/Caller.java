package org.signatorytracker.security;

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
    }
  }

  /** Whether the caller signed in as an admin. */
  public boolean isAdmin() {
    return !identity.isAnonymous() && identity.hasRole(Role.ADMIN);
  }
}
