package org.signatorytracker.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.positions.Confidence;

/**
 * What a report was asked, and how far the recorded data it read runs: {@code recordedThrough} is
 * the commit time of the last revision it read (to the microsecond) and {@code
 * recordedThroughRevision} its number. Either, given back as {@code asRecorded}, gives the same
 * answer again whatever has been recorded since.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportBasis(
    LocalDate asOf,
    LocalDate knownBy,
    Confidence minConfidence,
    AsRecorded asRecorded,
    Instant recordedThrough,
    long recordedThroughRevision,
    @Schema(
            nullable = true,
            description =
                "true when records and claims resting on unnamed people only were left out;"
                    + " absent otherwise")
        Boolean excludeAnonymous) {

  public static ReportBasis of(ReportQuery query, Through through) {
    return new ReportBasis(
        query.asOf(),
        query.knownBy(),
        query.minConfidence(),
        query.asRecorded().isNow() ? null : query.asRecorded(),
        through.at(),
        through.revision(),
        query.excludeAnonymous() ? Boolean.TRUE : null);
  }

  /** How far the data of one answer runs, as read in the answer's own query. */
  public record Through(long revision, Instant at) {}

  public static final List<String> CSV_HEADER =
      List.of(
          "as_of",
          "known_by",
          "min_confidence",
          "as_recorded",
          "recorded_through",
          "recorded_through_revision");

  /** The basis as the cells of {@link #CSV_HEADER}, repeated on every row of a tidy table. */
  public List<Object> csvCells() {
    return Arrays.asList(
        asOf,
        knownBy,
        minConfidence,
        asRecorded == null ? null : asRecorded.written(),
        recordedThrough,
        recordedThroughRevision);
  }
}
