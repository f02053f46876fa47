package org.signatorytracker.reports;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.InvalidValueException;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.positions.Confidence;

/**
 * What a report may know: what was public by a date, how confident, and what was recorded by a
 * revision or instant. Read once, here, by every report ({@code @BeanParam}); a bad value is a 400
 * naming the parameter.
 */
public class KnowledgeParameters {

  @Parameter(description = "Only count what was public by this date; default no limit")
  @QueryParam("knownBy")
  String knownBy;

  @Parameter(description = "Weakest confidence admitted: CONFIRMED, REPORTED (default) or DISPUTED")
  @QueryParam("minConfidence")
  String minConfidence;

  @Parameter(
      description =
          "Answer from the data as recorded then: a revision number, an instant"
              + " (2026-11-29T17:40:12.345678Z) or a day (its end in UTC); give the answer's"
              + " recordedThrough or recordedThroughRevision to get the same answer again")
  @QueryParam("asRecorded")
  String asRecorded;

  @Parameter(
      description =
          "true: count the records still waiting for review as if they were confirmed now, to"
              + " preview what confirming them would change; default false (confirmed records"
              + " only)")
  @QueryParam("includeProposed")
  boolean includeProposed;

  @Parameter(
      description =
          "true: leave out the position records and count claims whose every source rests on"
              + " unnamed people (a source of kind ANONYMOUS, or one relying in the end on such a"
              + " source: Reuters citing anonymous diplomats); default false")
  @QueryParam("excludeAnonymous")
  boolean excludeAnonymous;

  /** The query for a report over every date (a timeline). */
  public ReportQuery overAllDates() {
    return new ReportQuery(
        null, knownByDate(), confidence(), recorded(), includeProposed, excludeAnonymous);
  }

  LocalDate knownByDate() {
    return QueryParams.endDate("knownBy", knownBy, null);
  }

  Confidence confidence() {
    return QueryParams.enumValue(
        "minConfidence", minConfidence, Confidence.class, Confidence.REPORTED);
  }

  AsRecorded recorded() {
    try {
      return AsRecorded.parse(asRecorded);
    } catch (InvalidValueException e) {
      throw new InvalidInputException(new FieldError("asRecorded", e.getMessage(), asRecorded));
    }
  }
}
