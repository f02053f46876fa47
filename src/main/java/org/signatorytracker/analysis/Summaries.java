package org.signatorytracker.analysis;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.CountBound;
import org.signatorytracker.common.CsvTable;
import org.signatorytracker.common.SourceKind;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.RecordTallies;
import org.signatorytracker.reports.ListCoverage;
import org.signatorytracker.reports.ListStatus;
import org.signatorytracker.reports.ReportBasis;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.ReportTags;
import org.signatorytracker.reports.TrackedSets.Tracked;
import org.signatorytracker.reports.TrackedSets.TrackedSet;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.StatementKeys;
import org.signatorytracker.statements.StatementKind;

/**
 * What the records of a statement add up to: how many there are by action, by confidence and by the
 * kind of source they cite (everything recorded, retracted records counted apart), and, by the
 * as-of engine, how many states it names, how many stand as of the date, the reported count and how
 * complete its list is.
 */
@ApplicationScoped
public class Summaries {

  @Inject StatementSets sets;
  @Inject RecordTallies tallies;
  @Inject IssueService issues;

  /** One statement's summary. */
  public record Summary(
      String key,
      String title,
      StatementKind kind,
      UncertainDate date,
      @Schema(description = "Records not retracted") long records,
      @Schema(description = "Records retracted, counted in nothing else") long retracted,
      @Schema(examples = "{\"SIGNED\": 51, \"WITHDREW\": 1}") Map<PositionAction, Long> byAction,
      @Schema(examples = "{\"CONFIRMED\": 40, \"REPORTED\": 12}")
          Map<Confidence, Long> byConfidence,
      @Schema(
              description = "Records citing a source of each kind (a record may cite several)",
              examples = "{\"OFFICIAL\": 50, \"PRESS\": 2}")
          Map<SourceKind, Long> bySourceKind,
      @Schema(description = "The day the first record counts from", nullable = true)
          LocalDate firstRecord,
      @Schema(description = "The day the last record counts from", nullable = true)
          LocalDate lastRecord,
      @Schema(description = "States with a standing record, whatever its date") int named,
      @Schema(description = "States standing on it as of the date") int standing,
      @Schema(nullable = true) Integer reportedCount,
      @Schema(nullable = true, description = ClaimedCount.REPORTED_BOUND, examples = "EXACT")
          CountBound reportedBound,
      @Schema(nullable = true, description = ClaimedCount.REPORTED_COUNT_TO, examples = "65")
          Integer reportedCountTo,
      ListStatus listStatus) {}

  /** The summaries of a set of statements, by date. */
  public record SummaryList(
      @Schema(nullable = true) String issue,
      @JsonUnwrapped ReportBasis basis,
      List<Summary> statements)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return issue == null ? "summaries" : issue + "-summaries";
    }

    @Override
    public List<String> csvHeader() {
      List<String> header = new ArrayList<>(ReportBasis.CSV_HEADER);
      header.addAll(List.of("key", "title", "kind", "date", "records", "retracted"));
      for (PositionAction a : PositionAction.values()) {
        header.add(a.name().toLowerCase(Locale.ROOT));
      }
      for (Confidence c : Confidence.values()) {
        header.add(c.name().toLowerCase(Locale.ROOT));
      }
      for (SourceKind k : SourceKind.values()) {
        header.add("source_" + k.name().toLowerCase(Locale.ROOT));
      }
      header.addAll(
          List.of(
              "first_record",
              "last_record",
              "named",
              "standing",
              "reported_count",
              "reported_bound",
              "reported_count_to",
              "list_status"));
      return header;
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      for (Summary s : statements) {
        List<Object> row = new ArrayList<>(basis.csvCells());
        row.addAll(List.of(s.key(), s.title(), s.kind(), s.date() == null ? "" : s.date()));
        row.add(s.records());
        row.add(s.retracted());
        for (PositionAction a : PositionAction.values()) {
          row.add(s.byAction().getOrDefault(a, 0L));
        }
        for (Confidence c : Confidence.values()) {
          row.add(s.byConfidence().getOrDefault(c, 0L));
        }
        for (SourceKind k : SourceKind.values()) {
          row.add(s.bySourceKind().getOrDefault(k, 0L));
        }
        row.add(s.firstRecord());
        row.add(s.lastRecord());
        row.add(s.named());
        row.add(s.standing());
        row.add(s.reportedCount());
        row.add(s.reportedBound());
        row.add(s.reportedCountTo());
        row.add(s.listStatus());
        rows.add(row);
      }
      return rows;
    }
  }

  /** One statement's summary as of the query's date. */
  public SummaryList ofStatement(String key, ReportQuery query) {
    SummaryList one = summaries(sets.scope(null, key, query), null, query);
    if (one.statements().isEmpty()) {
      throw StatementKeys.notFound(key);
    }
    return one;
  }

  /** A summary of every statement of the issue (every statement when it is null), by date. */
  public SummaryList ofIssue(String issue, ReportQuery query) {
    String issueKey = issue == null || issue.isBlank() ? null : issues.require(issue).key();
    return summaries(sets.scope(issueKey, null, query), issueKey, query);
  }

  private SummaryList summaries(TrackedSet set, String issueKey, ReportQuery query) {
    Map<Long, RecordTallies.Tally> counted =
        tallies.of(set.statements().stream().map(t -> t.subject().id()).toList());
    List<Summary> rows = new ArrayList<>();
    for (StatementSets.StatementList l : sets.lists(set, query)) {
      Tracked t = l.statement();
      ListCoverage list = l.list();
      RecordTallies.Tally tally = counted.get(t.subject().id());
      rows.add(
          new Summary(
              t.subject().key(),
              t.subject().title(),
              t.subject().kind(),
              t.subject().date(),
              tally.records(),
              tally.retracted(),
              tally.byAction(),
              tally.byConfidence(),
              tally.bySourceKind(),
              tally.first(),
              tally.last(),
              list.named(),
              t.standingOn(query.asOf()),
              list.reportedCount(),
              ClaimedCount.boundOf(list.reported()),
              ClaimedCount.countToOf(list.reported()),
              list.status()));
    }
    rows.sort(
        Comparator.comparing(
                (Summary s) -> s.date() == null ? null : s.date().latest(),
                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Summary::key));
    return new SummaryList(issueKey, ReportBasis.of(query, set.through()), rows);
  }
}
