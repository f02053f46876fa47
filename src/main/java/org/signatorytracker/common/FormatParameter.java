package org.signatorytracker.common;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.lang.annotation.Annotation;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A browser cannot set {@code Accept}: {@code ?format=csv} (or {@code json}, or {@code svg} or
 * {@code png} for a chart) stands for it, so a report link opens as a table. {@code ?bom=true} puts
 * a UTF-8 byte-order mark before a CSV answer, without which Excel shows "Türkiye" as "TÃ¼rkiye".
 */
public class FormatParameter {

  private static final String BOM = FormatParameter.class.getName() + ".bom";
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @ServerRequestFilter(preMatching = true)
  public void applyFormat(ContainerRequestContext request) {
    if (QueryParams.flag("bom", request.getUriInfo().getQueryParameters().getFirst("bom"))) {
      request.setProperty(BOM, Boolean.TRUE);
    }
    String format = request.getUriInfo().getQueryParameters().getFirst("format");
    if (format == null || format.isBlank()) {
      return;
    }
    if (format.strip().equalsIgnoreCase("matrix")
        && request.getUriInfo().getPath().endsWith("/api/agreement")) {
      return; // the agreement's own choice of shape, read by its resource
    }
    String accept =
        switch (format.strip().toLowerCase(Locale.ROOT)) {
          case "csv" -> "text/csv";
          case "json" -> "application/json";
          case "svg" -> "image/svg+xml";
          case "png" -> "image/png";
          default ->
              throw new InvalidInputException(
                  new FieldError("format", "must be csv or json (svg or png for a chart)", format));
        };
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
  }

  /**
   * An answer chosen by {@code Accept} (JSON or CSV, SVG or PNG) says so with {@code Vary: Accept},
   * so that a shared cache does not hand a CSV answer to a JSON client.
   */
  @ServerResponseFilter
  public void varyByAccept(ContainerResponseContext response, ResourceInfo resource) {
    if (resource == null || resource.getResourceMethod() == null) {
      return; // no resource matched (a 404, 405 or 415): nothing was chosen
    }
    Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
    if (produces == null && resource.getResourceClass() != null) {
      produces = resource.getResourceClass().getAnnotation(Produces.class);
    }
    if (produces != null && produces.value().length > 1) {
      response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
  }

  /**
   * A CSV answer of a request with {@code bom=true} starts with the mark: its body, a stream or a
   * tidy table, is wrapped to write the mark first.
   */
  @ServerResponseFilter
  public void addByteOrderMark(ContainerRequestContext request, ContainerResponseContext response) {
    if (!Boolean.TRUE.equals(request.getProperty(BOM))
        || response.getMediaType() == null
        || !response.getMediaType().isCompatible(MediaType.valueOf(ListAnswers.CSV))) {
      return;
    }
    StreamingOutput body;
    if (response.getEntity() instanceof StreamingOutput stream) {
      body =
          out -> {
            out.write(UTF8_BOM);
            stream.write(out);
          };
    } else if (response.getEntity() instanceof CsvTable table) {
      body =
          out -> {
            out.write(UTF8_BOM);
            CsvTableWriter.write(table, out);
          };
    } else {
      return;
    }
    response.setEntity(body, new Annotation[0], response.getMediaType());
  }
}
