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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.signatorytracker.common.InvalidInputException;
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

  private static final String DRY_RUN =
      "true: check the files and report what would be created, changed and left unchanged,"
          + " writing nothing";
  private static final String CSV = "text/csv";
  private static final String TSV = "text/tab-separated-values";
  private static final String ZIP = "application/zip";

  @Inject ImportService importer;
  @Inject DataPackages packages;

  @POST
  @Path("statements")
  @Consumes({CSV, TSV, MediaType.TEXT_PLAIN})
  @Operation(summary = "Import a statements table sent as the request body")
  public Response statements(
      InputStream body, @Parameter(description = DRY_RUN) @QueryParam("dryRun") String dryRun) {
    return answer(
        importer.run(
            ImportFiles.statements(new ImportFile("statements", () -> body)),
            flag(dryRun),
            List.of()));
  }

  @POST
  @Path("statements")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Import a statements table uploaded as the form part 'file'")
  public Response statementsUpload(
      @RestForm("file") FileUpload file,
      @Parameter(description = DRY_RUN) @QueryParam("dryRun") String dryRun) {
    return answer(
        importer.run(ImportFiles.statements(upload("file", file)), flag(dryRun), List.of()));
  }

  @POST
  @Path("claims")
  @Consumes({CSV, TSV, MediaType.TEXT_PLAIN})
  @Operation(summary = "Import a claims table sent as the request body")
  public Response claims(
      InputStream body, @Parameter(description = DRY_RUN) @QueryParam("dryRun") String dryRun) {
    return answer(
        importer.run(
            ImportFiles.claims(new ImportFile("claims", () -> body)), flag(dryRun), List.of()));
  }

  @POST
  @Path("claims")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Import a claims table uploaded as the form part 'file'")
  public Response claimsUpload(
      @RestForm("file") FileUpload file,
      @Parameter(description = DRY_RUN) @QueryParam("dryRun") String dryRun) {
    return answer(importer.run(ImportFiles.claims(upload("file", file)), flag(dryRun), List.of()));
  }

  @POST
  @Path("positions")
  @Consumes({CSV, TSV, MediaType.TEXT_PLAIN})
  @Operation(summary = "Import a positions table sent as the request body")
  public Response positions(
      InputStream body, @Parameter(description = DRY_RUN) @QueryParam("dryRun") String dryRun) {
    return answer(
        importer.run(
            ImportFiles.positions(new ImportFile("positions", () -> body)),
            flag(dryRun),
            List.of()));
  }

  @POST
  @Path("positions")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Import a positions table uploaded as the form part 'file'")
  public Response positionsUpload(
      @RestForm("file") FileUpload file,
      @Parameter(description = DRY_RUN) @QueryParam("dryRun") String dryRun) {
    return answer(
        importer.run(ImportFiles.positions(upload("file", file)), flag(dryRun), List.of()));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Import in one transaction the parts 'statements', 'claims' and 'positions' (any may be"
              + " absent), or a data package zip as the part 'package'")
  public Response upload(
      @RestForm("statements") FileUpload statements,
      @RestForm("claims") FileUpload claims,
      @RestForm("positions") FileUpload positions,
      @RestForm("package") FileUpload dataPackage,
      @Parameter(description = DRY_RUN) @QueryParam("dryRun") String dryRun) {
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
      return answer(packages.importPackage(dataPackage.uploadedFile(), dry));
    }
    if (files.isEmpty()) {
      throw new InvalidInputException(
          "statements", "send a 'statements', 'claims' or 'positions' part, or several");
    }
    return answer(importer.run(files, dry, List.of()));
  }

  @POST
  @Consumes(ZIP)
  @Operation(summary = "Import a data package zip sent as the request body")
  public Response dataPackage(
      InputStream body, @Parameter(description = DRY_RUN) @QueryParam("dryRun") String dryRun)
      throws IOException {
    java.nio.file.Path zip = Files.createTempFile("signatory-tracker-import-", ".zip");
    try {
      try (body) {
        Files.copy(body, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return answer(packages.importPackage(zip, flag(dryRun)));
    } finally {
      Files.deleteIfExists(zip);
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
