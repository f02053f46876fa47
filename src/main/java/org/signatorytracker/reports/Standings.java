package org.signatorytracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.query.NativeQuery;
import org.signatorytracker.common.SqlRow;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.ReportBasis.Through;
import org.signatorytracker.reports.Reports.Signatory;
import org.signatorytracker.reports.Reports.Standing;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * The as-of engine every report stands on. The rule itself is {@link StatementRecords} (eligible
 * records → each state's deciding record as of a day); this class reads what the rule needs: the
 * statement as recorded (its latest version within the query's revision, unless deleted), how far
 * the recorded data runs, and the statement's last change, all in one query; then the statement's
 * records, from {@link RecordCache} when that last change is the one they were read at, else in one
 * more query. A report reads nothing beyond the records of the statements it is about.
 */
@ApplicationScoped
public class Standings {

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

  /** Whether any count was ever claimed for the statement: most have none, and skip that read. */
  private static final String CLAIMED =
      "EXISTS (SELECT 1 FROM count_claim k WHERE k.statement_id = v.statement_id) AS claimed";

  /** At most this many states' lists of statements are kept per revision (see {@link Latest}). */
  private static final int LATEST_STATES = 1_000;

  /** At most this many statements' headers are kept per revision (see {@link Latest}). */
  private static final int LATEST_KEYS = 50_000;

  /**
   * Beyond this many statements not in memory, a state's standings read only the state's own
   * records rather than load every record of those statements.
   */
  private static final int STATEMENTS_LOADED_FOR_A_STATE = 64;

  private static final String LAST_COMMITTED =
      "SELECT last_number, last_committed_at FROM revision_counter WHERE id = 1";

  @Inject EntityManager em;
  @Inject RecordCache cache;
  @Inject StateDirectory states;

  /** The statement a report is about, as read (and recorded) in the report's own query. */
  public record Subject(
      long id,
      String key,
      String title,
      StatementKind kind,
      UncertainDate date,
      String session,
      String issue,
      String side,
      String voteSides,
      Through through,
      boolean claimed) {

    /** The day the statement is dated to (the last day of a partial date), or null. */
    public LocalDate datedOn() {
      return date == null ? null : date.latest();
    }
  }

  /**
   * A statement report: its statement, its rows, and how many states it names: those with a record
   * on it that the query admits, whatever the record's date (how complete the list is).
   */
  public record Answer<T>(Subject statement, List<T> rows, int named) {}

  /** A statement, as recorded, and the records the rule reads for it. */
  private record Read(Subject subject, StatementRecords records, StatementRecords.Filter filter) {}

  /**
   * Statements as recorded, one row each: the latest version within the limit, unless it marks the
   * statement deleted. {@code condition} selects among them (on {@code v}); {@code extra} adds
   * columns.
   */
  private static String statementsAsRecorded(String condition, String extra) {
    return """
    SELECT v.statement_id AS statement_id, v.statement_key AS statement_key, v.title AS title,
           v.kind AS kind, v.dated_on AS dated_on, v.dated_text AS dated_text,
           v.session_name AS session_name, v.issue AS issue, v.side AS side,
           v.vote_sides AS vote_sides, %3$s
    FROM statement_version v JOIN revision vr ON vr.id = v.revision_id
    WHERE %1$s AND %2$s AND v.deleted = FALSE
      AND NOT EXISTS (SELECT 1 FROM statement_version w JOIN revision wr ON wr.id = w.revision_id
                      WHERE w.statement_id = v.statement_id AND wr.number > vr.number AND %4$s)
    """
        .formatted(condition, RECORDED.formatted("vr"), extra, RECORDED.formatted("wr"));
  }

  /** What a report reads of its statements, besides their records. */
  private static final String HEADER = THROUGH + ", " + LAST_CHANGE + ", " + CLAIMED;

  private static final String STATEMENTS_BY_KEY =
      statementsAsRecorded("v.statement_key IN (:keys)", HEADER);

  private static final String STATEMENTS_OF_STATE =
      statementsAsRecorded(
          "v.statement_id IN (SELECT p.statement_id FROM position_record p WHERE p.iso3 = :iso3)",
          HEADER);

  private static final String STATEMENTS_OF_ISSUE =
      statementsAsRecorded("v.issue = :issue", HEADER);

  private static final String STATEMENTS_OF_ISSUES =
      statementsAsRecorded("v.issue IN (:issues)", HEADER);

  /** A statement as recorded, and the last change of its records. */
  private record Header(Subject subject, long lastChange) {}

  /**
   * Headers of statements as recorded now, good while no revision has been committed since {@code
   * through}: the counter row's one read then stands in for the statements' query. A key without a
   * statement is kept too (empty), so that asking again is as cheap.
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
      return read.isEmpty() || read.get(0).subject().through().revision() == through.revision();
    }
  }

  private volatile Latest latest;

  /** Reads the statements with these keys, as recorded, with their records. */
  private Map<String, Read> read(List<String> keys, StandingQuery query) {
    List<String> canonical =
        keys.stream().map(Statement::canonicalKey).filter(Objects::nonNull).distinct().toList();
    if (!query.asRecorded().isNow()) {
      return reads(headers(STATEMENTS_BY_KEY, "keys", canonical, query), query, cache::recordsOf);
    }
    Latest known = latest();
    if (!known.byKey().keySet().containsAll(canonical)) {
      Map<String, Optional<Header>> fresh = new HashMap<>();
      canonical.forEach(key -> fresh.put(key, Optional.empty()));
      List<Header> read = headers(STATEMENTS_BY_KEY, "keys", canonical, query);
      read.forEach(h -> fresh.put(h.subject().key(), Optional.of(h)));
      // kept only if nothing was committed between the counter's read and this one, and only so
      // many: keys asked for that name no statement are kept too
      if (known.current(read) && known.byKey().size() < LATEST_KEYS) {
        known.byKey().putAll(fresh);
      }
      return reads(read, query, cache::recordsOf);
    }
    List<Header> headers = new ArrayList<>();
    for (String key : canonical) {
      known.byKey().get(key).ifPresent(headers::add);
    }
    return reads(headers, query, cache::recordsOf);
  }

  /** The headers kept for the last committed revision, reading the counter first. */
  private Latest latest() {
    Through now = lastCommitted();
    Latest known = latest;
    if (known == null || known.through().revision() != now.revision()) {
      known = new Latest(now);
      latest = known;
    }
    return known;
  }

  /**
   * The headers of the statements a state has records on. As recorded now they are kept until
   * another revision commits, each statement's header shared by every state on it.
   */
  private List<Header> headersOfState(String iso3, StandingQuery query) {
    if (!query.asRecorded().isNow()) {
      return headers(STATEMENTS_OF_STATE, "iso3", iso3, query);
    }
    Latest known = latest();
    List<Header> kept = known.byState().get(iso3);
    if (kept != null) {
      return kept;
    }
    List<Header> read = headers(STATEMENTS_OF_STATE, "iso3", iso3, query);
    if (known.current(read) && known.byState().size() < LATEST_STATES) {
      List<Header> shared = new ArrayList<>(read.size());
      for (Header h : read) {
        shared.add(known.byId().computeIfAbsent(h.subject().id(), id -> h));
      }
      known.byState().put(iso3, List.copyOf(shared));
    }
    return read;
  }

  /** At most this many issues' lists of statements are kept per revision. */
  private static final int LATEST_ISSUES = 1_000;

  /** The headers of an issue's statements, kept like a state's until another revision commits. */
  private List<Header> headersOfIssue(String issue, StandingQuery query) {
    if (!query.asRecorded().isNow()) {
      return headers(STATEMENTS_OF_ISSUE, "issue", issue, query);
    }
    Latest known = latest();
    List<Header> kept = known.byIssue().get(issue);
    if (kept != null) {
      return kept;
    }
    List<Header> read = headers(STATEMENTS_OF_ISSUE, "issue", issue, query);
    if (known.current(read) && known.byIssue().size() < LATEST_ISSUES) {
      known.byIssue().put(issue, List.copyOf(read));
    }
    return read;
  }

  /** How far the recorded data runs now: the last committed revision. */
  public Through through() {
    return lastCommitted();
  }

  /** The last committed revision: how far the data runs for a query as recorded now. */
  private Through lastCommitted() {
    // read on every report: through the session's own statement preparer (so it counts among the
    // session's statements), without a native query's result mapping, which cost three times more
    JdbcCoordinator jdbc = em.unwrap(SessionImplementor.class).getJdbcCoordinator();
    PreparedStatement read = jdbc.getStatementPreparer().prepareStatement(LAST_COMMITTED);
    try {
      ResultSet row = jdbc.getResultSetReturn().extract(read, LAST_COMMITTED);
      row.next();
      return new Through(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
    } catch (SQLException e) {
      throw jdbc.getJdbcSessionOwner()
          .getSqlExceptionHelper()
          .convert(e, "reading the revision counter", LAST_COMMITTED);
    } finally {
      jdbc.getLogicalConnection().getResourceRegistry().release(read);
      jdbc.afterStatementExecution();
    }
  }

  /**
   * The statements that {@code sql} (one of the constants above, with one parameter) selects, as
   * recorded.
   */
  private List<Header> headers(String sql, String parameter, Object value, StandingQuery query) {
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
                    .addScalar("issue", String.class)
                    .addScalar("side", String.class)
                    .addScalar("vote_sides", String.class)
                    .addScalar("through_revision", Long.class)
                    .addScalar("through_at", Instant.class)
                    .addScalar("last_change", Long.class)
                    .addScalar("claimed", Boolean.class))
            .getResultList();
    List<Header> headers = new ArrayList<>();
    for (SqlRow r : rows) {
      headers.add(
          new Header(
              new Subject(
                  r.number("statement_id"),
                  r.text("statement_key"),
                  r.text("title"),
                  r.enumValue("kind", StatementKind.class),
                  UncertainDate.parseNullable(r.text("dated_text")),
                  r.text("session_name"),
                  r.text("issue"),
                  r.text("side"),
                  r.text("vote_sides"),
                  through(r),
                  Boolean.TRUE.equals(r.get("claimed"))),
              r.number("last_change")));
    }
    return headers;
  }

  /** The statements with their records, by key. */
  private Map<String, Read> reads(
      List<Header> headers,
      StandingQuery query,
      Function<Map<Long, Long>, Map<Long, StatementRecords>> records) {
    Map<Long, Long> versions = new HashMap<>();
    headers.forEach(h -> versions.put(h.subject().id(), h.lastChange()));
    Map<Long, StatementRecords> recordsOf = records.apply(versions);
    Map<String, Read> read = new HashMap<>();
    for (Header h : headers) {
      Subject subject = h.subject();
      read.put(
          subject.key(),
          new Read(
              subject,
              recordsOf.get(subject.id()),
              StatementRecords.Filter.of(query, subject.through().revision())));
    }
    return read;
  }

  private Optional<Read> read(String key, StandingQuery query) {
    return Optional.ofNullable(read(List.of(key), query).get(Statement.canonicalKey(key)));
  }

  /**
   * Who stands on the statement as of the query: signatories of a letter, or every state's vote.
   * Empty when there is no statement with that key (as recorded).
   */
  public Optional<Answer<Signatory>> holdersOf(String key, StandingQuery query) {
    return read(key, query)
        .map(
            read -> {
              Subject subject = read.subject();
              List<Signatory> holders = new ArrayList<>();
              for (Decision d : read.records().holders(query.asOf(), read.filter())) {
                StateView state = states.byIso3(d.iso3()).orElseThrow();
                holders.add(
                    new Signatory(
                        d.iso3(),
                        state.name(),
                        state.regionalGroup(),
                        d.action(),
                        d.effective(),
                        d.confidence(),
                        d.recordId(),
                        subject.kind().isVote() ? null : joinedLater(subject, d)));
              }
              return new Answer<>(subject, holders, read.records().named(read.filter()));
            });
  }

  private static boolean joinedLater(Subject subject, Decision decision) {
    return subject.datedOn() != null && decision.effectiveOn().isAfter(subject.datedOn());
  }

  /**
   * One cell of a count: how many states of a group (null: none) hold an action; {@code
   * joinedLater} splits the signatories of a dated letter by whether their deciding record took
   * effect after its date.
   */
  public record GroupCount(String group, PositionAction action, boolean joinedLater, long count) {}

  /**
   * How many states hold each action, per group of the chosen grouping. Empty when there is no
   * statement with that key (as recorded).
   */
  public Optional<Answer<GroupCount>> countsOf(String key, StandingQuery query, Grouping grouping) {
    return read(key, query)
        .map(
            read -> {
              Map<GroupCount, Long> cells = new LinkedHashMap<>();
              for (Decision d : read.records().holders(query.asOf(), read.filter())) {
                String group = grouping.of(states.byIso3(d.iso3()).orElseThrow());
                boolean later = !read.subject().kind().isVote() && joinedLater(read.subject(), d);
                cells.merge(new GroupCount(group, d.action(), later, 0), 1L, Long::sum);
              }
              List<GroupCount> counts = new ArrayList<>();
              cells.forEach(
                  (cell, n) ->
                      counts.add(
                          new GroupCount(cell.group(), cell.action(), cell.joinedLater(), n)));
              return new Answer<>(read.subject(), counts, read.records().named(read.filter()));
            });
  }

  /**
   * One day on which at least one state's standing changed. {@code joined}/{@code withdrew} count
   * states that started/stopped supporting (signing, or voting yes); the totals are running sums.
   */
  public record Change(
      LocalDate date,
      long joined,
      long withdrew,
      long supporting,
      Map<PositionAction, Long> votes,
      boolean approximate) {}

  /**
   * Every change of standing over the statement's life, with running totals. Empty when there is no
   * statement with that key (as recorded).
   */
  public Optional<Answer<Change>> changesOf(String key, StandingQuery query) {
    return read(key, query)
        .map(
            read -> {
              List<Change> days = new ArrayList<>();
              Map<PositionAction, Long> totals = new EnumMap<>(PositionAction.class);
              for (PositionAction a : PositionAction.values()) {
                if (a.fits(StatementKind.VOTE)) {
                  totals.put(a, 0L);
                }
              }
              long supporting = 0;
              List<StatementRecords.Change> changes = read.records().changes(read.filter());
              int i = 0;
              while (i < changes.size()) {
                LocalDate day = changes.get(i).date();
                long joined = 0;
                long withdrew = 0;
                boolean approximate = false;
                for (; i < changes.size() && changes.get(i).date().equals(day); i++) {
                  StatementRecords.Change c = changes.get(i);
                  boolean before = c.before() != null && c.before().supports();
                  boolean after = c.after() != null && c.after().supports();
                  joined += after && !before ? 1 : 0;
                  withdrew += before && !after ? 1 : 0;
                  approximate |= c.approx();
                  if (c.before() != null && totals.containsKey(c.before())) {
                    totals.merge(c.before(), -1L, Long::sum);
                  }
                  if (c.after() != null && totals.containsKey(c.after())) {
                    totals.merge(c.after(), 1L, Long::sum);
                  }
                }
                supporting += joined - withdrew;
                days.add(
                    new Change(
                        day, joined, withdrew, supporting, new EnumMap<>(totals), approximate));
              }
              return new Answer<>(read.subject(), days, read.records().named(read.filter()));
            });
  }

  /**
   * The engine on a set: every state's deciding record (withdrawals included) on each of the
   * statements, each taken as of its own date ({@code asOf} gets the statement as recorded, so that
   * a letter can be asked as of its own date); one query for the statements, at most one more for
   * records not in memory. Statements that do not exist (as recorded) are absent from the answer.
   */
  public Map<String, Answer<Decision>> decisionsOn(
      Collection<String> keys, Function<Subject, LocalDate> asOf, StandingQuery query) {
    Map<String, Answer<Decision>> answers = new LinkedHashMap<>();
    read(List.copyOf(keys), query)
        .forEach(
            (key, read) -> {
              List<Decision> decided =
                  read.records().decisions(asOf.apply(read.subject()), read.filter());
              answers.put(
                  key, new Answer<>(read.subject(), decided, read.records().named(read.filter())));
            });
    return answers;
  }

  /** Whether a state holds the chosen action on statement a, b, or both. */
  public record Overlap(String iso3, boolean inA, boolean inB) {}

  /** The states holding the chosen actions, the actions, and how far the data runs. */
  public record Overlaps(
      Through through, PositionAction actionA, PositionAction actionB, List<Overlap> states) {}

  /**
   * The states holding the chosen action on either of two statements (a letter's signatories; a
   * vote's YES unless another option is chosen), with which. Empty when either key names no
   * statement (as recorded).
   */
  public Optional<Overlaps> overlapOf(
      StatementChoice choiceA, StatementChoice choiceB, StandingQuery query) {
    Map<String, Answer<Decision>> both =
        decisionsOn(List.of(choiceA.key(), choiceB.key()), subject -> query.asOf(), query);
    Answer<Decision> a = both.get(choiceA.key());
    Answer<Decision> b = both.get(choiceB.key());
    if (a == null || b == null) {
      return Optional.empty();
    }
    PositionAction actionA = choiceA.actionFor(a.statement().kind(), PositionAction.YES);
    PositionAction actionB = choiceB.actionFor(b.statement().kind(), PositionAction.YES);
    Set<String> inA = holding(a, actionA);
    Set<String> inB = holding(b, actionB);
    Set<String> either = new TreeSet<>(inA);
    either.addAll(inB);
    List<Overlap> overlaps = new ArrayList<>();
    for (String iso3 : either) {
      overlaps.add(new Overlap(iso3, inA.contains(iso3), inB.contains(iso3)));
    }
    return Optional.of(new Overlaps(a.statement().through(), actionA, actionB, overlaps));
  }

  private static Set<String> holding(Answer<Decision> answer, PositionAction action) {
    Set<String> holders = new TreeSet<>();
    for (Decision d : answer.rows()) {
      if (d.action() == action) {
        holders.add(d.iso3());
      }
    }
    return holders;
  }

  /** A state's standings, and how far the data runs. */
  public record StateStandings(Through through, List<Standing> standings) {}

  /**
   * The state's standing on every statement it has an eligible record on, withdrawals included,
   * latest statement first. One query reads the statements it has records on (as recorded, with how
   * far the data runs); their records come from {@link RecordCache} like any report's, and the rule
   * decides per statement for this one state.
   */
  public StateStandings standingsOfState(String iso3, StandingQuery query) {
    Map<String, Read> reads =
        reads(headersOfState(iso3, query), query, versions -> recordsOfState(iso3, versions));
    if (reads.isEmpty()) {
      return new StateStandings(through(query), List.of());
    }
    // each statement's day worked out once, not in every comparison
    Map<Read, LocalDate> days = new IdentityHashMap<>();
    reads.values().forEach(r -> days.put(r, r.subject().datedOn()));
    List<Read> read = new ArrayList<>(reads.values());
    read.sort(
        Comparator.comparing(
                (Read r) -> days.get(r),
                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .reversed()
            .thenComparing(r -> r.subject().key()));
    List<Standing> standings = new ArrayList<>();
    for (Read r : read) {
      Subject subject = r.subject();
      r.records()
          .decisionOf(iso3, query.asOf(), r.filter())
          .ifPresent(
              d ->
                  standings.add(
                      new Standing(
                          subject.key(),
                          subject.title(),
                          subject.kind(),
                          subject.date(),
                          d.action(),
                          d.effective(),
                          d.confidence(),
                          d.recordId())));
    }
    return new StateStandings(read.get(0).subject().through(), standings);
  }

  /**
   * The records a state's standings decide from: from memory where they are; when few statements
   * are missing, those are loaded whole (and kept, as for any report); when many are, only the
   * state's own records are read, so that a state on thousands of statements never brings all their
   * records into memory at once.
   */
  private Map<Long, StatementRecords> recordsOfState(String iso3, Map<Long, Long> versions) {
    Map<Long, StatementRecords> found = cache.cachedOf(versions);
    if (versions.size() - found.size() <= STATEMENTS_LOADED_FOR_A_STATE) {
      return cache.completed(versions, found);
    }
    Map<Long, StatementRecords> own = cache.readOfState(iso3);
    Map<Long, StatementRecords> records = new HashMap<>(found);
    for (Long statement : versions.keySet()) {
      records.computeIfAbsent(statement, s -> own.getOrDefault(s, new StatementRecords(List.of())));
    }
    return records;
  }

  /**
   * One statement of a set and its records, for analyses across statements: each state's deciding
   * record as of any day, and every change of standing, by the rule of {@link StatementRecords}.
   */
  public static final class Tracked {
    private final Read read;

    private Tracked(Read read) {
      this.read = read;
    }

    public Subject subject() {
      return read.subject();
    }

    /** How many states have a record on it that the query admits, whatever its date. */
    public int named() {
      return read.records().named(read.filter());
    }

    /** Each state's deciding record as of the day, withdrawals included, in state order. */
    public List<Decision> decisions(LocalDate asOf) {
      return read.records().decisions(asOf, read.filter());
    }

    /**
     * Every change of a state's standing, by date: {@code after} is the action it holds from that
     * day (null when a withdrawal ended its standing).
     */
    public List<Shift> shifts() {
      List<Shift> shifts = new ArrayList<>();
      for (StatementRecords.Change c : read.records().changes(read.filter())) {
        shifts.add(new Shift(c.date(), c.iso3(), c.after(), c.approx()));
      }
      return shifts;
    }
  }

  /** From {@code date}, the state holds {@code action} on a statement (null: none). */
  public record Shift(LocalDate date, String iso3, PositionAction action, boolean approximate) {}

  /** The statements of a set as recorded, with their records, and how far the data runs. */
  public record TrackedSet(Through through, List<Tracked> statements) {}

  /**
   * The statements of an issue (as recorded) with their records: one query for the statements (none
   * while nothing has been committed since the last time), at most one more for the records not in
   * memory.
   */
  public TrackedSet statementsOfIssue(String issue, StandingQuery query) {
    List<Header> headers = headersOfIssue(Statement.canonicalKey(issue), query);
    return tracked(headers, query);
  }

  /** The statements of several issues (as recorded) with their records, in one query. */
  public TrackedSet statementsOfIssues(Collection<String> issues, StandingQuery query) {
    if (issues.isEmpty()) {
      return new TrackedSet(through(query), List.of());
    }
    List<String> keys = issues.stream().map(Statement::canonicalKey).distinct().toList();
    return tracked(headers(STATEMENTS_OF_ISSUES, "issues", keys, query), query);
  }

  /** The issues of the statements a state has records on (as recorded). */
  public Set<String> issuesOfState(String iso3, StandingQuery query) {
    Set<String> issues = new TreeSet<>();
    for (Header h : headersOfState(iso3, query)) {
      if (h.subject().issue() != null) {
        issues.add(h.subject().issue());
      }
    }
    return issues;
  }

  /** The statements with these keys (as recorded), with their records; unknown keys are absent. */
  public TrackedSet statementsWithKeys(Collection<String> keys, StandingQuery query) {
    Map<String, Read> reads = read(List.copyOf(keys), query);
    List<Tracked> tracked = new ArrayList<>();
    reads.values().forEach(r -> tracked.add(new Tracked(r)));
    tracked.sort(Comparator.comparing(t -> t.subject().key()));
    Through through = tracked.isEmpty() ? through(query) : tracked.get(0).subject().through();
    return new TrackedSet(through, tracked);
  }

  private TrackedSet tracked(List<Header> headers, StandingQuery query) {
    if (headers.isEmpty()) {
      return new TrackedSet(through(query), List.of());
    }
    Map<String, Read> reads = reads(headers, query, cache::recordsOf);
    List<Tracked> tracked = new ArrayList<>();
    for (Header h : headers) {
      tracked.add(new Tracked(reads.get(h.subject().key())));
    }
    tracked.sort(Comparator.comparing(t -> t.subject().key()));
    return new TrackedSet(headers.get(0).subject().through(), tracked);
  }

  /** How far the recorded data within the query's limit runs. */
  private Through through(StandingQuery query) {
    SqlRow row =
        SqlRow.of(
                recorded(
                        nativeQuery("SELECT " + THROUGH + " FROM revision_counter WHERE id = 1"),
                        query)
                    .addScalar("through_revision", Long.class)
                    .addScalar("through_at", Instant.class))
            .getSingleResult();
    return through(row);
  }

  private static Through through(SqlRow row) {
    return new Through(row.number("through_revision"), row.instant("through_at"));
  }

  /** Binds how far the recorded data may run. */
  private static NativeQuery<?> recorded(NativeQuery<?> nq, StandingQuery query) {
    return nq.setParameter("throughRevision", query.asRecorded().throughRevision())
        .setParameter("throughTime", query.asRecorded().throughTime());
  }

  private NativeQuery<?> nativeQuery(String sql) {
    return em.createNativeQuery(sql).unwrap(NativeQuery.class);
  }
}
