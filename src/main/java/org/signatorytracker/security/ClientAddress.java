package org.signatorytracker.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.signatorytracker.common.TrustedProxies;

/**
 * The client's address: the connection's peer, or, behind a trusted proxy, the client that proxy
 * names. Quarkus applies the proxy's headers before the request reaches the service, and only from
 * the proxies in {@code quarkus.http.proxy.trusted-proxies} (see {@link TrustedProxies}): a client
 * cannot choose its address by sending the header itself, and the header is not read a second time
 * here.
 */
@ApplicationScoped
public class ClientAddress {

  public String of(RoutingContext ctx) {
    return ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
  }
}
