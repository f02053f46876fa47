package org.signatorytracker.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.Problem;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.security.UserRequests.NewUser;
import org.signatorytracker.security.UserRequests.UserChange;
import org.signatorytracker.security.UserRequests.UserView;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Accounts", description = "Accounts and roles (admins only)")
public class UsersResource {

  @Inject UserService users;

  @POST
  @Path("users")
  @Operation(
      operationId = "createUser",
      summary = "Create an account (admins)",
      description =
          "Roles: reader (reads, when reading is not public), editor (also records and imports),"
              + " admin (also accounts, audit, backups). Passwords have 12 or more characters and"
              + " are stored as bcrypt hashes.")
  @APIResponse(
      responseCode = "201",
      description = "The account, with its Location",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserRequests.UserView.class))
      })
  public Response create(@NotNull(message = Problem.BODY_REQUIRED) @Valid NewUser body) {
    UserView created = users.create(body);
    return Response.created(UriBuilder.fromPath("/api/users/{name}").build(created.name()))
        .entity(created)
        .build();
  }

  @GET
  @Path("users")
  @Operation(
      operationId = "listUsers",
      summary = "Every account (admins)",
      description = "By name; a page, or as CSV the whole list. Passwords never appear.")
  @APIResponse(
      responseCode = "200",
      description = "A page of accounts, or the whole list as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "UserView")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  public Response list(@BeanParam PageParameters page, @Context HttpHeaders headers) {
    return ListAnswers.answer(
        headers, page.request(), users::list, UserRequests.USER_CSV, "accounts");
  }

  @PUT
  @Path("users/{name}")
  @Operation(
      operationId = "updateUser",
      summary = "Change an account's role, password or disabled flag (admins)",
      description =
          "Absent fields stay as they are. The last active admin cannot be demoted or disabled"
              + " (409).")
  @APIResponse(
      responseCode = "200",
      description = "The account",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserRequests.UserView.class))
      })
  public UserView update(
      @PathParam("name") String name,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid UserChange body) {
    return users
        .update(name, body)
        .orElseThrow(
            () -> new ResourceNotFoundException("There is no account named '" + name + "'."));
  }
}
