package org.signatorytracker.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.jboss.logging.Logger;
import org.signatorytracker.common.DaemonThreads;
import org.signatorytracker.common.Problem;

/**
 * Throttles failed sign-ins, per account and client address and per client address: after the free
 * failures each further one doubles a wait, during which an attempt is refused with 429 and {@code
 * Retry-After} before its password is checked (so guessing costs the service nothing). A guess at
 * an account from one address does not lock its owner out from another. A failure is a request with
 * credentials that the service answers 401; a success forgets the account's failures from that
 * address. When a wait begins, the audit trail gets one line with the count, not one per guess. The
 * counts are kept in memory, by each replica.
 */
@ApplicationScoped
public class SignInThrottle {

  private static final Logger LOG = Logger.getLogger(SignInThrottle.class);

  /** Most pairs and addresses remembered; the least recently seen are forgotten first. */
  static final int MAX_REMEMBERED = 100_000;

  @Inject SecurityConfig config;
  @Inject ObjectMapper json;
  @Inject ClientAddress clients;
  @Inject AuditLog audit;

  /** Writes the audit lines away from the request, whose caller failed to sign in. */
  private final ExecutorService auditor = DaemonThreads.single("sign-in-audit");

  private final Map<String, Failures> failures =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > MAX_REMEMBERED;
        }
      };

  /** Failures of one key since the last success, and until when the next attempt must wait. */
  private static final class Failures {
    int count;
    Instant last;
    Instant waitUntil = Instant.EPOCH;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
  }

  private void check(RoutingContext ctx) {
    String account = basicAccount(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
    if (account == null) {
      ctx.next();
      return;
    }
    String address = clients.of(ctx);
    Instant now = Instant.now();
    Instant until = waitUntil(account, address, now);
    if (until.isAfter(now)) {
      long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
      refuse(ctx, seconds);
      return;
    }
    ctx.addHeadersEndHandler(
        ended -> {
          int status = ctx.response().getStatusCode();
          if (status == 401) {
            failed(account, address, Instant.now());
          } else if (status < 400 || status == 403) {
            succeeded(account, address);
          }
        });
    ctx.next();
  }

  /**
   * For a sign-in by form: the seconds the account must still wait from this client, 0 when it may
   * try now.
   */
  public long secondsToWait(String account, RoutingContext ctx) {
    Instant now = Instant.now();
    Instant until = waitUntil(account, clients.of(ctx), now);
    return until.isAfter(now) ? Math.max(1, Duration.between(now, until).toSeconds() + 1) : 0;
  }

  /** Counts a sign-in by form: a failure like a refused password, a success forgets them. */
  public void signedIn(String account, RoutingContext ctx, boolean success) {
    if (success) {
      succeeded(account, clients.of(ctx));
    } else {
      failed(account, clients.of(ctx), Instant.now());
    }
  }

  private synchronized Instant waitUntil(String account, String address, Instant now) {
    Instant until = Instant.EPOCH;
    for (String key : List.of(pair(account, address), address)) {
      Failures f = failures.get(key);
      if (f != null && f.waitUntil.isAfter(until)) {
        until = f.waitUntil;
      }
    }
    return until;
  }

  private void failed(String account, String address, Instant now) {
    int waitingFor = 0;
    synchronized (this) {
      waitingFor =
          Math.max(
              count(pair(account, address), config.auth().throttle().freePerAccount(), now),
              count(address, config.auth().throttle().freePerAddress(), now));
    }
    if (waitingFor > 0) {
      int count = waitingFor;
      auditor.execute(() -> auditWait(account, address, count));
    }
  }

  /** Counts a failure; returns the number of failures when it starts a wait, 0 otherwise. */
  private int count(String key, int free, Instant now) {
    Failures f = failures.get(key);
    if (f == null
        || Duration.between(f.last, now).compareTo(config.auth().throttle().forgetAfter()) > 0) {
      f = new Failures();
      failures.put(key, f);
    }
    f.count++;
    f.last = now;
    if (f.count <= free) {
      return 0;
    }
    long seconds = 1L << Math.min(30, f.count - free - 1);
    Duration wait = Duration.ofSeconds(seconds);
    if (wait.compareTo(config.auth().throttle().maxWait()) > 0) {
      wait = config.auth().throttle().maxWait();
    }
    f.waitUntil = now.plus(wait);
    return f.count;
  }

  private synchronized void succeeded(String account, String address) {
    failures.remove(pair(account, address));
  }

  private void auditWait(String account, String address, int count) {
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  audit.event(
                      "signin.throttled",
                      "account",
                      printable(account),
                      count + " failed sign-ins from " + address + "; further attempts wait"));
    } catch (RuntimeException e) {
      LOG.warnf(e, "The sign-in failures of %s could not be audited", address);
    }
  }

  private void refuse(RoutingContext ctx, long seconds) {
    String body =
        Problem.json(
            json,
            429,
            "Too Many Requests",
            "Too many failed sign-ins: try again in " + seconds + " seconds.",
            ctx.normalizedPath());
    ctx.response()
        .setStatusCode(429)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader("Retry-After", Long.toString(seconds))
        .end(body);
  }

  private static String printable(String account) {
    String shown = account.replaceAll("\\p{Cntrl}", "?");
    return shown.length() > 100 ? shown.substring(0, 100) : shown;
  }

  private static String pair(String account, String address) {
    return account + "\u0000" + address;
  }

  /** The account named by Basic credentials, or null. */
  static String basicAccount(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String credentials =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon < 0 ? credentials : credentials.substring(0, colon);
    } catch (IllegalArgumentException notBase64) {
      return "";
    }
  }
}
