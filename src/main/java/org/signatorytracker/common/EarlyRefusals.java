package org.signatorytracker.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * A request refused before it reaches a resource, with a problem body, and without reading the body
 * it may be sending.
 */
public final class EarlyRefusals {

  private EarlyRefusals() {}

  public static void refuse(
      RoutingContext ctx, ObjectMapper json, int status, String title, String detail) {
    String body = Problem.json(json, status, title, detail, ctx.normalizedPath());
    if (ctx.request().version() == HttpVersion.HTTP_2) {
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
