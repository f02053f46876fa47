package org.signatorytracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.hibernate.query.NativeQuery;
import org.signatorytracker.common.SqlRow;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.ReportBasis.Through;
import org.signatorytracker.reports.Reports.Signatory;
import org.signatorytracker.reports.Reports.Standing;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKind;

/**
 * The one home of the as-of rule. A state's standing on a statement is decided by its eligible
 * records (not retracted, reported by {@code knownBy}, at least {@code minConfidence}, recorded
 * within {@code asRecorded}) that took effect by {@code asOf}: the one with the latest effective
 * date wins, and among records with the same effective date the one recorded last (in the later
 * revision, then the later id). SIGNED makes a signatory, WITHDREW ends it; for a vote the deciding
 * record is the vote.
 *
 * <p>Every report is one SQL query built from {@link #ELIGIBLE} and {@link #LATEST_FIRST}. A
 * statement report reads the statement itself, as recorded, in the same query ({@code statement
 * LEFT JOIN report}), so an unknown key comes back as no row at all and a statement without
 * standings as one row of nulls; the same query says how far the data it read runs. The queries
 * rely on the index {@code position_standing_idx (statement_id, iso3, effective_on)} or, for a
 * state's standings, {@code position_state_idx (iso3, statement_id)}.
 */
@ApplicationScoped
public class Standings {

  /** Revision {@code rv} is within the data the answer may read. */
  private static final String RECORDED =
      "%1$s.number <= :throughRevision AND %1$s.committed_at <= :throughTime";

  /**
   * Records the rule may read ({@code p}, joined to its revision {@code rv}): recorded within the
   * limit, public by :knownBy, confident enough, and not retracted by then.
   */
  private static final String ELIGIBLE =
      """
      p.reported_on <= :knownBy
        AND p.confidence IN (:confidences)
        AND %s
        AND NOT EXISTS (SELECT 1 FROM retraction r JOIN revision rr ON rr.id = r.revision_id
                        WHERE r.position_id = p.id AND %s)\
      """
          .formatted(RECORDED.formatted("rv"), RECORDED.formatted("rr"));

  /** Which record wins: latest effective date, then the one recorded last. */
  private static final String LATEST_FIRST = "p.effective_on DESC, rv.number DESC, p.id DESC";

  /** Actions that make a state count as supporting a statement. */
  private static final String SUPPORT = "('SIGNED', 'YES')";

  /** Records of the statement(s) with the key bound to :key. */
  private static final String OF_STATEMENT =
      "p.statement_id IN (SELECT k.statement_id FROM statement_version k"
          + " WHERE k.statement_key = :key)";

  /** How far the recorded data within the limit runs, as columns of a one-row select. */
  private static final String THROUGH =
      """
      (SELECT MAX(x.number) FROM revision x WHERE %1$s) AS through_revision,
      (SELECT MAX(x.committed_at) FROM revision x WHERE %1$s) AS through_at\
      """
          .formatted(RECORDED.formatted("x"));

  /** The statement columns every statement report starts with. */
  private static final String HEADER =
      "st.statement_id AS statement_id, st.statement_key AS statement_key, st.kind AS kind,"
          + " st.dated_text AS dated_text, st.through_revision AS through_revision,"
          + " st.through_at AS through_at";

  @Inject EntityManager em;

  /** The statement a report is about, as read (and recorded) in the report's own query. */
  public record Subject(
      long id, String key, StatementKind kind, UncertainDate date, Through through) {}

  /** A statement report: its statement and its rows. */
  public record Answer<T>(Subject statement, List<T> rows) {}

  /**
   * The statement with the key bound to {@code keyParameter}, as recorded, with how far the data
   * runs.
   */
  private static String statementAsRecorded(String keyParameter) {
    return statementsAsRecorded("v.statement_key = :" + keyParameter, THROUGH);
  }

  /**
   * Statements as recorded, one row each: the latest version within the limit, unless it marks the
   * statement deleted. {@code condition} selects among them (on {@code v}); {@code extra} adds
   * columns.
   */
  private static String statementsAsRecorded(String condition, String extra) {
    return """
    SELECT v.statement_id, v.statement_key, v.title, v.kind, v.dated_on,
           v.dated_text, %3$s
    FROM statement_version v JOIN revision vr ON vr.id = v.revision_id
    WHERE %1$s AND %2$s AND v.deleted = FALSE
      AND NOT EXISTS (SELECT 1 FROM statement_version w JOIN revision wr ON wr.id = w.revision_id
                      WHERE w.statement_id = v.statement_id AND wr.number > vr.number AND %4$s)
    """
        .formatted(condition, RECORDED.formatted("vr"), extra, RECORDED.formatted("wr"));
  }

  /**
   * Each (statement, state) pair's records in the order the rule reads them; {@code rn = 1} is the
   * deciding record as of {@code :asOf}.
   */
  private static String ranked(String scope) {
    return """
    SELECT p.id, p.statement_id, p.iso3, p.action, p.effective_on, p.effective_text,
           p.confidence,
           ROW_NUMBER() OVER (PARTITION BY p.statement_id, p.iso3 ORDER BY %s) AS rn
    FROM position_record p JOIN revision rv ON rv.id = p.revision_id
    WHERE %s AND p.effective_on <= :asOf AND %s
    """
        .formatted(LATEST_FIRST, scope, ELIGIBLE);
  }

  /**
   * Who stands on the statement as of the query: signatories of a letter, or every state's vote.
   * Empty when there is no statement with that key (as recorded).
   *
   * <pre>
   * SELECT statement, h.* FROM (statement as recorded) st LEFT JOIN
   *   (SELECT … FROM (ranked records) d JOIN state WHERE rn = 1 AND action &lt;&gt; 'WITHDREW') h
   * </pre>
   */
  public Optional<Answer<Signatory>> holdersOf(String key, StandingQuery query) {
    String sql =
        """
        SELECT %s, h.iso3 AS iso3, h.name AS name, h.regional_group AS regional_group,
               h.action AS action, h.effective_text AS effective_text,
               h.confidence AS confidence, h.id AS id,
               CASE WHEN st.dated_on IS NOT NULL AND h.effective_on > st.dated_on THEN 1 ELSE 0 END
                 AS joined_later
        FROM (%s) st LEFT JOIN (
          SELECT d.statement_id, d.iso3, s.name, s.regional_group, d.action, d.effective_on,
                 d.effective_text, d.confidence, d.id
          FROM (%s) d JOIN state s ON s.iso3 = d.iso3
          WHERE d.rn = 1 AND d.action <> 'WITHDREW'
        ) h ON h.statement_id = st.statement_id
        ORDER BY h.iso3
        """
            .formatted(HEADER, statementAsRecorded("key"), ranked(OF_STATEMENT));
    NativeQuery<SqlRow> rows =
        SqlRow.of(
            withHeader(asOf(sql, query).setParameter("key", Statement.canonicalKey(key)))
                .addScalar("iso3", String.class)
                .addScalar("name", String.class)
                .addScalar("regional_group", String.class)
                .addScalar("action", String.class)
                .addScalar("effective_text", String.class)
                .addScalar("confidence", String.class)
                .addScalar("id", Long.class)
                .addScalar("joined_later", Integer.class));
    return answer(
        rows.getResultList(),
        "iso3",
        (subject, r) ->
            new Signatory(
                r.text("iso3"),
                r.text("name"),
                r.text("regional_group"),
                r.enumValue("action", PositionAction.class),
                UncertainDate.parse(r.text("effective_text")),
                r.enumValue("confidence", Confidence.class),
                r.number("id"),
                subject.kind().isVote() ? null : r.integer("joined_later") == 1));
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
   *
   * <pre>
   * SELECT statement, group, action, joined later, COUNT(*) FROM (statement as recorded) st
   *   LEFT JOIN (ranked records, rn = 1, not withdrawn, with their state's group) c GROUP BY …
   * </pre>
   */
  public Optional<Answer<GroupCount>> countsOf(String key, StandingQuery query, Grouping grouping) {
    String sql =
        """
        SELECT x.statement_id AS statement_id, x.statement_key AS statement_key, x.kind AS kind,
               x.dated_text AS dated_text,
               x.through_revision AS through_revision, x.through_at AS through_at,
               x.grp AS grp, x.action AS action, x.joined_later AS joined_later,
               COUNT(x.action) AS n
        FROM (
          SELECT st.statement_id, st.statement_key, st.kind, st.dated_text,
                 st.through_revision, st.through_at, c.grp, c.action,
                 CASE WHEN st.dated_on IS NOT NULL AND c.effective_on > st.dated_on THEN 1 ELSE 0
                 END AS joined_later
          FROM (%2$s) st LEFT JOIN (
            SELECT d.statement_id, s.%1$s AS grp, d.action, d.effective_on
            FROM (%3$s) d JOIN state s ON s.iso3 = d.iso3
            WHERE d.rn = 1 AND d.action <> 'WITHDREW'
          ) c ON c.statement_id = st.statement_id
        ) x
        GROUP BY x.statement_id, x.statement_key, x.kind, x.dated_text, x.through_revision,
                 x.through_at, x.grp, x.action, x.joined_later
        """
            .formatted(grouping.column, statementAsRecorded("key"), ranked(OF_STATEMENT));
    NativeQuery<SqlRow> rows =
        SqlRow.of(
            withHeader(asOf(sql, query).setParameter("key", Statement.canonicalKey(key)))
                .addScalar("grp", String.class)
                .addScalar("action", String.class)
                .addScalar("joined_later", Integer.class)
                .addScalar("n", Long.class));
    return answer(
        rows.getResultList(),
        "action",
        (subject, r) ->
            new GroupCount(
                r.text("grp"),
                r.enumValue("action", PositionAction.class),
                r.integer("joined_later") == 1,
                r.number("n")));
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
   *
   * <p>Each state's winning record per effective date (the same ordering as the as-of rule) is
   * compared with its previous one ({@code LAG}); days with a difference are summed per date and
   * accumulated with {@code SUM() OVER (ORDER BY date)}.
   */
  public Optional<Answer<Change>> changesOf(String key, StandingQuery query) {
    String sql =
        """
        SELECT %4$s, t.change_date AS change_date, t.joined AS joined, t.withdrew AS withdrew,
               t.supporting AS supporting, t.yes_total AS yes_total, t.no_total AS no_total,
               t.abstain_total AS abstain_total, t.not_voting_total AS not_voting_total,
               t.approximate AS approximate
        FROM (%6$s) st LEFT JOIN (
          SELECT g.change_date, g.joined, g.withdrew, g.approximate,
                 SUM(g.joined - g.withdrew) OVER (ORDER BY g.change_date) AS supporting,
                 SUM(g.yes_delta) OVER (ORDER BY g.change_date) AS yes_total,
                 SUM(g.no_delta) OVER (ORDER BY g.change_date) AS no_total,
                 SUM(g.abstain_delta) OVER (ORDER BY g.change_date) AS abstain_total,
                 SUM(g.not_voting_delta) OVER (ORDER BY g.change_date) AS not_voting_total
          FROM (
            SELECT c.effective_on AS change_date,
                   SUM(CASE WHEN c.supports = 1 AND c.supported = 0 THEN 1 ELSE 0 END) AS joined,
                   SUM(CASE WHEN c.supports = 0 AND c.supported = 1 THEN 1 ELSE 0 END) AS withdrew,
                   SUM(CASE WHEN c.standing = 'YES' THEN 1 ELSE 0 END)
                     - SUM(CASE WHEN c.previous = 'YES' THEN 1 ELSE 0 END) AS yes_delta,
                   SUM(CASE WHEN c.standing = 'NO' THEN 1 ELSE 0 END)
                     - SUM(CASE WHEN c.previous = 'NO' THEN 1 ELSE 0 END) AS no_delta,
                   SUM(CASE WHEN c.standing = 'ABSTAIN' THEN 1 ELSE 0 END)
                     - SUM(CASE WHEN c.previous = 'ABSTAIN' THEN 1 ELSE 0 END) AS abstain_delta,
                   SUM(CASE WHEN c.standing = 'NOT_VOTING' THEN 1 ELSE 0 END)
                     - SUM(CASE WHEN c.previous = 'NOT_VOTING' THEN 1 ELSE 0 END)
                     AS not_voting_delta,
                   MAX(c.approximate) AS approximate
            FROM (
              SELECT x.effective_on, x.standing, x.previous, x.approximate,
                     CASE WHEN x.standing IN %1$s THEN 1 ELSE 0 END AS supports,
                     CASE WHEN x.previous IN %1$s THEN 1 ELSE 0 END AS supported
              FROM (
                SELECT w.effective_on, w.standing, w.approximate,
                       LAG(w.standing) OVER (PARTITION BY w.iso3 ORDER BY w.effective_on)
                         AS previous
                FROM (
                  SELECT p.iso3, p.effective_on,
                         CASE WHEN p.action = 'WITHDREW' THEN NULL ELSE p.action END AS standing,
                         CASE WHEN p.effective_earliest = p.effective_on THEN 0 ELSE 1 END
                           AS approximate,
                         ROW_NUMBER() OVER (PARTITION BY p.iso3, p.effective_on ORDER BY %2$s)
                           AS rn
                  FROM position_record p JOIN revision rv ON rv.id = p.revision_id
                  WHERE %5$s AND %3$s
                ) w
                WHERE w.rn = 1
              ) x
              WHERE x.standing IS DISTINCT FROM x.previous
            ) c
            GROUP BY c.effective_on
          ) g
        ) t ON 1 = 1
        ORDER BY t.change_date
        """
            .formatted(
                SUPPORT, LATEST_FIRST, ELIGIBLE, HEADER, OF_STATEMENT, statementAsRecorded("key"));
    NativeQuery<SqlRow> rows =
        SqlRow.of(
            withHeader(
                    recorded(nativeQuery(sql), query)
                        .setParameter("key", Statement.canonicalKey(key))
                        .setParameter("knownBy", query.knownByOrUnlimited())
                        .setParameter("confidences", names(query.minConfidence())))
                .addScalar("change_date", LocalDate.class)
                .addScalar("joined", Long.class)
                .addScalar("withdrew", Long.class)
                .addScalar("supporting", Long.class)
                .addScalar("yes_total", Long.class)
                .addScalar("no_total", Long.class)
                .addScalar("abstain_total", Long.class)
                .addScalar("not_voting_total", Long.class)
                .addScalar("approximate", Integer.class));
    return answer(
        rows.getResultList(),
        "change_date",
        (subject, r) ->
            new Change(
                r.date("change_date"),
                r.number("joined"),
                r.number("withdrew"),
                r.number("supporting"),
                Map.of(
                    PositionAction.YES, r.number("yes_total"),
                    PositionAction.NO, r.number("no_total"),
                    PositionAction.ABSTAIN, r.number("abstain_total"),
                    PositionAction.NOT_VOTING, r.number("not_voting_total")),
                r.integer("approximate") == 1));
  }

  /** Whether a state supports statement a, b, or both. */
  public record Overlap(String iso3, boolean inA, boolean inB) {}

  /** The states supporting either of two statements, and how far the data runs. */
  public record Overlaps(Through through, List<Overlap> states) {}

  /**
   * The states supporting either of two statements (signatories, or yes votes), with which. Empty
   * when either key names no statement (as recorded).
   *
   * <pre>
   * SELECT a, b, o.* FROM (a as recorded) sa, (b as recorded) sb LEFT JOIN
   *   (SELECT iso3, MAX(in a), MAX(in b) FROM (ranked records of both) … GROUP BY iso3) o
   * </pre>
   */
  public Optional<Overlaps> overlapOf(String keyA, String keyB, StandingQuery query) {
    String sql =
        """
        SELECT sa.through_revision AS through_revision, sa.through_at AS through_at,
               o.iso3 AS iso3, o.in_a AS in_a, o.in_b AS in_b
        FROM (%1$s) sa CROSS JOIN (%2$s) sb LEFT JOIN (
          SELECT d.iso3,
                 MAX(CASE WHEN d.statement_id = a.statement_id THEN 1 ELSE 0 END) AS in_a,
                 MAX(CASE WHEN d.statement_id = b.statement_id THEN 1 ELSE 0 END) AS in_b
          FROM (%3$s) d
            CROSS JOIN (SELECT DISTINCT statement_id FROM statement_version WHERE statement_key = :a) a
            CROSS JOIN (SELECT DISTINCT statement_id FROM statement_version WHERE statement_key = :b) b
          WHERE d.rn = 1 AND d.action IN %4$s
          GROUP BY d.iso3
        ) o ON 1 = 1
        ORDER BY o.iso3
        """
            .formatted(
                statementAsRecorded("a"),
                statementAsRecorded("b"),
                ranked(
                    "p.statement_id IN (SELECT k.statement_id FROM statement_version k"
                        + " WHERE k.statement_key IN (:a, :b))"),
                SUPPORT);
    List<SqlRow> rows =
        SqlRow.of(
                asOf(sql, query)
                    .setParameter("a", Statement.canonicalKey(keyA))
                    .setParameter("b", Statement.canonicalKey(keyB))
                    .addScalar("through_revision", Long.class)
                    .addScalar("through_at", Instant.class)
                    .addScalar("iso3", String.class)
                    .addScalar("in_a", Integer.class)
                    .addScalar("in_b", Integer.class))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Overlap> overlaps = new ArrayList<>();
    for (SqlRow r : rows) {
      if (r.text("iso3") != null) {
        overlaps.add(new Overlap(r.text("iso3"), r.integer("in_a") == 1, r.integer("in_b") == 1));
      }
    }
    return Optional.of(new Overlaps(through(rows.get(0)), overlaps));
  }

  /** A state's standings, and how far the data runs. */
  public record StateStandings(Through through, List<Standing> standings) {}

  /**
   * The state's standing on every statement it has an eligible record on, withdrawals included,
   * latest statement first.
   *
   * <pre>
   * SELECT through, s.* FROM (how far the data runs) h LEFT JOIN
   *   (SELECT … FROM (ranked records of one state) d JOIN (statements as recorded) WHERE rn = 1) s
   * </pre>
   */
  public StateStandings standingsOfState(String iso3, StandingQuery query) {
    // a one-row select of how far the data runs, then the standings beside it
    String sql =
        """
        SELECT h.through_revision AS through_revision, h.through_at AS through_at,
               s.statement_key AS statement_key, s.title AS title, s.kind AS kind,
               s.dated_text AS dated_text, s.action AS action, s.effective_text AS effective_text,
               s.confidence AS confidence, s.id AS id
        FROM (SELECT %1$s FROM revision_counter WHERE id = 1) h LEFT JOIN (
          SELECT st.statement_key, st.title, st.kind, st.dated_on, st.dated_text, d.action,
                 d.effective_text, d.confidence, d.id
          FROM (%2$s) d JOIN (%3$s) st ON st.statement_id = d.statement_id
          WHERE d.rn = 1
        ) s ON 1 = 1
        ORDER BY s.dated_on DESC NULLS LAST, s.statement_key
        """
            .formatted(THROUGH, ranked("p.iso3 = :iso3"), statementsAsRecorded("1 = 1", "v.id"));
    List<SqlRow> rows =
        SqlRow.of(
                asOf(sql, query)
                    .setParameter("iso3", iso3)
                    .addScalar("through_revision", Long.class)
                    .addScalar("through_at", Instant.class)
                    .addScalar("statement_key", String.class)
                    .addScalar("title", String.class)
                    .addScalar("kind", String.class)
                    .addScalar("dated_text", String.class)
                    .addScalar("action", String.class)
                    .addScalar("effective_text", String.class)
                    .addScalar("confidence", String.class)
                    .addScalar("id", Long.class))
            .getResultList();
    List<Standing> standings = new ArrayList<>();
    for (SqlRow r : rows) {
      if (r.text("statement_key") != null) {
        standings.add(
            new Standing(
                r.text("statement_key"),
                r.text("title"),
                r.enumValue("kind", StatementKind.class),
                UncertainDate.parseNullable(r.text("dated_text")),
                r.enumValue("action", PositionAction.class),
                UncertainDate.parse(r.text("effective_text")),
                r.enumValue("confidence", Confidence.class),
                r.number("id")));
      }
    }
    return new StateStandings(through(rows.get(0)), standings);
  }

  /**
   * Splits a statement report's rows into the statement and its rows; the LEFT JOIN leaves a single
   * row with a null in {@code presence} when the statement has nothing to report.
   */
  private <T> Optional<Answer<T>> answer(
      List<SqlRow> rows, String presence, BiFunction<Subject, SqlRow, T> mapper) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    SqlRow first = rows.get(0);
    Subject subject =
        new Subject(
            first.number("statement_id"),
            first.text("statement_key"),
            first.enumValue("kind", StatementKind.class),
            UncertainDate.parseNullable(first.text("dated_text")),
            through(first));
    List<T> mapped = new ArrayList<>(rows.size());
    for (SqlRow row : rows) {
      if (row.get(presence) != null) {
        mapped.add(mapper.apply(subject, row));
      }
    }
    return Optional.of(new Answer<>(subject, mapped));
  }

  private static Through through(SqlRow row) {
    return new Through(row.number("through_revision"), row.instant("through_at"));
  }

  private static NativeQuery<?> withHeader(NativeQuery<?> nq) {
    return nq.addScalar("statement_id", Long.class)
        .addScalar("statement_key", String.class)
        .addScalar("kind", String.class)
        .addScalar("dated_text", String.class)
        .addScalar("through_revision", Long.class)
        .addScalar("through_at", Instant.class);
  }

  /** A native query with the parameters every as-of query takes already bound. */
  private NativeQuery<?> asOf(String sql, StandingQuery query) {
    return recorded(nativeQuery(sql), query)
        .setParameter("asOf", query.asOf())
        .setParameter("knownBy", query.knownByOrUnlimited())
        .setParameter("confidences", names(query.minConfidence()));
  }

  /** Binds how far the recorded data may run. */
  private static NativeQuery<?> recorded(NativeQuery<?> nq, StandingQuery query) {
    return nq.setParameter("throughRevision", query.asRecorded().throughRevision())
        .setParameter("throughTime", query.asRecorded().throughTime());
  }

  private NativeQuery<?> nativeQuery(String sql) {
    return em.createNativeQuery(sql).unwrap(NativeQuery.class);
  }

  private static List<String> names(Confidence minConfidence) {
    return minConfidence.andStronger().stream().map(Enum::name).toList();
  }
}
