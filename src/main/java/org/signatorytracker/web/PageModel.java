package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.signatorytracker.security.Role;

/** What every page shows besides its own content: who is signed in, and today's date. */
@RequestScoped
public class PageModel {

  @Inject SecurityIdentity identity;

  public TemplateInstance of(Template template) {
    return template
        .data("user", user())
        .data("editor", isEditor())
        .data("today", LocalDate.now(ZoneOffset.UTC));
  }

  /** The signed-in account, or null. */
  public String user() {
    try {
      return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    } catch (RuntimeException unresolved) {
      // an error page drawn where the identity cannot be resolved any more shows no account
      return null;
    }
  }

  public boolean isEditor() {
    return user() != null && identity.hasRole(Role.EDITOR);
  }
}
