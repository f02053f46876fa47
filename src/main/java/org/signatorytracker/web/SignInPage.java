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
import java.util.regex.Pattern;
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
    csrf.renew(sessions.signIn(identity, routing));
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

  /**
   * A plain path of this site, with its query: the characters RFC 3986 allows there, each {@code %}
   * followed by two hexadecimal digits. Anything else (another site, a scheme, a backslash, a
   * space, a quote, a non-ASCII letter, a malformed escape) goes to the home page: a sign-in link
   * must not send anyone elsewhere, nor make a header of its own.
   */
  private static final Pattern PLAIN_PATH =
      Pattern.compile("/(?![/\\\\])(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*");

  static String safeTarget(String then) {
    return then != null && then.length() <= 2000 && PLAIN_PATH.matcher(then).matches() ? then : "/";
  }
}
