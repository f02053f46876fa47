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
  @Operation(summary = "Statements in the import format")
  public Response statements(@BeanParam ExportParameters parameters) {
    ExportFilter filter = parameters.filter();
    StreamingOutput body = out -> inTransaction(() -> exports.writeStatements(filter, out));
    return csv(body, "statements.csv");
  }

  @GET
  @Path("positions.csv")
  @Produces("text/csv")
  @Operation(summary = "Position records in the import format, in the order they were recorded")
  public Response positions(@BeanParam ExportParameters parameters) {
    ExportFilter filter = parameters.filter();
    StreamingOutput body = out -> inTransaction(() -> exports.writePositions(filter, out));
    return csv(body, "positions.csv");
  }

  @GET
  @Path("claims.csv")
  @Produces("text/csv")
  @Operation(summary = "Claims of statements' counts in the import format, as they were recorded")
  public Response claims(@BeanParam ExportParameters parameters) {
    ExportFilter filter = parameters.filter();
    StreamingOutput body = out -> inTransaction(() -> exports.writeClaims(filter, out));
    return csv(body, "claims.csv");
  }

  @GET
  @Path("datapackage.zip")
  @Produces("application/zip")
  @Operation(
      summary =
          "A Frictionless Data Package: states, statements and positions with table schemas,"
              + " CITATION.cff and a README with each file's SHA-256")
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
