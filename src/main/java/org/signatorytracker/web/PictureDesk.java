package org.signatorytracker.web;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.signatorytracker.common.Fingerprint;
import org.signatorytracker.common.ProblemMappers;
import org.signatorytracker.reports.ReportBasis;

/**
 * Where every chart, map and heat map is drawn, at a bounded cost whatever is asked: each picture
 * has a fixed or capped size in pixels (its drawing's business), at most {@code
 * tracker.pictures.concurrency} are drawn at once (the others wait up to {@code
 * tracker.pictures.wait}, then get 503 with {@code Retry-After}), and a drawn picture is kept by
 * its ETag in a cache of at most {@code tracker.pictures.cache-size} bytes, so that the same
 * request is drawn once, however many ask for it at the same moment.
 */
@ApplicationScoped
public class PictureDesk {

  /** A drawn picture: its bytes and their media type. */
  record Drawn(byte[] bytes, String type) {}

  /** Every turn to draw stayed taken for longer than the wait: 503. */
  public static final class BusyException extends RuntimeException {
    final long retryAfterSeconds;

    BusyException(long retryAfterSeconds) {
      super(
          "Too many pictures are being drawn at this moment; try again in "
              + retryAfterSeconds
              + (retryAfterSeconds == 1 ? " second." : " seconds."));
      this.retryAfterSeconds = retryAfterSeconds;
    }
  }

  @Inject RoutingContext routing;

  private final Semaphore turns;
  private final Duration wait;
  private final AsyncCache<String, Drawn> drawn;

  @Inject
  PictureDesk(WebConfig config) {
    this(
        config.pictures().concurrency(),
        config.pictures().waitForTurn(),
        config.pictures().cacheSize().asLongValue());
  }

  PictureDesk(int concurrency, Duration wait, long cacheBytes) {
    if (concurrency < 1) {
      throw new IllegalStateException("tracker.pictures.concurrency must be 1 or more");
    }
    this.turns = new Semaphore(concurrency, true);
    this.wait = wait;
    this.drawn =
        Caffeine.newBuilder()
            .maximumWeight(cacheBytes)
            .weigher((String key, Drawn d) -> key.length() + d.bytes().length)
            .buildAsync();
  }

  /**
   * The picture as SVG, or as PNG when the caller asks for it ({@code Accept: image/png}, or {@code
   * format=png}), with an ETag made of what was asked and how far the data runs: 304 when the
   * caller has it, the kept copy when another caller asked the same, and a drawing only otherwise.
   */
  public Response answer(
      Request request, HttpHeaders headers, ReportBasis basis, Supplier<Pictures.Picture> picture) {
    boolean png = wantsPng(headers);
    Fingerprint print =
        new Fingerprint()
            .add(
                // the request's target as it was sent (an HTTP/1.0 request without a Host
                // header has no absolute URI)
                routing.request().uri(), png ? Pictures.PNG : Pictures.SVG, basis.toString());
    return PageTags.tagged(
        request,
        print,
        () -> {
          Drawn d =
              drawOnce(
                  print.sha256(),
                  () ->
                      png
                          ? new Drawn(picture.get().png(), Pictures.PNG)
                          : new Drawn(
                              picture.get().svg().getBytes(StandardCharsets.UTF_8),
                              Pictures.SVG + ";charset=UTF-8"));
          return Response.ok(d.bytes(), d.type());
        });
  }

  /**
   * The picture kept under {@code key}, or drawn now by {@code draw} when it has its turn (and then
   * kept); a caller that asks while the same picture is being drawn waits for that drawing.
   */
  Drawn drawOnce(String key, Supplier<Drawn> draw) {
    CompletableFuture<Drawn> mine = new CompletableFuture<>();
    CompletableFuture<Drawn> earlier = drawn.asMap().putIfAbsent(key, mine);
    if (earlier != null) {
      try {
        return earlier.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
    try {
      Drawn d = inTurn(draw);
      mine.complete(d);
      return d;
    } catch (RuntimeException | Error e) {
      // a failed drawing is not kept: the next caller tries again
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private Drawn inTurn(Supplier<Drawn> draw) {
    boolean turn;
    try {
      turn = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      turn = false;
    }
    if (!turn) {
      throw new BusyException(Math.max(1, (wait.toMillis() + 999) / 1000));
    }
    try {
      return draw.get();
    } finally {
      turns.release();
    }
  }

  /** The bytes the cache holds now (after pending evictions). */
  long keptBytes() {
    drawn.synchronous().cleanUp();
    return drawn.synchronous().policy().eviction().orElseThrow().weightedSize().orElse(0);
  }

  @ServerExceptionMapper
  public Response busy(BusyException e, UriInfo uri) {
    Response problem = ProblemMappers.problem(503, e.getMessage(), uri, List.of());
    return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds).build();
  }

  private static boolean wantsPng(HttpHeaders headers) {
    for (var type : headers.getAcceptableMediaTypes()) {
      if (type.getType().equals("image") && type.getSubtype().equals("png")) {
        return true;
      }
      if (type.getType().equals("image") && type.getSubtype().equals("svg+xml")) {
        return false;
      }
    }
    return false;
  }
}
