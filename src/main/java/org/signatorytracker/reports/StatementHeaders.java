package org.signatorytracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.query.NativeQuery;
import org.signatorytracker.common.RevisionCounter;
import org.signatorytracker.common.SqlRow;
import org.signatorytracker.positions.CommittedRecords;
import org.signatorytracker.reports.ReportBasis.Through;
import org.signatorytracker.statements.IssueSide;
import org.signatorytracker.statements.StatementsAsRecorded;

/**
 * The statements a report is about, as recorded: the latest version of each within the query's
 * revision (unless deleted), how far the recorded data runs and the last change of the statement's
 * records, all in one query. As recorded now, headers are kept until another revision commits, so
 * that the counter row's one read stands in for the statements' query.
 */
@ApplicationScoped
class StatementHeaders {

  /** Revision {@code rv} is within the data the answer may read. */
  private static final String RECORDED =
      "%1$s.number <= :throughRevision AND %1$s.committed_at <= :throughTime";

  /** How far the recorded data within the limit runs, as columns of a one-row select. */
  private static final String THROUGH =
      """
      (SELECT MAX(x.number) FROM revision x WHERE %1$s) AS through_revision,
      (SELECT MAX(x.committed_at) FROM revision x WHERE %1$s) AS through_at\
      """
          .formatted(RECORDED.formatted("x"));

  /** The last revision that changed the statement's records: what cached records are valid for. */
  private static final String LAST_CHANGE =
      "COALESCE((SELECT c.revision_number FROM statement_change c"
          + " WHERE c.statement_id = v.statement_id), 0) AS last_change";

  /** At most this many states' lists of statements are kept per revision (see {@link Latest}). */
  private static final int LATEST_STATES = 1_000;

  /** At most this many issues' lists of statements are kept per revision. */
  private static final int LATEST_ISSUES = 1_000;

  /** At most this many statements' headers are kept per revision (see {@link Latest}). */
  private static final int LATEST_KEYS = 50_000;

  /**
   * Statements as recorded within the query's limit, selected by {@code condition} on {@code v}.
   */
  private static String statementsAsRecorded(String condition, String extra) {
    return StatementsAsRecorded.select(condition, RECORDED, extra);
  }

  /** What a report reads of its statements, besides their records. */
  private static final String HEADER =
      THROUGH + ", " + LAST_CHANGE + ", " + StatementsAsRecorded.CLAIMED;

  private static final String STATEMENTS_BY_KEY =
      statementsAsRecorded("v.statement_key IN (:keys)", HEADER);

  private static final String STATEMENTS_BY_ID =
      statementsAsRecorded("v.statement_id IN (:ids)", HEADER);

  private static final String STATEMENTS_OF_STATE =
      statementsAsRecorded(
          "v.statement_id IN (" + CommittedRecords.STATEMENTS_OF_STATE + ")", HEADER);

  private static final String STATEMENTS_OF_ISSUE =
      statementsAsRecorded(StatementsAsRecorded.IN_ISSUE, HEADER);

  private static final String STATEMENTS_OF_ISSUES =
      statementsAsRecorded(StatementsAsRecorded.IN_ISSUES, HEADER);

  /**
   * Headers of statements as recorded now, good while no revision has been committed since {@code
   * through}. A key without a statement is kept too (empty), so that asking again is as cheap.
   */
  private record Latest(
      Through through,
      Map<String, Optional<Header>> byKey,
      Map<Long, Header> byId,
      Map<String, List<Header>> byState,
      Map<String, List<Header>> byIssue) {

    Latest(Through through) {
      this(
          through,
          new ConcurrentHashMap<>(),
          new ConcurrentHashMap<>(),
          new ConcurrentHashMap<>(),
          new ConcurrentHashMap<>());
    }

    /**
     * Whether headers read after the counter are still of its revision (nothing committed since).
     */
    boolean current(List<Header> read) {
      return read.isEmpty() || read.get(0).statement().through().revision() == through.revision();
    }
  }

  @Inject EntityManager em;
  @Inject RevisionCounter counter;

  private volatile Latest latest;

  /** The statements with these canonical keys, as recorded; keys of no statement are absent. */
  List<Header> ofKeys(List<String> canonical, ReportQuery query) {
    if (!query.asRecorded().isNow()) {
      return headers(STATEMENTS_BY_KEY, "keys", canonical, query);
    }
    Latest known = latest();
    if (!known.byKey().keySet().containsAll(canonical)) {
      Map<String, Optional<Header>> fresh = new HashMap<>();
      canonical.forEach(key -> fresh.put(key, Optional.empty()));
      List<Header> read = headers(STATEMENTS_BY_KEY, "keys", canonical, query);
      read.forEach(h -> fresh.put(h.statement().key(), Optional.of(h)));
      // kept only if nothing was committed between the counter's read and this one, and only so
      // many: keys asked for that name no statement are kept too
      if (known.current(read) && known.byKey().size() < LATEST_KEYS) {
        known.byKey().putAll(fresh);
        read.forEach(h -> known.byId().putIfAbsent(h.statement().id(), h));
      }
      return read;
    }
    List<Header> headers = new ArrayList<>();
    for (String key : canonical) {
      known.byKey().get(key).ifPresent(headers::add);
    }
    return headers;
  }

  /**
   * The statements a state has records on, latest first. As recorded now they are kept until
   * another revision commits, each statement's header shared by every state on it.
   */
  List<Header> ofState(String iso3, ReportQuery query) {
    return keptOrRead(
        query, Latest::byState, iso3, LATEST_STATES, () -> latestFirst(stateHeaders(iso3, query)));
  }

  /** Statement ids read per query when headers are read by id. */
  private static final int IDS_PER_QUERY = 1_000;

  /**
   * The headers of the statements a state has records on: as recorded now, when other reports have
   * read statements at this revision, the ids of the state's (from the index on its records), their
   * headers from those kept, and only the others read; otherwise (nothing kept yet, most of them
   * not kept, or a revision committed meanwhile) in one query.
   */
  private List<Header> stateHeaders(String iso3, ReportQuery query) {
    // as recorded now, keptOrRead has just read the counter into latest
    Latest known = query.asRecorded().isNow() ? latest : null;
    if (known == null || known.byId().isEmpty()) {
      return headers(STATEMENTS_OF_STATE, "iso3", iso3, query);
    }
    List<Long> ids =
        em
            .createNativeQuery(CommittedRecords.STATEMENT_IDS_OF_STATE, Long.class)
            .setParameter("iso3", iso3)
            .getResultList()
            .stream()
            .map(id -> ((Number) id).longValue())
            .toList();
    List<Header> found = new ArrayList<>();
    List<Long> missing = new ArrayList<>();
    for (Long id : ids) {
      Header kept = known.byId().get(id);
      if (kept != null) {
        found.add(kept);
      } else {
        missing.add(id);
      }
    }
    if (missing.size() > ids.size() / 2) {
      // most of them not in memory: the one query that reads them all
      return headers(STATEMENTS_OF_STATE, "iso3", iso3, query);
    }
    for (int from = 0; from < missing.size(); from += IDS_PER_QUERY) {
      List<Header> read =
          headers(
              STATEMENTS_BY_ID,
              "ids",
              missing.subList(from, Math.min(missing.size(), from + IDS_PER_QUERY)),
              query);
      if (!known.current(read)) {
        return headers(STATEMENTS_OF_STATE, "iso3", iso3, query);
      }
      found.addAll(read);
    }
    return found;
  }

  /**
   * The headers, latest statement first (undated ones last), then by key: the order of a state's
   * standings, sorted once when the list is read (each statement's day worked out once).
   */
  private static List<Header> latestFirst(List<Header> headers) {
    Map<Header, LocalDate> days = new IdentityHashMap<>();
    headers.forEach(h -> days.put(h, h.statement().datedOn()));
    List<Header> sorted = new ArrayList<>(headers);
    sorted.sort(
        Comparator.comparing(
                (Header h) -> days.get(h),
                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .reversed()
            .thenComparing(h -> h.statement().key()));
    return List.copyOf(sorted);
  }

  /** The statements of an issue (canonical key), kept like a state's. */
  List<Header> ofIssue(String issue, ReportQuery query) {
    return keptOrRead(
        query,
        Latest::byIssue,
        issue,
        LATEST_ISSUES,
        () -> headers(STATEMENTS_OF_ISSUE, "issue", issue, query));
  }

  /**
   * The statements of several issues (canonical keys), each once: each issue's list kept like one
   * issue's, those not kept read in one query.
   */
  List<Header> ofIssues(Collection<String> issues, ReportQuery query) {
    if (!query.asRecorded().isNow()) {
      return headers(STATEMENTS_OF_ISSUES, "issues", issues, query);
    }
    Latest known = latest();
    Map<String, List<Header>> kept = known.byIssue();
    List<String> missing = issues.stream().filter(i -> !kept.containsKey(i)).toList();
    Map<Long, Header> found = new LinkedHashMap<>();
    if (!missing.isEmpty()) {
      List<Header> fresh = headers(STATEMENTS_OF_ISSUES, "issues", missing, query);
      fresh.forEach(h -> found.put(h.statement().id(), h));
      if (known.current(fresh) && kept.size() + missing.size() <= LATEST_ISSUES) {
        Map<String, List<Header>> byIssue = new HashMap<>();
        missing.forEach(i -> byIssue.put(i, new ArrayList<>()));
        for (Header h : fresh) {
          Header shared = known.byId().computeIfAbsent(h.statement().id(), id -> h);
          h.statement().issues().stream()
              .map(IssueSide::issue)
              .filter(byIssue::containsKey)
              .forEach(i -> byIssue.get(i).add(shared));
        }
        byIssue.forEach((issue, list) -> kept.put(issue, List.copyOf(list)));
      }
    }
    for (String issue : issues) {
      List<Header> list = kept.get(issue);
      if (list != null) {
        list.forEach(h -> found.putIfAbsent(h.statement().id(), h));
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * A list of headers as recorded now, kept in one of {@link Latest}'s maps (at most {@code limit}
   * lists) until another revision commits, each header shared by every list it is on.
   */
  private List<Header> keptOrRead(
      ReportQuery query,
      Function<Latest, Map<String, List<Header>>> lists,
      String key,
      int limit,
      Supplier<List<Header>> read) {
    if (!query.asRecorded().isNow()) {
      return read.get();
    }
    Latest known = latest();
    Map<String, List<Header>> kept = lists.apply(known);
    List<Header> found = kept.get(key);
    if (found != null) {
      return found;
    }
    List<Header> fresh = read.get();
    if (known.current(fresh) && kept.size() < limit) {
      List<Header> shared = new ArrayList<>(fresh.size());
      for (Header h : fresh) {
        shared.add(known.byId().computeIfAbsent(h.statement().id(), id -> h));
      }
      kept.put(key, List.copyOf(shared));
    }
    return fresh;
  }

  /** The headers kept for the last committed revision, reading the counter first. */
  private Latest latest() {
    Through now = through();
    Latest known = latest;
    if (known == null || known.through().revision() != now.revision()) {
      known = new Latest(now);
      latest = known;
    }
    return known;
  }

  /** How far the recorded data runs now: the last committed revision. */
  Through through() {
    RevisionCounter.Committed last = counter.lastCommitted();
    return new Through(last.number(), last.at());
  }

  /** How far the recorded data within the query's limit runs. */
  Through through(ReportQuery query) {
    SqlRow row =
        SqlRow.of(
                recorded(
                        nativeQuery("SELECT " + THROUGH + " FROM revision_counter WHERE id = 1"),
                        query)
                    .addScalar("through_revision", Long.class)
                    .addScalar("through_at", Instant.class))
            .getSingleResult();
    return HeaderRows.through(row);
  }

  /**
   * The statements that {@code sql} (one of the constants above, with one parameter) selects, as
   * recorded.
   */
  private List<Header> headers(String sql, String parameter, Object value, ReportQuery query) {
    List<SqlRow> rows =
        SqlRow.of(
                recorded(nativeQuery(sql), query)
                    .setParameter(parameter, value)
                    .addScalar("statement_id", Long.class)
                    .addScalar("title", String.class)
                    .addScalar("statement_key", String.class)
                    .addScalar("kind", String.class)
                    .addScalar("dated_text", String.class)
                    .addScalar("session_name", String.class)
                    .addScalar("issue_ordinal", Long.class)
                    .addScalar("issue", String.class)
                    .addScalar("side", String.class)
                    .addScalar("vote_sides", String.class)
                    .addScalar("list_declared", String.class)
                    .addScalar("through_revision", Long.class)
                    .addScalar("through_at", Instant.class)
                    .addScalar("last_change", Long.class)
                    .addScalar("claimed", Boolean.class)
                    .addScalar("stages", String.class))
            .getResultList();
    return HeaderRows.headers(rows);
  }

  /** Binds how far the recorded data may run. */
  private static NativeQuery<?> recorded(NativeQuery<?> nq, ReportQuery query) {
    return nq.setParameter("throughRevision", query.asRecorded().throughRevision())
        .setParameter("throughTime", query.asRecorded().throughTime());
  }

  private NativeQuery<?> nativeQuery(String sql) {
    return em.createNativeQuery(sql).unwrap(NativeQuery.class);
  }
}
