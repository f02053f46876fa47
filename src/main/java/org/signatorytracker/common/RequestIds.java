package org.signatorytracker.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: on every log line written while it runs (the MDC key {@code
 * requestId}, in JSON logs and in the console pattern), in the {@code X-Request-Id} response
 * header, and in the body of a 500 problem, so that a researcher's report leads to the log lines.
 * The id a trusted proxy sends is kept when it looks like one ({@link TrustedProxies}); any other
 * caller's is replaced, so that no one can lend their requests another request's id. A new id is
 * this process's random prefix (drawn once, so that replicas and restarts do not share ids) and a
 * counter: unique without a call to the system's random source on every request, which cost a tenth
 * of the cheapest request's time.
 */
@ApplicationScoped
public class RequestIds {

  @Inject TrustedProxies proxies;

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";

  private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

  private static final String PREFIX = prefix();
  private static final AtomicLong SERIAL = new AtomicLong();

  private static String prefix() {
    byte[] random = new byte[8];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random) + "-";
  }

  /** A new id: unique within this process and, with its random prefix, across processes. */
  static String next() {
    return PREFIX + Long.toString(SERIAL.incrementAndGet(), 36);
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::tag);
  }

  private void tag(RoutingContext ctx) {
    String offered = ctx.request().getHeader(HEADER);
    String id =
        offered != null && PLAUSIBLE.matcher(offered).matches() && proxies.forwarded(ctx.request())
            ? offered
            : next();
    ctx.put(MDC_KEY, id);
    MDC.put(MDC_KEY, id);
    ctx.response().putHeader(HEADER, id);
    ctx.next();
  }

  /** The id of the request being served, or a fresh one outside a request. */
  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id == null ? next() : id.toString();
  }
}
