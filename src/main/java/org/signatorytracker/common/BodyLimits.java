package org.signatorytracker.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http2.Http2ConnectionHandler;
import io.netty.handler.codec.http2.Http2Stream;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses a request body larger than its endpoint accepts: imports may be large, everything else is
 * a small JSON document. A declared length is checked before a byte is read. A chunked HTTP/1.1
 * body is read here, counting the bytes that actually arrive, and refused as soon as it passes the
 * limit. An HTTP/2 body without a declared length is refused outright (411), unless the stream
 * ended with its headers (an empty body): Quarkus REST cannot take over an HTTP/2 stream that has
 * already been read to its end. Quarkus's own limit ({@code quarkus.http.limits.max-body-size}, set
 * to the import limit) stops an import.
 */
@ApplicationScoped
public class BodyLimits {

  @Inject CommonConfig config;
  @Inject ObjectMapper json;

  void install(@Observes Router router) {
    // after the request's id (RequestIds) and the cross-site check (CrossSiteRequests)
    router.route().order(Integer.MIN_VALUE + 2).handler(this::check);
  }

  private void check(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String path = ctx.normalizedPath();
    // an upload from the import page has the import API's limit
    boolean upload = path.startsWith("/api/import") || path.equals("/import");
    long limit =
        upload
            ? config.uploads().maxUploadSize().asLongValue()
            : config.limits().maxJsonBody().asLongValue();
    String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (declared != null) {
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
            "The request body has "
                + length
                + " bytes; this endpoint accepts at most "
                + limit
                + (upload ? " (tracker.import.max-upload-size)." : "."));
      } else {
        ctx.next();
      }
    } else if (upload) {
      ctx.next();
    } else if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
      readCounting(ctx, limit);
    } else if (request.version() == HttpVersion.HTTP_2
        && request.getHeader(HttpHeaders.CONTENT_TYPE) != null
        && request.method() != HttpMethod.GET
        && request.method() != HttpMethod.HEAD
        && !endedWithItsHeaders(request)) {
      // a stream that declares a content type but not its length; one that ended with its
      // headers (an empty body) or has no content type (a DELETE) carries nothing to count
      refuse(
          ctx,
          411,
          "Over HTTP/2, send the body with a content-length header (at most " + limit + " bytes).");
    } else {
      ctx.next();
    }
  }

  /**
   * Whether an HTTP/2 stream ended with its headers, so that it has no body at all (as a Java
   * client sends an empty POST). Vert.x reports the end only after the router has begun, so this
   * asks Netty, which opens such a stream already half closed. Stream 1 is never taken for one:
   * after an HTTP/1.1 upgrade (h2c) it is the upgrading request, half closed in Netty's eyes while
   * its body still arrives.
   */
  private static boolean endedWithItsHeaders(HttpServerRequest request) {
    if (request.streamId() != 1
        && request.connection() instanceof ConnectionBase connection
        && connection.channelHandlerContext().handler() instanceof Http2ConnectionHandler http2) {
      Http2Stream stream = http2.connection().stream(request.streamId());
      return stream != null && stream.state() != Http2Stream.State.OPEN;
    }
    return false;
  }

  /**
   * Reads the body into memory up to the limit and hands it on as the request's body (which Quarkus
   * REST then reads instead of the connection); one byte more and the request is refused.
   */
  private void readCounting(RoutingContext ctx, long limit) {
    HttpServerRequest request = ctx.request();
    Buffer body = Buffer.buffer();
    boolean[] refused = {false};
    request.handler(
        chunk -> {
          if (refused[0]) {
            return;
          }
          if (body.length() + (long) chunk.length() > limit) {
            refused[0] = true;
            refuse(
                ctx,
                413,
                "The request body passed "
                    + limit
                    + " bytes, the most this endpoint accepts; it was refused without being"
                    + " read further.");
            return;
          }
          body.appendBuffer(chunk);
        });
    request.exceptionHandler(
        failure -> {
          refused[0] = true;
          ctx.fail(400, failure);
        });
    request.endHandler(
        end -> {
          if (!refused[0]) {
            ctx.setBody(body);
            ctx.next();
          }
        });
    request.resume();
  }

  private void refuse(RoutingContext ctx, int status, String detail) {
    EarlyRefusals.refuse(
        ctx, json, status, status == 411 ? "Length Required" : "Request Entity Too Large", detail);
  }
}
