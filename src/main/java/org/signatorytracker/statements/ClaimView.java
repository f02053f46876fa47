package org.signatorytracker.statements;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.CountBound;
import org.signatorytracker.common.CsvColumns;
import org.signatorytracker.common.RecordStatus;
import org.signatorytracker.common.RetractionProposalView;
import org.signatorytracker.common.RetractionView;
import org.signatorytracker.common.ReviewView;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;

/**
 * A count claim as the API shows it. In a count report, {@code chosen} marks the claim that gives
 * the statement's {@code reportedCount}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimView(
    long id,
    String statement,
    @Schema(description = "The number the source gives (a range's low end)", examples = "100")
        int count,
    @Schema(
            description =
                "How the source bounds it: EXACT, ABOUT, NEARLY, AT_LEAST, AT_MOST or RANGE",
            examples = "NEARLY")
        CountBound bound,
    @Schema(nullable = true, description = "A RANGE's high end; absent otherwise", examples = "65")
        Integer countTo,
    @Schema(description = "The count as the source phrases it", examples = "nearly 100")
        String reported,
    UncertainDate on,
    List<Source> sources,
    String note,
    @Schema(
            nullable = true,
            description = "The source's own words; absent when none were recorded",
            examples = "nearly 100 countries had recently expressed support")
        String quote,
    @Schema(
            description =
                "Whether every source rests on unnamed people: of kind ANONYMOUS, or relying in"
                    + " the end on such a source (via); excludeAnonymous=true leaves it out")
        boolean anonymousOnly,
    Instant recordedAt,
    String recordedBy,
    long revision,
    boolean retracted,
    RetractionView retraction,
    Boolean chosen,
    @Schema(
            description =
                "STANDING, PENDING (waiting for review: counted only by a preview,"
                    + " includeProposed=true), REJECTED on review, or RETRACTED; absent in a"
                    + " report, which shows standing claims only",
            nullable = true)
        RecordStatus status,
    @Schema(
            description =
                "Its review, when it was written as a proposal (review required); absent"
                    + " otherwise",
            nullable = true)
        ReviewView review,
    @Schema(
            description = "A retraction of it waiting for review; absent when there is none",
            nullable = true)
        RetractionProposalView proposedRetraction) {

  /** The CSV form of a list of claims. */
  public static final CsvColumns<ClaimView> CSV =
      CsvColumns.of(ClaimView.class)
          .add("id", ClaimView::id)
          .add("statement", ClaimView::statement)
          .add("count", ClaimView::count)
          .add("bound", ClaimView::bound)
          .add("count_to", ClaimView::countTo)
          .add("reported", ClaimView::reported)
          .add("on", ClaimView::on)
          .add("on_earliest", v -> v.on().earliest())
          .add("on_latest", v -> v.on().latest())
          .add("note", ClaimView::note)
          .add("quote", ClaimView::quote)
          .add("anonymous_only", ClaimView::anonymousOnly)
          .add("source_url", v -> CsvColumns.lines(v.sources().stream().map(Source::url).toList()))
          .add(
              "source_title",
              v -> CsvColumns.lines(v.sources().stream().map(Source::title).toList()))
          .add(
              "source_kind", v -> CsvColumns.lines(v.sources().stream().map(Source::kind).toList()))
          .add("source_via", v -> CsvColumns.viaLines(v.sources()))
          .add("recorded_at", ClaimView::recordedAt)
          .add("recorded_by", ClaimView::recordedBy)
          .add("revision", ClaimView::revision)
          .add("status", ClaimView::status)
          .add("proposed_by", v -> v.review() == null ? null : v.review().proposedBy())
          .add("reviewed_by", v -> v.review() == null ? null : v.review().decidedBy())
          .add("reviewed_at", v -> v.review() == null ? null : v.review().decidedAt())
          .add("retracted", ClaimView::retracted)
          .add("retraction_reason", v -> v.retraction() == null ? null : v.retraction().reason())
          .add("retracted_at", v -> v.retraction() == null ? null : v.retraction().retractedAt());

  /** The count as its source phrases it. */
  public ClaimedCount claimed() {
    return new ClaimedCount(count, bound, countTo);
  }

  ClaimView chosen(boolean chosen) {
    return new ClaimView(
        id,
        statement,
        count,
        bound,
        countTo,
        reported,
        on,
        sources,
        note,
        quote,
        anonymousOnly,
        recordedAt,
        recordedBy,
        revision,
        retracted,
        retraction,
        chosen,
        status,
        review,
        proposedRetraction);
  }
}
