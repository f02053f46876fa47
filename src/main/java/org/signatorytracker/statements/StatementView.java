package org.signatorytracker.statements;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.CountBound;
import org.signatorytracker.common.CsvColumns;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.states.StateRef;

/** A statement as the API shows it; {@code reportedCount} is the claim chosen as of today. */
public record StatementView(
    String key,
    String title,
    StatementKind kind,
    String forum,
    String session,
    UncertainDate date,
    String issue,
    String side,
    Map<String, String> voteSides,
    List<IssueSide> issues,
    Outcome outcome,
    List<StateRef> leadStates,
    @Schema(nullable = true) Integer reportedCount,
    @Schema(nullable = true, description = ClaimedCount.REPORTED_BOUND, examples = "EXACT")
        CountBound reportedBound,
    @Schema(nullable = true, description = ClaimedCount.REPORTED_COUNT_TO, examples = "65")
        Integer reportedCountTo,
    String addressee,
    String summary,
    @Schema(nullable = true) String quote,
    DeclaredList list,
    String notes,
    List<Source> sources,
    @Schema(description = "The stages of its life, each dated and sourced")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<Stage> stages,
    @Schema(
            nullable = true,
            description = "The furthest stage it has reached; absent when none is recorded",
            examples = "CIRCULATING")
        LifeStage stage,
    @Schema(
            nullable = true,
            description = "Where it stands, as a sentence; absent when no stage is recorded",
            examples =
                "circulating since late June 2022, reported 19 July 2022, delivery not known")
        String stageSummary,
    long version,
    Instant createdAt,
    Instant updatedAt) {
  /** The CSV form of a list of statements. */
  public static final CsvColumns<StatementView> CSV =
      CsvColumns.of(StatementView.class)
          .add("key", StatementView::key)
          .add("title", StatementView::title)
          .add("kind", StatementView::kind)
          .add("forum", StatementView::forum)
          .add("session", StatementView::session)
          .add("date", StatementView::date)
          .add("date_earliest", v -> v.date() == null ? null : v.date().earliest())
          .add("date_latest", v -> v.date() == null ? null : v.date().latest())
          .add("issue", StatementView::issue)
          .add("side", StatementView::side)
          .add("vote_sides", v -> VoteSides.format(v.voteSides()))
          .add("issues", v -> IssueSide.format(v.issues()))
          .add("outcome", StatementView::outcome)
          .add(
              "lead_states",
              v -> String.join(";", v.leadStates().stream().map(StateRef::iso3).toList()))
          .add("reported_count", StatementView::reportedCount)
          .add("reported_bound", StatementView::reportedBound)
          .add("reported_count_to", StatementView::reportedCountTo)
          .add("addressee", StatementView::addressee)
          .add("summary", StatementView::summary)
          .add("quote", StatementView::quote)
          .add("list_status", v -> v.list() == null ? null : v.list().status())
          .add("list_note", v -> v.list() == null ? null : v.list().note())
          .add(
              "list_source_url",
              v -> v.list() == null || v.list().source() == null ? null : v.list().source().url())
          .add("notes", StatementView::notes)
          .add("source_url", v -> CsvColumns.lines(v.sources().stream().map(Source::url).toList()))
          .add(
              "source_title",
              v -> CsvColumns.lines(v.sources().stream().map(Source::title).toList()))
          .add(
              "source_kind", v -> CsvColumns.lines(v.sources().stream().map(Source::kind).toList()))
          .add("source_via", v -> CsvColumns.viaLines(v.sources()))
          .add("stage", StatementView::stage)
          .add("stage_summary", StatementView::stageSummary)
          .add("version", StatementView::version)
          .add("created_at", StatementView::createdAt)
          .add("updated_at", StatementView::updatedAt);
}
