package org.signatorytracker.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.security.Role;

@Path("/api/admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Accounts", description = "Accounts and roles (admins only)")
public class BackupResource {

  @Inject Backups backups;

  @POST
  @Operation(
      summary = "Back up the embedded database while the service runs (admins)",
      description =
          "Writes a consistent copy of the H2 database as a zip under `tracker.backup.directory`;"
              + " on PostgreSQL use pg_dump (409).")
  @APIResponse(
      responseCode = "201",
      description = "Where the backup was written",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Backups.Backup.class))
      })
  public Response create() {
    return Response.status(201).entity(backups.create()).build();
  }
}
