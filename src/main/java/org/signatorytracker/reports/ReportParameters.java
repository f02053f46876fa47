package org.signatorytracker.reports;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.signatorytracker.common.QueryParams;

/** The parameters of a report taken at a date: {@code asOf}, and what it may know. */
public class ReportParameters extends KnowledgeParameters {

  @Parameter(
      description =
          "Date the standing is taken at (YYYY-MM-DD, YYYY-MM or YYYY: an imprecise date means the"
              + " last day of its period); default today")
  @QueryParam("asOf")
  String asOf;

  /** The query these parameters describe. */
  public ReportQuery query() {
    return overAllDates().at(QueryParams.endDate("asOf", asOf, LocalDate.now(ZoneOffset.UTC)));
  }
}
