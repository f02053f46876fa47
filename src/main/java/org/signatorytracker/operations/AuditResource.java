package org.signatorytracker.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.common.Text;
import org.signatorytracker.security.AuditLog;
import org.signatorytracker.security.Role;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Accounts", description = "Accounts and roles (admins only)")
public class AuditResource {

  @Inject AuditTrail trail;

  @GET
  @Operation(
      operationId = "auditTrail",
      summary = "The audit trail (admins)",
      description =
          "What happened since a date, newest first: changes to statements and accounts (with the"
              + " values before and after, never a password), imports with their counts, recorded"
              + " positions and retractions; optionally one account's. A page, or as CSV the whole"
              + " list.")
  @APIResponse(
      responseCode = "200",
      description = "A page of the trail, or the whole trail as CSV",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "AuditEntry")
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  public Response since(
      @Parameter(description = "From this date (YYYY-MM-DD, YYYY-MM or YYYY); default: all")
          @QueryParam("since")
          String since,
      @Parameter(description = "Only what this account did") @QueryParam("user") String user,
      @BeanParam PageParameters page,
      @Context HttpHeaders headers) {
    var from = QueryParams.startDate("since", since);
    Instant start = from == null ? Instant.EPOCH : from.atStartOfDay().toInstant(ZoneOffset.UTC);
    String actor = Text.blankToNull(user);
    return ListAnswers.answer(
        headers, page.request(), p -> trail.since(start, actor, p), AuditLog.CSV, "audit");
  }
}
