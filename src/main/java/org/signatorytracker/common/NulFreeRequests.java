package org.signatorytracker.common;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses the NUL character in a path, a query parameter or an account name before any of them
 * reaches the database (PostgreSQL cannot even compare against it). Bodies are checked as they are
 * read ({@link StrictJson}, and the import for CSV cells).
 */
public class NulFreeRequests {

  @ServerRequestFilter(preMatching = true)
  public void refuseNul(ContainerRequestContext request) {
    if (request.getUriInfo().getPath().indexOf('\u0000') >= 0) {
      throw new InvalidInputException("path", "must not contain the NUL character");
    }
    for (Map.Entry<String, List<String>> parameter :
        request.getUriInfo().getQueryParameters().entrySet()) {
      String name = parameter.getKey();
      for (String value : parameter.getValue()) {
        String problem = InvalidValueException.controlProblem(name + value);
        if (problem != null) {
          throw new InvalidInputException(
              new FieldError(name.replaceAll("\\p{Cntrl}", "?"), problem));
        }
      }
    }
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String credentials;
      try {
        credentials =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return; // the authentication mechanism refuses it with 401
      }
      if (credentials.indexOf('\u0000') >= 0) {
        throw new AuthenticationFailedException("NUL in credentials");
      }
    }
  }
}
