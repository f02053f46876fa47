package org.signatorytracker.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.CsvColumns;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.security.Role;

@Path("/api/admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Accounts", description = "Accounts and roles (admins only)")
public class BackupResource {

  static final CsvColumns<Backups.BackupFile> CSV =
      CsvColumns.of(Backups.BackupFile.class)
          .add("file", Backups.BackupFile::file)
          .add("bytes", Backups.BackupFile::bytes)
          .add("modified_at", Backups.BackupFile::modifiedAt);

  @Inject Backups backups;

  @POST
  @Operation(
      operationId = "startBackup",
      summary = "Start a backup of the embedded database (admins)",
      description =
          "Copies the H2 database, while the service runs, into a zip of its own name in"
              + " tracker.backup.directory, as a job outside the request: the answer comes at once"
              + " (202) with the job to poll at its Location. One backup runs at a time (409"
              + " while another does); after each, only the newest tracker.backup.keep are kept. On"
              + " PostgreSQL use pg_dump (409).")
  @APIResponse(
      responseCode = "202",
      description = "The backup started; poll its Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Backups.Job.class)))
  public Response start() {
    Backups.Job job = backups.start();
    return Response.accepted(job)
        .location(UriBuilder.fromPath("/api/admin/backups/{id}").build(job.id()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "backupJob",
      summary = "A backup job (admins)",
      description =
          "running, done (with the file's name in the backup folder and its size) or failed (the"
              + " service log says why).")
  @APIResponse(
      responseCode = "200",
      description = "The job",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Backups.Job.class)))
  public Backups.Job job(@PathParam("id") String id) {
    return backups
        .job(id)
        .orElseThrow(() -> new ResourceNotFoundException("There is no backup job '" + id + "'."));
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
  @Operation(
      operationId = "listBackups",
      summary = "The backups in the backup folder (admins)",
      description = "Newest first, by name in the folder; a page, or as CSV the whole list.")
  @APIResponse(
      responseCode = "200",
      description = "A page of backups, or the whole list as CSV",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Backups.BackupFile.class)),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "BackupFile")
  public Response list(@BeanParam PageParameters page, @Context HttpHeaders headers) {
    var files = backups.files();
    return ListAnswers.answer(headers, page.request(), p -> Page.slice(files, p), CSV, "backups");
  }
}
