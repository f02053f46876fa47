package org.signatorytracker.statements;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.CountBound;
import org.signatorytracker.common.CsvColumns;
import org.signatorytracker.common.RetractionView;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;

/** A claim about a side of an issue as the API shows it; a retracted one carries its retraction. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SideClaimView(
    long id,
    String issue,
    @Schema(examples = "supportive") String side,
    @Schema(description = "The number the source gives (a range's low end)", examples = "100")
        int count,
    @Schema(description = "EXACT, ABOUT, NEARLY, AT_LEAST, AT_MOST or RANGE", examples = "NEARLY")
        CountBound bound,
    @Schema(nullable = true, description = "A RANGE's high end; absent otherwise", examples = "65")
        Integer countTo,
    @Schema(description = "The count as the source phrases it", examples = "nearly 100")
        String reported,
    UncertainDate on,
    List<Source> sources,
    @Schema(nullable = true, description = "The source's own words") String quote,
    @Schema(nullable = true) String note,
    @Schema(description = "Whether every source rests on unnamed people") boolean anonymousOnly,
    Instant recordedAt,
    @Schema(nullable = true) String recordedBy,
    long revision,
    boolean retracted,
    @Schema(nullable = true) RetractionView retraction) {

  /** The CSV form of a list of claims about sides. */
  public static final CsvColumns<SideClaimView> CSV =
      CsvColumns.of(SideClaimView.class)
          .add("id", SideClaimView::id)
          .add("issue", SideClaimView::issue)
          .add("side", SideClaimView::side)
          .add("count", SideClaimView::count)
          .add("bound", SideClaimView::bound)
          .add("count_to", SideClaimView::countTo)
          .add("reported", SideClaimView::reported)
          .add("on", SideClaimView::on)
          .add("on_earliest", v -> v.on().earliest())
          .add("on_latest", v -> v.on().latest())
          .add("quote", SideClaimView::quote)
          .add("note", SideClaimView::note)
          .add("anonymous_only", SideClaimView::anonymousOnly)
          .add("source_url", v -> CsvColumns.lines(v.sources().stream().map(Source::url).toList()))
          .add(
              "source_title",
              v -> CsvColumns.lines(v.sources().stream().map(Source::title).toList()))
          .add(
              "source_kind", v -> CsvColumns.lines(v.sources().stream().map(Source::kind).toList()))
          .add("source_via", v -> CsvColumns.viaLines(v.sources()))
          .add("recorded_at", SideClaimView::recordedAt)
          .add("recorded_by", SideClaimView::recordedBy)
          .add("revision", SideClaimView::revision)
          .add("retracted", SideClaimView::retracted)
          .add("retraction_reason", v -> v.retraction() == null ? null : v.retraction().reason())
          .add("retracted_at", v -> v.retraction() == null ? null : v.retraction().retractedAt());

  /** The count as its source phrases it. */
  public ClaimedCount claimed() {
    return new ClaimedCount(count, bound, countTo);
  }
}
