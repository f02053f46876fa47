package org.signatorytracker.reports;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.signatorytracker.common.Fingerprint;

/**
 * HTTP caching of reports: an answer is fixed by what was asked (the path and query, the resolved
 * parameters, the format) and by how far the recorded data it read runs, since the same question
 * asked {@code asRecorded} at that revision gives the same answer. That makes the {@code ETag}; a
 * client sending it back in {@code If-None-Match} gets 304 while nothing has been recorded since. A
 * default {@code asOf} is today's date, so a tag changes at midnight (UTC) too.
 */
public class ReportTags {

  /** A report answer: says what it was asked and how far its data runs. */
  public interface Tagged {
    ReportBasis basis();
  }

  @ServerResponseFilter
  public void tag(
      ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
    if (response.getStatus() != 200
        || !"GET".equals(request.getMethod())
        || !(response.getEntity() instanceof Tagged report)) {
      return;
    }
    String tag =
        "\""
            + new Fingerprint()
                .add(
                    // the request's target as it was sent (an HTTP/1.0 request without a Host
                    // header has no absolute URI)
                    routing.request().uri(),
                    String.valueOf(response.getMediaType()),
                    report.basis().toString())
                .sha256()
            + "\"";
    response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
    String wanted = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (wanted != null && matches(wanted, tag)) {
      response.setStatus(304);
      response.setEntity(null);
    }
  }

  private static boolean matches(String ifNoneMatch, String tag) {
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .map(t -> t.startsWith("W/") ? t.substring(2) : t)
        .anyMatch(t -> t.equals("*") || t.equals(tag));
  }
}
