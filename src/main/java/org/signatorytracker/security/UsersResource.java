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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.Lists;
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
  @Operation(summary = "Create an account: reader, editor or admin; passwords of 12+ characters")
  public Response create(@NotNull(message = Problem.BODY_REQUIRED) @Valid NewUser body) {
    UserView created = users.create(body);
    return Response.created(UriBuilder.fromPath("/api/users/{name}").build(created.name()))
        .entity(created)
        .build();
  }

  @GET
  @Path("users")
  @Operation(summary = "Every account")
  @Produces({MediaType.APPLICATION_JSON, Lists.CSV})
  public Response list(@BeanParam PageParameters page, @Context HttpHeaders headers) {
    return Lists.answer(headers, page.request(), users::list, UserRequests.USER_CSV, "accounts");
  }

  @PUT
  @Path("users/{name}")
  @Operation(summary = "Change an account's role, password or disabled flag")
  public UserView update(
      @PathParam("name") String name,
      @NotNull(message = Problem.BODY_REQUIRED) @Valid UserChange body) {
    return users
        .update(name, body)
        .orElseThrow(
            () -> new ResourceNotFoundException("There is no account named '" + name + "'."));
  }
}
