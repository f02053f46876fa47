package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.security.PageSessions;
import org.signatorytracker.security.TokenRequests.NewToken;
import org.signatorytracker.security.TokenRequests.TokenRequest;
import org.signatorytracker.security.TokenService;
import org.signatorytracker.security.UserRequests.UserChange;
import org.signatorytracker.security.UserService;

/** The signed-in account: change its password, and create and revoke its API tokens. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountPage {

  @Inject Template account;
  @Inject PageModel model;
  @Inject CsrfTokens csrf;
  @Inject PasswordCheck passwords;
  @Inject UserService users;
  @Inject TokenService tokens;
  @Inject Validator validator;
  @Inject RoutingContext routing;

  @GET
  @Operation(hidden = true)
  public TemplateInstance page() {
    return page(null, List.of(), null);
  }

  @POST
  @Path("password")
  @Operation(hidden = true)
  public Response changePassword(
      @RestForm String current,
      @RestForm String password,
      @RestForm String repeated,
      @RestForm(CsrfTokens.FIELD) String token) {
    csrf.require(token);
    String name = model.user();
    List<FieldError> errors = new ArrayList<>();
    if (passwords.wait(name) > 0 || passwords.verify(name, current).isEmpty()) {
      errors.add(new FieldError("current", "is not this account's password"));
    } else if (password == null || !password.equals(repeated)) {
      errors.add(new FieldError("repeated", "does not match the new password"));
    } else {
      UserChange change = new UserChange(password, null, null);
      validator
          .validate(change)
          .forEach(v -> errors.add(new FieldError("password", v.getMessage())));
      if (errors.isEmpty()) {
        users.changeOwnPassword(name, password, PageSessions.token(routing));
        return render(page("Your password is changed.", List.of(), null), 200);
      }
    }
    return render(page(null, errors, null), 400);
  }

  @POST
  @Path("tokens")
  @Operation(hidden = true)
  public Response createToken(
      @RestForm String name, @RestForm String expiresOn, @RestForm(CsrfTokens.FIELD) String token) {
    csrf.require(token);
    List<FieldError> errors = new ArrayList<>();
    LocalDate expires = null;
    try {
      expires = QueryParams.endDate("expiresOn", expiresOn, null);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    TokenRequest request = new TokenRequest(name == null ? null : name.strip(), expires);
    validator.validate(request).forEach(v -> errors.add(new FieldError("name", v.getMessage())));
    if (!errors.isEmpty()) {
      return render(page(null, errors, null), 400);
    }
    NewToken created = tokens.create(request);
    return render(page(null, List.of(), created), 200);
  }

  @POST
  @Path("tokens/{id}/revoke")
  @Operation(hidden = true)
  public Response revokeToken(@PathParam("id") long id, @RestForm(CsrfTokens.FIELD) String token) {
    csrf.require(token);
    if (!tokens.revoke(id)) {
      throw new ResourceNotFoundException("You have no token " + id + ".");
    }
    return StatementPage.seeOther("/account");
  }

  private TemplateInstance page(String notice, List<FieldError> errors, NewToken created) {
    return model
        .of(account)
        .data("notice", notice)
        .data("errors", errors)
        .data("created", created)
        .data("tokens", tokens.list(null, new PageRequest(0, PageRequest.MAX_SIZE)).items());
  }

  private static Response render(TemplateInstance page, int status) {
    return Response.status(status)
        .entity(page.render())
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .build();
  }
}
