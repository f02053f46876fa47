package org.signatorytracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.signatorytracker.positions.CommittedRecords;
import org.signatorytracker.positions.CommittedRecords.Row;
import org.signatorytracker.reports.ReportBasis.Through;
import org.signatorytracker.statements.Statement;

/**
 * What the engine reads for a report: the statements it is about as recorded ({@link
 * StatementHeaders}, one query or none) and their records ({@link RecordCache}, from memory when
 * the statement's last change is the one they were read at, else in one more query). A report reads
 * nothing beyond the records of the statements it is about.
 */
@ApplicationScoped
class StatementReads {

  /** A statement, as recorded, and the records the rule reads for it. */
  record Read(RecordedStatement statement, StatementRecords records, StatementRecords.Filter filter)
      implements NamedStates {

    @Override
    public int named() {
      return records.named(filter);
    }

    @Override
    public int standingOn(LocalDate day) {
      return records.holders(day, filter).size();
    }
  }

  @Inject StatementHeaders headers;
  @Inject RecordCache cache;
  @Inject StateSlices slices;
  @Inject CommittedRecords positions;

  /** The statements with these keys (as recorded), by canonical key; unknown keys are absent. */
  Map<String, Read> byKeys(Collection<String> keys, ReportQuery query) {
    List<String> canonical =
        keys.stream().map(Statement::canonicalKey).filter(Objects::nonNull).distinct().toList();
    return reads(headers.ofKeys(canonical, query), query, records(query));
  }

  /** The statement with this key as recorded, without its records; empty when there is none. */
  Optional<RecordedStatement> statement(String key, ReportQuery query) {
    String canonical = Statement.canonicalKey(key);
    if (canonical == null) {
      return Optional.empty();
    }
    return headers.ofKeys(List.of(canonical), query).stream().findFirst().map(Header::statement);
  }

  /** The statements of an issue (as recorded), in the order read. */
  Map<String, Read> ofIssue(String issue, ReportQuery query) {
    return reads(headers.ofIssue(Statement.canonicalKey(issue), query), query, records(query));
  }

  /** The statements of several issues (as recorded), in the order read. */
  Map<String, Read> ofIssues(Collection<String> issues, ReportQuery query) {
    if (issues.isEmpty()) {
      return Map.of();
    }
    List<String> keys = issues.stream().map(Statement::canonicalKey).distinct().toList();
    return reads(headers.ofIssues(keys, query), query, records(query));
  }

  /** The headers of the statements a state has records on, as recorded. */
  List<Header> headersOfState(String iso3, ReportQuery query) {
    return headers.ofState(iso3, query);
  }

  /**
   * The records a state's standings decide from on the statements of its headers {@code all} from
   * {@code from} to {@code to} (aligned with them): the state's own records on each, from {@link
   * StateSlices} (read once by state, then again only where a statement changed), so that a state
   * on thousands of statements never brings all their records into memory and its next page costs
   * no query; none where it has no record dated on or before the (epoch) day.
   */
  StatementRecords[] recordsOfState(
      String iso3, List<Header> all, int from, int to, int day, boolean proposals) {
    if (!proposals) {
      return slices.of(iso3, all, from, to, day);
    }
    // a preview of the proposals: read, never kept
    Map<Long, List<Row>> rows =
        positions.ofState(
            iso3, all.subList(from, to).stream().map(h -> h.statement().id()).toList(), true);
    StatementRecords[] found = new StatementRecords[to - from];
    for (int k = from; k < to; k++) {
      found[k - from] =
          new StatementRecords(rows.getOrDefault(all.get(k).statement().id(), List.of()));
    }
    return found;
  }

  /**
   * Where a query's records come from: {@link RecordCache} or, to preview the proposals, a read of
   * what confirming every pending one would count (never kept).
   */
  private Function<Map<Long, Long>, Map<Long, StatementRecords>> records(ReportQuery query) {
    if (!query.includeProposed()) {
      return cache::recordsOf;
    }
    return versions -> {
      Map<Long, StatementRecords> found = new HashMap<>();
      Map<Long, List<Row>> rows = positions.ofStatementsWithProposals(versions.keySet());
      versions
          .keySet()
          .forEach(id -> found.put(id, new StatementRecords(rows.getOrDefault(id, List.of()))));
      return found;
    };
  }

  /** The headers of the statements a state has records on, without their records. */
  List<RecordedStatement> statementsOfState(String iso3, ReportQuery query) {
    return headers.ofState(iso3, query).stream().map(Header::statement).toList();
  }

  /** How far the recorded data within the query's limit runs. */
  Through through(ReportQuery query) {
    return headers.through(query);
  }

  /** How far the recorded data runs now: the last committed revision. */
  Through through() {
    return headers.through();
  }

  private static Map<String, Read> reads(
      List<Header> headers,
      ReportQuery query,
      Function<Map<Long, Long>, Map<Long, StatementRecords>> records) {
    Map<Long, Long> versions = new HashMap<>();
    headers.forEach(h -> versions.put(h.statement().id(), h.lastChange()));
    Map<Long, StatementRecords> recordsOf = records.apply(versions);
    Map<String, Read> read = new LinkedHashMap<>();
    for (Header h : headers) {
      RecordedStatement statement = h.statement();
      read.put(
          statement.key(),
          new Read(
              statement,
              recordsOf.get(statement.id()),
              StatementRecords.Filter.of(query, statement.through().revision())));
    }
    return read;
  }
}
