package org.signatorytracker.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A browser cannot set {@code Accept}: {@code ?format=csv} (or {@code json}) stands for it, so a
 * report link opens as a table. {@code ?bom=true} puts a UTF-8 byte-order mark before a CSV answer,
 * without which Excel shows "Türkiye" as "TÃ¼rkiye".
 */
@Provider
public class FormatParameter implements WriterInterceptor {

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
    String accept =
        switch (format.strip().toLowerCase(Locale.ROOT)) {
          case "csv" -> "text/csv";
          case "json" -> "application/json";
          default ->
              throw new InvalidInputException(
                  new FieldError("format", "must be csv or json", format));
        };
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (Boolean.TRUE.equals(context.getProperty(BOM))
        && context.getMediaType() != null
        && context.getMediaType().isCompatible(MediaType.valueOf(Lists.CSV))) {
      context.getOutputStream().write(UTF8_BOM);
    }
    context.proceed();
  }
}
