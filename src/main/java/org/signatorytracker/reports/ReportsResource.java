package org.signatorytracker.reports;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.reports.Reports.Comparison;
import org.signatorytracker.reports.Reports.CountReport;
import org.signatorytracker.reports.Reports.SignatoriesReport;
import org.signatorytracker.reports.Reports.StatePositions;
import org.signatorytracker.reports.Reports.Timeline;
import org.signatorytracker.security.ReadAccess;

@Path("/api")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
@AuthorizationPolicy(name = ReadAccess.NAME)
@Tag(
    name = "Reports",
    description =
        "Who supports what, as of any date and as known on any date. Every report also answers"
            + " Accept: text/csv (or ?format=csv) with a tidy table, one row per observation.")
public class ReportsResource {

  @Inject ReportService reports;

  @GET
  @Path("statements/{key}/signatories")
  @Operation(summary = "The states that stand on a statement: its signatories, or every vote")
  public SignatoriesReport signatories(
      @PathParam("key") String key, @BeanParam ReportParameters parameters) {
    return reports.signatories(key, parameters.query());
  }

  @GET
  @Path("statements/{key}/count")
  @Operation(summary = "How many states hold each action, in all and per group")
  public CountReport count(
      @PathParam("key") String key,
      @BeanParam ReportParameters parameters,
      @Parameter(description = "regionalGroup (default), m49Region or m49Subregion")
          @QueryParam("by")
          String by) {
    Grouping grouping = QueryParams.enumValue("by", by, Grouping.class, Grouping.regionalGroup);
    return reports.count(key, parameters.query(), grouping);
  }

  @GET
  @Path("statements/{key}/timeline")
  @Operation(summary = "Every date on which some state's standing changed, with running totals")
  public Timeline timeline(
      @PathParam("key") String key, @BeanParam KnowledgeParameters parameters) {
    return reports.timeline(key, parameters.overAllDates());
  }

  @GET
  @Path("compare")
  @Operation(summary = "States supporting statement a, b or both (signatories, or yes votes)")
  public Comparison compare(
      @Parameter(description = "Key of the first statement", required = true) @QueryParam("a")
          String a,
      @Parameter(description = "Key of the second statement", required = true) @QueryParam("b")
          String b,
      @BeanParam ReportParameters parameters) {
    requireKey("a", a);
    requireKey("b", b);
    return reports.compare(a, b, parameters.query());
  }

  @GET
  @Path("states/{code}/positions")
  @Operation(summary = "A state's standing on every statement, and its full record history")
  public StatePositions statePositions(
      @PathParam("code") String code, @BeanParam ReportParameters parameters) {
    return reports.statePositions(code, parameters.query());
  }

  private static void requireKey(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(new FieldError(name, "a statement key is required"));
    }
  }
}
