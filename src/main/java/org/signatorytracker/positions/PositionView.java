package org.signatorytracker.positions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.CsvColumns;
import org.signatorytracker.common.RecordStatus;
import org.signatorytracker.common.RetractionProposalView;
import org.signatorytracker.common.RetractionView;
import org.signatorytracker.common.ReviewView;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.states.StateRef;

/**
 * A position record as the API shows it; retracted records carry their retraction. {@code
 * recordedAt} is when the revision that wrote it committed, so that it compares with {@code
 * recordedThrough} and {@code asRecorded}.
 */
public record PositionView(
    long id,
    String statement,
    StateRef state,
    PositionAction action,
    @Schema(description = "SIGNATORY, LEAD or SPONSOR") PositionRole role,
    @Schema(
            description =
                "When it took effect, as the sources give it; null when they give no date",
            examples = "2019-07-18",
            nullable = true)
        UncertainDate date,
    @Schema(description = "Whether the sources give no date of taking effect") boolean dateUnknown,
    @Schema(
            description =
                "The day the as-of rule counts it from: the last day its date allows or, without"
                    + " a date, its reported date's, or the day it was recorded",
            examples = "2019-07-18")
        LocalDate countsFrom,
    @Schema(
            description = "When it became public; null when the sources give neither date",
            examples = "2019-08-21",
            nullable = true)
        UncertainDate reported,
    Confidence confidence,
    List<Source> sources,
    @Schema(nullable = true) String note,
    @Schema(nullable = true, description = "The words its sources quote") String quote,
    @Schema(
            description =
                "Whether every source rests on unnamed people: of kind ANONYMOUS, or relying in"
                    + " the end on such a source (via); excludeAnonymous=true leaves it out")
        boolean anonymousOnly,
    Instant recordedAt,
    @Schema(nullable = true) String recordedBy,
    long revision,
    boolean retracted,
    @Schema(nullable = true) RetractionView retraction,
    @Schema(
            description =
                "STANDING (counted), PENDING (waiting for review: counted only by a preview,"
                    + " includeProposed=true), REJECTED on review, or RETRACTED")
        RecordStatus status,
    @Schema(
            description =
                "Its review, when it was written as a proposal (review required): who proposed"
                    + " it and who confirmed or rejected it; null otherwise",
            nullable = true)
        ReviewView review,
    @Schema(
            description = "A retraction of it waiting for review; null when there is none",
            nullable = true)
        RetractionProposalView proposedRetraction) {

  /** The CSV form of a list of records: one row per record, its sources one per line. */
  public static final CsvColumns<PositionView> CSV =
      CsvColumns.of(PositionView.class)
          .add("id", PositionView::id)
          .add("statement", PositionView::statement)
          .add("iso3", v -> v.state().iso3())
          .add("state", v -> v.state().name())
          .add("action", PositionView::action)
          .add("role", PositionView::role)
          .add("date", PositionView::date)
          .add("date_earliest", v -> v.date() == null ? null : v.date().earliest())
          .add("date_latest", PositionView::countsFrom)
          .add("date_unknown", PositionView::dateUnknown)
          .add("reported", PositionView::reported)
          .add("reported_earliest", v -> v.reported() == null ? null : v.reported().earliest())
          .add("reported_latest", v -> v.reported() == null ? null : v.reported().latest())
          .add("confidence", PositionView::confidence)
          .add("note", PositionView::note)
          .add("quote", PositionView::quote)
          .add("anonymous_only", PositionView::anonymousOnly)
          .add("source_url", v -> CsvColumns.lines(v.sources().stream().map(Source::url).toList()))
          .add(
              "source_title",
              v -> CsvColumns.lines(v.sources().stream().map(Source::title).toList()))
          .add(
              "source_publisher",
              v -> CsvColumns.lines(v.sources().stream().map(Source::publisher).toList()))
          .add(
              "source_published",
              v -> CsvColumns.lines(v.sources().stream().map(Source::published).toList()))
          .add(
              "source_kind", v -> CsvColumns.lines(v.sources().stream().map(Source::kind).toList()))
          .add("source_via", v -> CsvColumns.viaLines(v.sources()))
          .add("recorded_at", PositionView::recordedAt)
          .add("recorded_by", PositionView::recordedBy)
          .add("revision", PositionView::revision)
          .add("status", PositionView::status)
          .add("proposed_by", v -> v.review() == null ? null : v.review().proposedBy())
          .add("reviewed_by", v -> v.review() == null ? null : v.review().decidedBy())
          .add("reviewed_at", v -> v.review() == null ? null : v.review().decidedAt())
          .add("retracted", PositionView::retracted)
          .add("retraction_reason", v -> v.retraction() == null ? null : v.retraction().reason())
          .add("retracted_at", v -> v.retraction() == null ? null : v.retraction().retractedAt())
          .add("retracted_by", v -> v.retraction() == null ? null : v.retraction().retractedBy());

  /**
   * The record as it stood through a revision: a retraction, or a decision on its review, recorded
   * later is not yet there.
   */
  public PositionView asRecordedThrough(long revision) {
    boolean decidedLater =
        review != null && review.decidedRevision() != null && review.decidedRevision() > revision;
    if (decidedLater) {
      return new PositionView(
          id,
          statement,
          state,
          action,
          role,
          date,
          dateUnknown,
          countsFrom,
          reported,
          confidence,
          sources,
          note,
          quote,
          anonymousOnly,
          recordedAt,
          recordedBy,
          this.revision,
          false,
          null,
          RecordStatus.PENDING,
          ReviewView.pending(review.proposedBy()),
          null);
    }
    if (retraction == null || retraction.revision() <= revision) {
      return this;
    }
    return new PositionView(
        id,
        statement,
        state,
        action,
        role,
        date,
        dateUnknown,
        countsFrom,
        reported,
        confidence,
        sources,
        note,
        quote,
        anonymousOnly,
        recordedAt,
        recordedBy,
        this.revision,
        false,
        null,
        RecordStatus.STANDING,
        review,
        null);
  }
}
