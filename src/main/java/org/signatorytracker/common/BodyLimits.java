package org.signatorytracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Refuses a request body larger than its endpoint accepts before a byte of it is read: imports may
 * be large, everything else is a small JSON document. The answer is a 413 problem body; Quarkus's
 * own limit ({@code quarkus.http.limits.max-body-size}, set to the import limit) still stops a
 * chunked body that declares no length.
 */
@ApplicationScoped
public class BodyLimits {

  @Inject TrackerConfig config;
  @Inject ObjectMapper json;

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::check);
  }

  private void check(RoutingContext ctx) {
    String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    boolean unknownLength =
        ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
            || (ctx.request().version() == io.vertx.core.http.HttpVersion.HTTP_2
                && ctx.request().method() != io.vertx.core.http.HttpMethod.GET
                && ctx.request().method() != io.vertx.core.http.HttpMethod.HEAD);
    if (declared == null && unknownLength && !ctx.normalizedPath().startsWith("/api/import")) {
      // a body of unknown length could be read up to the upload limit before it is refused
      refuse(
          ctx,
          411,
          "Length Required",
          ctx.normalizedPath(),
          "Send the JSON body with a Content-Length (at most "
              + config.limits().maxJsonBody().asLongValue()
              + " bytes); bodies in chunks of unknown length are accepted only by the imports.");
      return;
    }
    if (declared != null) {
      String path = ctx.normalizedPath();
      boolean upload = path.startsWith("/api/import");
      long limit =
          upload
              ? config.importing().maxUploadSize().asLongValue()
              : config.limits().maxJsonBody().asLongValue();
      long length;
      try {
        length = Long.parseLong(declared.strip());
      } catch (NumberFormatException e) {
        length = -1;
      }
      if (length > limit) {
        refuse(
            ctx,
            413,
            "Request Entity Too Large",
            path,
            "The request body has "
                + length
                + " bytes; this endpoint accepts at most "
                + limit
                + (upload ? " (tracker.import.max-upload-size)." : "."));
        return;
      }
    }
    ctx.next();
  }

  private void refuse(RoutingContext ctx, int status, String title, String path, String detail) {
    Problem problem = new Problem("about:blank", title, status, detail, path, List.of());
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      body = "{\"status\":" + status + "}";
    }
    if (ctx.request().version() == io.vertx.core.http.HttpVersion.HTTP_2) {
      // other requests share the connection: answering ends this stream alone
      ctx.response()
          .setStatusCode(status)
          .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
          .end(body);
      return;
    }
    // The body that follows is never read: answer, then drop the connection it would arrive on.
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(body)
        .onComplete(done -> ctx.request().connection().close());
  }
}
