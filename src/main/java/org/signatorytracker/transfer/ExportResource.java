package org.signatorytracker.transfer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.security.ReadAccess;

@Path("/api/export")
@AuthorizationPolicy(name = ReadAccess.NAME)
@Tag(
    name = "Export",
    description =
        "Statements and positions in the import format, and citable data packages; filters select"
            + " statements (by issue, key and date) and positions follow their statements")
public class ExportResource {

  @Inject ExportService exports;
  @Inject DataPackages packages;

  @GET
  @Path("statements.csv")
  @Produces("text/csv")
  @Operation(
      operationId = "exportStatements",
      summary = "Statements in the import format",
      description =
          "Every statement the filters select (`issue`, `statement`, `from`, `to`), in the columns"
              + " the import reads, with resolved `date_earliest` and `date_latest`."
              + " `reported_count` is left empty: counts are claims, exported with their own dates"
              + " to claims.csv.")
  @APIResponse(
      responseCode = "200",
      description = "The statements table",
      content = {@Content(mediaType = "text/csv")})
  public Response statements(@BeanParam ExportParameters parameters) {
    ExportFilter filter = parameters.filter();
    StreamingOutput body = out -> inTransaction(() -> exports.writeStatements(filter, out));
    return csv(body, "statements.csv");
  }

  @GET
  @Path("stages.csv")
  @Produces("text/csv")
  @Operation(
      operationId = "exportStages",
      summary = "The stages of statements' lives in the import format",
      description =
          "One row per stage (CIRCULATING, DELIVERED, PUBLISHED, ABANDONED) of each statement the"
              + " filters select, with its date as the sources give it (resolved to"
              + " `date_earliest`/`date_latest`), its note and its sources, one per line.")
  @APIResponse(
      responseCode = "200",
      description = "The stages table",
      content = {@Content(mediaType = "text/csv")})
  public Response stages(@BeanParam ExportParameters parameters) {
    ExportFilter filter = parameters.filter();
    StreamingOutput body = out -> inTransaction(() -> exports.writeStages(filter, out));
    return csv(body, "stages.csv");
  }

  @GET
  @Path("side-claims.csv")
  @Produces("text/csv")
  @Operation(
      operationId = "exportSideClaims",
      summary = "Claims about issues' sides in the import format, as they were recorded",
      description =
          "The claims about the sides of the filter's `issue`, or of the issues the selected"
              + " statements stand in (all of them without a filter), in the order recorded, with"
              + " resolved `on_earliest`/`on_latest` and `recorded_at`/`retracted_at`;"
              + " `includeRetracted=true` adds retracted claims with their reason.")
  @APIResponse(
      responseCode = "200",
      description = "The side claims table",
      content = {@Content(mediaType = "text/csv")})
  public Response sideClaims(@BeanParam ExportParameters parameters) {
    ExportFilter filter = parameters.filter();
    StreamingOutput body = out -> inTransaction(() -> exports.writeSideClaims(filter, out));
    return csv(body, "side-claims.csv");
  }

  @GET
  @Path("positions.csv")
  @Produces("text/csv")
  @Operation(
      operationId = "exportPositions",
      summary = "Position records in the import format, as they were recorded",
      description =
          "The records of the selected statements in the order they were recorded (so that"
              + " importing the file records them in the same order), with resolved"
              + " `date_earliest`/`date_latest` and `reported_earliest`/`reported_latest`, and"
              + " `recorded_at`/`retracted_at`; `includeRetracted=true` adds retracted records with"
              + " their reason.")
  @APIResponse(
      responseCode = "200",
      description = "The positions table",
      content = {@Content(mediaType = "text/csv")})
  public Response positions(@BeanParam ExportParameters parameters) {
    ExportFilter filter = parameters.filter();
    StreamingOutput body = out -> inTransaction(() -> exports.writePositions(filter, out));
    return csv(body, "positions.csv");
  }

  @GET
  @Path("claims.csv")
  @Produces("text/csv")
  @Operation(
      operationId = "exportClaims",
      summary = "Claims of statements' counts in the import format, as they were recorded",
      description =
          "The claims of the selected statements with their dates (resolved `on_earliest`,"
              + " `on_latest`), sources and notes, and `recorded_at`/`retracted_at`;"
              + " `includeRetracted=true` adds retracted claims.")
  @APIResponse(
      responseCode = "200",
      description = "The claims table",
      content = {@Content(mediaType = "text/csv")})
  public Response claims(@BeanParam ExportParameters parameters) {
    ExportFilter filter = parameters.filter();
    StreamingOutput body = out -> inTransaction(() -> exports.writeClaims(filter, out));
    return csv(body, "claims.csv");
  }

  @GET
  @Path("datapackage.zip")
  @Produces("application/zip")
  @Operation(
      operationId = "exportDataPackage",
      summary = "A citable data package",
      description =
          "A Frictionless Data Package: states, statements, claims and positions with table schemas"
              + " (primary and foreign keys), a CITATION.cff, and a README with the export time,"
              + " the filters, the counts and the SHA-256 of each file. It imports into an empty"
              + " instance (`POST /api/import`) and gives the same answers to every report.")
  @APIResponse(
      responseCode = "200",
      description = "The zip archive",
      content = {@Content(mediaType = "application/zip")})
  public Response dataPackage(@BeanParam ExportParameters parameters) {
    ExportFilter filter = parameters.filter();
    StreamingOutput body = out -> packages.write(filter, out);
    return Response.ok(body, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"signatory-tracker-data.zip\"")
        .build();
  }

  private static Response csv(StreamingOutput body, String name) {
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  private interface Export {
    long write() throws IOException;
  }

  private static void inTransaction(Export export) throws IOException {
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                try {
                  export.write();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
