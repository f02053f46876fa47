package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.Problem;
import org.signatorytracker.security.PageSessions;

/**
 * What every page answer goes through: an error on a page is a page (the API keeps its problem
 * documents); a page that needs an account sends the visitor to sign in first.
 */
public class PageRequests {

  @Inject CsrfTokens csrf;
  @Inject Template error;
  @Inject PageModel model;

  @ServerExceptionMapper
  public Response formRejected(CsrfTokens.FormRejectedException e) {
    return problem(403, "Forbidden", e.getMessage());
  }

  @ServerResponseFilter
  public void errorPages(
      ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
    if (!(response.getEntity() instanceof Problem problem)
        || !PageSessions.isPage(routing.normalizedPath())) {
      return;
    }
    if (problem.status() == 401) {
      String path = routing.request().uri();
      response.setStatus(303);
      response.setEntity(null);
      response
          .getHeaders()
          .putSingle(
              HttpHeaders.LOCATION,
              "/signin?then=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
      response.getHeaders().remove("WWW-Authenticate");
      return;
    }
    List<FieldError> errors = problem.errors() == null ? List.of() : problem.errors();
    String html =
        model
            .of(error)
            .data("status", problem.status())
            .data("heading", problem.title())
            .data("detail", problem.detail())
            .data("errors", errors)
            .render();
    response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
  }

  private static Response problem(int status, String title, String detail) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem("about:blank", title, status, detail, null, List.of()))
        .build();
  }
}
