package org.signatorytracker.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.signatorytracker.common.TrackerConfig;

/**
 * The client's address: the connection's peer, or, when the peer is a trusted proxy ({@code
 * tracker.auth.trusted-proxies}), the last address in X-Forwarded-For that is not one. A client
 * cannot choose its address by sending the header itself.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject TrackerConfig config;

  public String of(RoutingContext ctx) {
    String peer =
        ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
    List<String> trusted = config.auth().trustedProxies().orElse(List.of());
    if (trusted.isEmpty() || !trusted(peer, trusted)) {
      return peer;
    }
    String forwarded = ctx.request().getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trusted(hop, trusted)) {
        return hop;
      }
    }
    return peer;
  }

  /** Whether an address is one of the trusted ones: an address, or a range such as 10.0.0.0/8. */
  static boolean trusted(String address, List<String> trusted) {
    for (String entry : trusted) {
      if (matches(address, entry.strip())) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(String address, String entry) {
    try {
      int slash = entry.indexOf('/');
      byte[] candidate = literal(address);
      byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
      if (candidate == null || network == null || candidate.length != network.length) {
        return false;
      }
      int bits = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
      int shift = network.length * 8 - bits;
      return new BigInteger(1, candidate)
          .shiftRight(shift)
          .equals(new BigInteger(1, network).shiftRight(shift));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The bytes of an IP address written as a literal; null for anything else (no name lookup). */
  private static byte[] literal(String address) {
    if (address == null
        || !(address.matches("\\d{1,3}(\\.\\d{1,3}){3}")
            || address.matches("\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*]?"))) {
      return null;
    }
    try {
      return InetAddress.getByName(address.replace("[", "").replace("]", "")).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
