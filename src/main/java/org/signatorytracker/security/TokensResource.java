package org.signatorytracker.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.Ids;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.Problem;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.security.TokenRequests.NewToken;
import org.signatorytracker.security.TokenRequests.TokenRequest;
import org.signatorytracker.security.TokenRequests.TokenView;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.READER)
@Tag(
    name = "Tokens",
    description =
        "Personal API tokens for scripts: send `Authorization: Bearer <token>` instead of a"
            + " password. A token acts as its account, with the account's role at each request.")
public class TokensResource {

  @Inject TokenService tokens;

  @POST
  @Path("tokens")
  @Operation(
      operationId = "createToken",
      summary = "Create a token for your account (any signed-in account)",
      description =
          "The answer holds the token (256 random bits): it is shown this once; only its SHA-256"
              + " is kept. `expiresOn` is the last day it works (default: until revoked). It"
              + " stops working at once if the account is disabled.")
  @APIResponse(
      responseCode = "201",
      description = "The token, with its Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NewToken.class)))
  public Response create(@NotNull(message = Problem.BODY_REQUIRED) @Valid TokenRequest body) {
    NewToken created = tokens.create(body);
    return Response.created(UriBuilder.fromPath("/api/tokens/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("tokens")
  @Operation(
      operationId = "listTokens",
      summary = "Your tokens (admins: anyone's)",
      description =
          "Name, account, when created and last used (to the minute), last day; never the token."
              + " Admins may give `account` (one account's tokens, or `*` for all).")
  @APIResponse(
      responseCode = "200",
      description = "A page of tokens, or the whole list as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "TokenView")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  public Response list(
      @Parameter(description = "Whose tokens (admins only): an account name, or * for all")
          @QueryParam("account")
          String account,
      @BeanParam PageParameters page,
      @Context HttpHeaders headers) {
    return ListAnswers.answer(
        headers,
        page.request(),
        request -> tokens.list(account, request),
        TokenRequests.TOKEN_CSV,
        "tokens");
  }

  @GET
  @Path("tokens/{id}")
  @Operation(
      operationId = "getToken",
      summary = "One of your tokens (admins: anyone's)",
      description =
          "Its name, account, when it was created and last used, and its last day; never the token"
              + " itself, which was shown once, when it was created.")
  @APIResponse(
      responseCode = "200",
      description = "The token",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TokenView.class)))
  public TokenView get(@PathParam("id") String id) {
    return Ids.parse(id).flatMap(tokens::get).orElseThrow(() -> notFound(id));
  }

  @DELETE
  @Path("tokens/{id}")
  @Operation(
      operationId = "revokeToken",
      summary = "Revoke one of your tokens (admins: anyone's)",
      description =
          "It stops working at once, on every replica; the audit trail keeps who revoked which.")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revoke(@PathParam("id") String id) {
    if (!Ids.parse(id).map(tokens::revoke).orElse(false)) {
      throw notFound(id);
    }
    return Response.noContent().build();
  }

  private static ResourceNotFoundException notFound(String id) {
    return new ResourceNotFoundException("You have no token with id '" + id + "'.");
  }
}
