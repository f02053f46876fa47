package org.signatorytracker.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.signatorytracker.common.EarlyRefusals;

/**
 * No other site can drive the API with a browser's saved credentials (a browser keeps HTTP Basic
 * credentials after a 401 and sends them with a plain form from any page): an API request that
 * changes something is refused with 403 when the browser marks it as sent by another site ({@code
 * Sec-Fetch-Site} of {@code cross-site} or {@code same-site}, an {@code Origin} other than the
 * service's own or one of {@code tracker.api.allowed-origins}, or {@code Origin: null}). Scripts
 * (curl, R, Python) send none of these headers and are not affected. The pages' forms have their
 * CSRF tokens instead.
 */
@ApplicationScoped
public class CrossSiteRequests {

  private static final Set<HttpMethod> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

  @Inject SecurityConfig config;
  @Inject ObjectMapper json;

  void install(@Observes Router router) {
    // after the request's id (RequestIds), before a byte of the body is read (BodyLimits)
    router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::check);
  }

  private void check(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String refusal =
        SAFE.contains(request.method())
            ? null
            : refusal(
                request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"),
                ownOrigin(request),
                config.api().allowedOrigins().orElse(List.of()));
    if (refusal == null) {
      ctx.next();
    } else {
      EarlyRefusals.refuse(ctx, json, 403, "Forbidden", refusal);
    }
  }

  /** Why a request that changes something is refused, or null when it is not. */
  static String refusal(String fetchSite, String origin, String own, List<String> allowed) {
    if (fetchSite != null
        && (fetchSite.equalsIgnoreCase("cross-site") || fetchSite.equalsIgnoreCase("same-site"))) {
      return "The browser marks this request as sent by another site (Sec-Fetch-Site: "
          + fetchSite
          + "); the API takes changes from scripts and from this service's own pages only.";
    }
    if (origin == null) {
      return null;
    }
    String from = normalised(origin);
    if (from.equals("null")) {
      return "The browser sent this request from a page without an origin (Origin: null), such as"
          + " a sandboxed page of another site; the API takes changes from scripts and from this"
          + " service's own pages only.";
    }
    if (from.equals(normalised(own))
        || allowed.stream().anyMatch(a -> from.equals(normalised(a)))) {
      return null;
    }
    return "This request comes from a page of another site (Origin: "
        + origin
        + "); the API takes changes from scripts, from this service's own pages and from the"
        + " origins in tracker.api.allowed-origins only.";
  }

  /** This service's origin as the request addressed it (through a trusted proxy, its view). */
  private static String ownOrigin(HttpServerRequest request) {
    String host = request.getHeader("Host");
    return request.scheme() + "://" + (host == null ? "" : host);
  }

  /** An origin in lower case, without the default port of its scheme and any trailing slash. */
  static String normalised(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT).replaceFirst("/+$", "");
    if (o.startsWith("http://") && o.endsWith(":80")) {
      return o.substring(0, o.length() - 3);
    }
    if (o.startsWith("https://") && o.endsWith(":443")) {
      return o.substring(0, o.length() - 4);
    }
    return o;
  }
}
