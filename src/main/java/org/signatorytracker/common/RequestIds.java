package org.signatorytracker.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: on every log line written while it runs (the MDC key {@code
 * requestId}, in JSON logs and in the console pattern), in the {@code X-Request-Id} response
 * header, and in the body of a 500 problem, so that a researcher's report leads to the log lines.
 * The id a trusted proxy sends is kept when it looks like one ({@link TrustedProxies}); any other
 * caller's is replaced, so that no one can lend their requests another request's id.
 */
@ApplicationScoped
public class RequestIds {

  @Inject TrustedProxies proxies;

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";

  private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::tag);
  }

  private void tag(RoutingContext ctx) {
    String offered = ctx.request().getHeader(HEADER);
    String id =
        offered != null && PLAUSIBLE.matcher(offered).matches() && proxies.forwarded(ctx.request())
            ? offered
            : UUID.randomUUID().toString();
    ctx.put(MDC_KEY, id);
    MDC.put(MDC_KEY, id);
    ctx.response().putHeader(HEADER, id);
    ctx.next();
  }

  /** The id of the request being served, or a fresh one outside a request. */
  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id == null ? UUID.randomUUID().toString() : id.toString();
  }
}
