package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.signatorytracker.security.PageSessions;

/**
 * Sign-in by form for the pages, against the same accounts as the API, and sign-out. A wrong
 * password counts against the same throttle as a wrong HTTP Basic password.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class SignInPage {

  @Inject Template signin;
  @Inject PageModel model;
  @Inject PageSessions sessions;
  @Inject PasswordCheck passwords;
  @Inject RoutingContext routing;
  @Inject CsrfTokens csrf;

  @GET
  @Path("signin")
  @Operation(hidden = true)
  public TemplateInstance form(@QueryParam("then") String then) {
    return page(then, null, null);
  }

  @POST
  @Path("signin")
  @Operation(hidden = true)
  public Response signIn(
      @RestForm String username,
      @RestForm String password,
      @RestForm String then,
      @RestForm(CsrfTokens.FIELD) String token) {
    csrf.require(token);
    String account = username == null ? "" : username.strip();
    long wait = passwords.wait(account);
    if (wait > 0) {
      return Response.status(429)
          .header("Retry-After", wait)
          .entity(
              page(then, account, "Too many failed sign-ins: try again in " + wait + " seconds.")
                  .render())
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .build();
    }
    SecurityIdentity identity = passwords.verify(account, password).orElse(null);
    if (identity == null) {
      return Response.status(401)
          .entity(page(then, account, "The name or the password is wrong.").render())
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .build();
    }
    sessions.signIn(identity, routing);
    return StatementPage.seeOther(safeTarget(then));
  }

  @POST
  @Path("signout")
  @Operation(hidden = true)
  public Response signOut(@RestForm(CsrfTokens.FIELD) String token) {
    csrf.require(token);
    sessions.signOut(routing);
    return StatementPage.seeOther("/");
  }

  private TemplateInstance page(String then, String username, String problem) {
    return model
        .of(signin)
        .data("then", safeTarget(then))
        .data("username", username == null ? "" : username)
        .data("problem", problem);
  }

  /** Only a path of this site: a sign-in link must not send anyone elsewhere. */
  static String safeTarget(String then) {
    if (then == null
        || !then.startsWith("/")
        || then.startsWith("//")
        || then.startsWith("/\\")
        || then.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return then;
  }
}
