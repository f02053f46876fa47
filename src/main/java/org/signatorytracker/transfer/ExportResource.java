package org.signatorytracker.transfer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.common.Text;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementService;

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
  public Response statements(
      @Parameter(description = "Topic key") @QueryParam("issue") String issue,
      @Parameter(description = "One statement's key") @QueryParam("statement") String statement,
      @Parameter(description = "Earliest statement date") @QueryParam("from") String from,
      @Parameter(description = "Latest statement date") @QueryParam("to") String to) {
    ExportFilter filter = filter(issue, statement, from, to, null);
    StreamingOutput body = out -> inTransaction(() -> exports.writeStatements(filter, out));
    return csv(body, "statements.csv");
  }

  @GET
  @Path("positions.csv")
  @Produces("text/csv")
  @Operation(summary = "Position records in the import format, in the order they were recorded")
  public Response positions(
      @Parameter(description = "Topic key") @QueryParam("issue") String issue,
      @Parameter(description = "One statement's key") @QueryParam("statement") String statement,
      @Parameter(description = "Earliest statement date") @QueryParam("from") String from,
      @Parameter(description = "Latest statement date") @QueryParam("to") String to,
      @Parameter(description = "true: include retracted records, with their reason")
          @QueryParam("includeRetracted")
          String includeRetracted) {
    ExportFilter filter = filter(issue, statement, from, to, includeRetracted);
    StreamingOutput body = out -> inTransaction(() -> exports.writePositions(filter, out));
    return csv(body, "positions.csv");
  }

  @GET
  @Path("datapackage.zip")
  @Produces("application/zip")
  @Operation(
      summary =
          "A Frictionless Data Package: states, statements and positions with table schemas,"
              + " CITATION.cff and a README with each file's SHA-256")
  public Response dataPackage(
      @Parameter(description = "Topic key") @QueryParam("issue") String issue,
      @Parameter(description = "One statement's key") @QueryParam("statement") String statement,
      @Parameter(description = "Earliest statement date") @QueryParam("from") String from,
      @Parameter(description = "Latest statement date") @QueryParam("to") String to,
      @Parameter(description = "true: include retracted records, with their reason")
          @QueryParam("includeRetracted")
          String includeRetracted) {
    ExportFilter filter = filter(issue, statement, from, to, includeRetracted);
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

  private static ExportFilter filter(
      String issue, String statement, String from, String to, String includeRetracted) {
    String key = Text.blankToNull(statement);
    if (key != null && !Statement.keyExists(key)) {
      throw StatementService.notFound(key);
    }
    return new ExportFilter(
        Text.blankToNull(issue),
        key,
        QueryParams.startDate("from", from),
        QueryParams.date("to", to, null),
        QueryParams.flag("includeRetracted", includeRetracted));
  }
}
