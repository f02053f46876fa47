package org.signatorytracker.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may read: everyone while {@code tracker.auth.public-read} is true (the default), otherwise
 * accounts with the reader role. Bound to every read endpoint with {@code @AuthorizationPolicy(name
 * = ReadAccess.NAME)}.
 */
@ApplicationScoped
public class ReadAccess implements HttpSecurityPolicy {

  public static final String NAME = "tracker-read";

  @Inject SecurityConfig config;

  @Override
  public Uni<CheckResult> checkPermission(
      RoutingContext request,
      Uni<SecurityIdentity> identity,
      AuthorizationRequestContext requestContext) {
    if (config.auth().publicRead()) {
      return CheckResult.permit();
    }
    return identity.map(
        caller -> caller.hasRole(Role.READER) ? CheckResult.PERMIT : CheckResult.DENY);
  }

  @Override
  public String name() {
    return NAME;
  }
}
