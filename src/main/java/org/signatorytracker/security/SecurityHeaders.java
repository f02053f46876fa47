package org.signatorytracker.security;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What every answer tells the browser: read each body as the type it is declared ({@code nosniff}),
 * send no address of this service to other sites ({@code Referrer-Policy}), and, for the pages and
 * pictures, run scripts from this service only, never inline, and be framed by no site ({@code
 * Content-Security-Policy}). Swagger UI under {@code /q/} runs an inline script of its own, so its
 * pages are left without the policy.
 */
@ApplicationScoped
public class SecurityHeaders {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
          + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::add);
  }

  private void add(RoutingContext ctx) {
    boolean policed = !ctx.normalizedPath().startsWith("/q/");
    ctx.addHeadersEndHandler(
        ignored -> {
          MultiMap headers = ctx.response().headers();
          headers.set("X-Content-Type-Options", "nosniff");
          headers.set("Referrer-Policy", "same-origin");
          if (policed) {
            headers.set("Content-Security-Policy", POLICY);
            headers.set("X-Frame-Options", "DENY");
          }
        });
    ctx.next();
  }
}
