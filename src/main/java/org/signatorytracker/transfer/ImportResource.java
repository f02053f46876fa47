package org.signatorytracker.transfer;

import static org.signatorytracker.transfer.ImportDescriptions.CLAIMS_DESCRIPTION;
import static org.signatorytracker.transfer.ImportDescriptions.CLAIMS_SUMMARY;
import static org.signatorytracker.transfer.ImportDescriptions.DRY_RUN;
import static org.signatorytracker.transfer.ImportDescriptions.ISSUES_DESCRIPTION;
import static org.signatorytracker.transfer.ImportDescriptions.ISSUES_SUMMARY;
import static org.signatorytracker.transfer.ImportDescriptions.POSITIONS_DESCRIPTION;
import static org.signatorytracker.transfer.ImportDescriptions.POSITIONS_SUMMARY;
import static org.signatorytracker.transfer.ImportDescriptions.REPORTED;
import static org.signatorytracker.transfer.ImportDescriptions.SEVERAL_DESCRIPTION;
import static org.signatorytracker.transfer.ImportDescriptions.SEVERAL_SUMMARY;
import static org.signatorytracker.transfer.ImportDescriptions.STATEMENTS_DESCRIPTION;
import static org.signatorytracker.transfer.ImportDescriptions.STATEMENTS_SUMMARY;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.Problem;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.security.Role;

@Path("/api/import")
@RolesAllowed(Role.EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Import",
    description =
        "Load statements and positions from spreadsheets (CSV or TSV, UTF-8) or a data package;"
            + " one transaction per import, nothing written if any row has a problem")
public class ImportResource {

  private static final String ZIP = "application/zip";

  @Inject ImportService importer;
  @Inject DataPackages packages;
  @Inject PackageReader packageReader;

  @POST
  @Path("statements")
  @Consumes({ListAnswers.CSV, ListAnswers.TSV})
  @Operation(
      operationId = "importStatements",
      summary = STATEMENTS_SUMMARY,
      description = STATEMENTS_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response statements(
      InputStream body,
      @Parameter(description = DRY_RUN, schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun)
      throws IOException {
    return table(body, dryRun, "statements", ImportFiles::statements);
  }

  // the upload is one operation with the body above (the description merges them): its
  // operationId is the body's, named once, as on the other tables
  @POST
  @Path("statements")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = STATEMENTS_SUMMARY, description = STATEMENTS_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response statementsUpload(
      @RestForm("file") FileUpload file,
      @Parameter(description = DRY_RUN, schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun) {
    return answer(
        importer.run(ImportFiles.statements(upload("file", file)), flag(dryRun), List.of()));
  }

  @POST
  @Path("issues")
  @Consumes({ListAnswers.CSV, ListAnswers.TSV})
  @Operation(
      operationId = "importIssues",
      summary = ISSUES_SUMMARY,
      description = ISSUES_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response issues(
      InputStream body,
      @Parameter(description = DRY_RUN, schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun)
      throws IOException {
    return table(body, dryRun, "issues", ImportFiles::issues);
  }

  @POST
  @Path("issues")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = ISSUES_SUMMARY, description = ISSUES_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response issuesUpload(
      @RestForm("file") FileUpload file,
      @Parameter(description = DRY_RUN, schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun) {
    return answer(importer.run(ImportFiles.issues(upload("file", file)), flag(dryRun), List.of()));
  }

  @POST
  @Path("claims")
  @Consumes({ListAnswers.CSV, ListAnswers.TSV})
  @Operation(
      operationId = "importClaims",
      summary = CLAIMS_SUMMARY,
      description = CLAIMS_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response claims(
      InputStream body,
      @Parameter(description = DRY_RUN, schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun)
      throws IOException {
    return table(body, dryRun, "claims", ImportFiles::claims);
  }

  @POST
  @Path("claims")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = CLAIMS_SUMMARY, description = CLAIMS_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response claimsUpload(
      @RestForm("file") FileUpload file,
      @Parameter(description = DRY_RUN, schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun) {
    return answer(importer.run(ImportFiles.claims(upload("file", file)), flag(dryRun), List.of()));
  }

  @POST
  @Path("positions")
  @Consumes({ListAnswers.CSV, ListAnswers.TSV})
  @Operation(
      operationId = "importPositions",
      summary = POSITIONS_SUMMARY,
      description = POSITIONS_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response positions(
      InputStream body,
      @Parameter(description = DRY_RUN, schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun)
      throws IOException {
    return table(body, dryRun, "positions", ImportFiles::positions);
  }

  @POST
  @Path("positions")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = POSITIONS_SUMMARY, description = POSITIONS_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response positionsUpload(
      @RestForm("file") FileUpload file,
      @Parameter(description = DRY_RUN, schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun) {
    return answer(
        importer.run(ImportFiles.positions(upload("file", file)), flag(dryRun), List.of()));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = SEVERAL_SUMMARY, description = SEVERAL_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response upload(
      @RestForm("issues") FileUpload issues,
      @RestForm("groups") FileUpload groups,
      @RestForm("memberships") FileUpload memberships,
      @RestForm("statements") FileUpload statements,
      @RestForm("claims") FileUpload claims,
      @RestForm("stages") FileUpload stages,
      @RestForm("side-claims") FileUpload sideClaims,
      @RestForm("positions") FileUpload positions,
      @RestForm("package") FileUpload dataPackage,
      @Parameter(description = DRY_RUN, schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun) {
    boolean dry = flag(dryRun);
    ImportFiles files =
        new ImportFiles(
            optional("issues", issues),
            optional("groups", groups),
            optional("memberships", memberships),
            optional("statements", statements),
            optional("claims", claims),
            optional("positions", positions),
            optional("stages", stages),
            optional("side-claims", sideClaims));
    if (dataPackage != null) {
      if (!files.isEmpty()) {
        throw new InvalidInputException(
            "package",
            "send either a data package or tables (issues, groups, memberships, statements,"
                + " claims, positions)");
      }
      return answer(packageReader.importPackage(dataPackage.uploadedFile(), dry));
    }
    if (files.isEmpty()) {
      throw new InvalidInputException(
          "statements",
          "send an 'issues', 'groups', 'memberships', 'statements', 'claims' or 'positions'"
              + " part, or several");
    }
    return answer(importer.run(files, dry, List.of()));
  }

  @POST
  @Consumes(ZIP)
  @Operation(
      operationId = "importTables",
      summary = SEVERAL_SUMMARY,
      description = SEVERAL_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = REPORTED,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportReport.class))
      })
  public Response dataPackage(
      InputStream body,
      @Parameter(description = DRY_RUN, schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun)
      throws IOException {
    return spooled(
        body, ".zip", file -> answer(packageReader.importPackage(file.path(), flag(dryRun))));
  }

  /** A spooled body: where it is, and how to read it again. */
  record Spool(java.nio.file.Path path) implements ImportFile.Opener {
    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }
  }

  /** Imports one table sent as the request body. */
  private Response table(
      InputStream body, String dryRun, String name, Function<ImportFile, ImportFiles> files)
      throws IOException {
    return spooled(
        body,
        ".csv",
        file ->
            answer(importer.run(files.apply(new ImportFile(name, file)), flag(dryRun), List.of())));
  }

  /**
   * Receives the whole body into a temporary file before the import begins, so that the import's
   * transaction (and its turn among imports) lasts as long as the work, not as long as a client
   * takes to send; the file is removed afterwards.
   */
  static Response spooled(InputStream body, String suffix, Function<Spool, Response> work)
      throws IOException {
    java.nio.file.Path file = Files.createTempFile("signatory-tracker-import-", suffix);
    try {
      try (body) {
        Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return work.apply(new Spool(file));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** A report, or when any row had a problem a 422 problem carrying the same report. */
  static Response answer(ImportReport report) {
    if (report.errorCount() == 0) {
      return Response.ok(report).build();
    }
    String detail =
        report.errorCount() == 1
            ? "The import has a problem; nothing was imported."
            : "The import has " + report.errorCount() + " problems; nothing was imported.";
    return Response.status(422)
        .type(Problem.MEDIA_TYPE)
        .entity(new FailedImport("about:blank", "Unprocessable Content", 422, detail, report))
        .build();
  }

  /** RFC 9457 problem whose extension members are the import report. */
  public record FailedImport(
      String type, String title, int status, String detail, @JsonUnwrapped ImportReport report) {}

  private static ImportFile optional(String part, FileUpload file) {
    return file == null ? null : upload(part, file);
  }

  static ImportFile upload(String part, FileUpload file) {
    if (file == null) {
      throw new InvalidInputException(part, "a file is required in the form part '" + part + "'");
    }
    return new ImportFile(
        file.fileName() == null ? part : file.fileName(),
        () -> Files.newInputStream(file.uploadedFile()));
  }

  static boolean flag(String value) {
    return QueryParams.flag("dryRun", value);
  }
}
