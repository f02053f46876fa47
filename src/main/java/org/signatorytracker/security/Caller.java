package org.signatorytracker.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

/** Who is making the current request, for the records and the audit trail. */
@ApplicationScoped
public class Caller {

  @Inject SecurityIdentity identity;

  /** The account name, or null for an anonymous caller (such as the demo loader at start). */
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
