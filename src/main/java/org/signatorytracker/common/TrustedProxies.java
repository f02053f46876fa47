package org.signatorytracker.common;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The reverse proxies the service trusts: Quarkus's own list ({@code
 * quarkus.http.proxy.trusted-proxies}), used only when forwarding is on ({@code
 * quarkus.http.proxy.proxy-address-forwarding}). Quarkus then takes the client's address, the
 * scheme (for {@code Secure} cookies) and the host from such a proxy's {@code X-Forwarded-*}
 * headers, and marks each request with whether it came from one ({@code X-Forwarded-Trusted-Proxy},
 * set by Quarkus whatever the client sent); the service takes a request id only from one.
 */
@ApplicationScoped
public class TrustedProxies {

  /** Set by Quarkus on every request while forwarding is on (quarkus.http.proxy.enable-…). */
  static final String MARK = "X-Forwarded-Trusted-Proxy";

  private static final Logger LOG = Logger.getLogger(TrustedProxies.class);

  @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
  boolean forwarding;

  @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
  Optional<List<String>> proxies;

  void warnOfOpenForwarding(@Observes StartupEvent start) {
    if (forwarding && proxies.isEmpty()) {
      LOG.warn(
          "quarkus.http.proxy.proxy-address-forwarding is on without"
              + " quarkus.http.proxy.trusted-proxies: Quarkus then takes X-Forwarded-* headers"
              + " from any client, which can choose its own address; list the proxies'"
              + " addresses (QUARKUS_HTTP_PROXY_TRUSTED_PROXIES)");
    }
  }

  /** Whether the request came through one of the configured trusted proxies. */
  public boolean forwarded(HttpServerRequest request) {
    return forwarding && proxies.isPresent() && "true".equals(request.getHeader(MARK));
  }
}
