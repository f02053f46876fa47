package org.signatorytracker.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A browser cannot set {@code Accept}: {@code ?format=csv} (or {@code json}) stands for it, so a
 * report link opens as a table.
 */
public class FormatParameter {

  @ServerRequestFilter(preMatching = true)
  public void applyFormat(ContainerRequestContext request) {
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
}
