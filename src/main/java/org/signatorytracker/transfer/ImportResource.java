package org.signatorytracker.transfer;

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

  /** What every import answers. */
  private static final String REPORTED = "What the import created, changed and left unchanged";

  private static final String STATEMENTS_SUMMARY = "Import a statements table";

  private static final String STATEMENTS_DESCRIPTION =
      "A CSV or TSV table (UTF-8, comma, tab or semicolon, with or without byte-order mark) as"
          + " the body (`text/csv` or `text/tab-separated-values`) or as the"
          + " multipart part `file`. Every row is checked as the API checks a request and every"
          + " problem is reported at once with its row number, column and value (422, nothing"
          + " written). Statements are matched by key: the changed columns are reported,"
          + " unchanged ones left alone; `dryRun=true` reports what would happen and writes"
          + " nothing.";

  private static final String CLAIMS_SUMMARY = "Import a claims table";

  private static final String CLAIMS_DESCRIPTION =
      "A CSV or TSV table of claims of statements' counts, as the body or as the multipart part"
          + " `file`; a claim identical to one stored is left as it is, and a"
          + " `retraction_reason` retracts it. Every problem of every row is reported at once"
          + " (422, nothing written); `dryRun=true` writes nothing.";

  private static final String POSITIONS_SUMMARY = "Import a positions table";

  private static final String POSITIONS_DESCRIPTION =
      "A CSV or TSV table of position records, as the body or as the multipart part `file`; it"
          + " streams through in batches, so a file of a million rows imports in constant"
          + " memory. A record identical to one stored is left as it is, and a"
          + " `retraction_reason` retracts it. Every problem of every row is reported at once"
          + " (422, nothing written); positions of a statement refused or unknown are reported"
          + " once per statement. `dryRun=true` writes nothing.";

  private static final String SEVERAL_SUMMARY =
      "Import several tables, or a data package, in one transaction";

  private static final String SEVERAL_DESCRIPTION =
      "The multipart parts `statements`, `claims` and `positions` (any may be absent) load in"
          + " one transaction, statements first; or the part `package` (or an `application/zip`"
          + " body) holds a data package exported by `GET /api/export/datapackage.zip`, which"
          + " imports into an empty instance and gives the same answers. Every problem of every"
          + " row is reported at once (422, nothing written); `dryRun=true` writes nothing.";

  private static final String DRY_RUN =
      "true: check the files and report what would be created, changed and left unchanged,"
          + " writing nothing";
  private static final String ZIP = "application/zip";

  @Inject ImportService importer;
  @Inject DataPackages packages;
  @Inject PackageReader packageReader;

  @POST
  @Path("statements")
  @Consumes({ListAnswers.CSV, ListAnswers.TSV})
  @Operation(summary = STATEMENTS_SUMMARY, description = STATEMENTS_DESCRIPTION)
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
  @Path("claims")
  @Consumes({ListAnswers.CSV, ListAnswers.TSV})
  @Operation(summary = CLAIMS_SUMMARY, description = CLAIMS_DESCRIPTION)
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
  @Operation(summary = POSITIONS_SUMMARY, description = POSITIONS_DESCRIPTION)
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
      @RestForm("statements") FileUpload statements,
      @RestForm("claims") FileUpload claims,
      @RestForm("positions") FileUpload positions,
      @RestForm("package") FileUpload dataPackage,
      @Parameter(description = DRY_RUN, schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("dryRun")
          String dryRun) {
    boolean dry = flag(dryRun);
    ImportFiles files =
        new ImportFiles(
            statements == null ? null : upload("statements", statements),
            claims == null ? null : upload("claims", claims),
            positions == null ? null : upload("positions", positions));
    if (dataPackage != null) {
      if (!files.isEmpty()) {
        throw new InvalidInputException(
            "package", "send either a data package or tables (statements, claims, positions)");
      }
      return answer(packageReader.importPackage(dataPackage.uploadedFile(), dry));
    }
    if (files.isEmpty()) {
      throw new InvalidInputException(
          "statements", "send a 'statements', 'claims' or 'positions' part, or several");
    }
    return answer(importer.run(files, dry, List.of()));
  }

  @POST
  @Consumes(ZIP)
  @Operation(summary = SEVERAL_SUMMARY, description = SEVERAL_DESCRIPTION)
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
  private record Spool(java.nio.file.Path path) implements ImportFile.Opener {
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
  private static Response spooled(InputStream body, String suffix, Function<Spool, Response> work)
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
  private static Response answer(ImportReport report) {
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

  private static ImportFile upload(String part, FileUpload file) {
    if (file == null) {
      throw new InvalidInputException(part, "a file is required in the form part '" + part + "'");
    }
    return new ImportFile(
        file.fileName() == null ? part : file.fileName(),
        () -> Files.newInputStream(file.uploadedFile()));
  }

  private static boolean flag(String value) {
    return QueryParams.flag("dryRun", value);
  }
}
