package org.signatorytracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.query.NativeQuery;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.Reports.Signatory;
import org.signatorytracker.reports.Reports.Standing;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKind;

/**
 * The one home of the as-of rule. A state's standing on a statement is decided by its eligible
 * records (not retracted, reported by {@code knownBy}, at least {@code minConfidence}) that took
 * effect by {@code asOf}: the one with the latest effective date wins, and among records with the
 * same effective date the one recorded last. SIGNED makes a signatory, WITHDREW ends it; for a vote
 * the deciding record is the vote.
 *
 * <p>Every report is one SQL query built from {@link #ELIGIBLE} and {@link #LATEST_FIRST}. A
 * statement report reads the statement itself in the same query ({@code statement LEFT JOIN
 * report}), so an unknown key comes back as no row at all and a statement without standings as one
 * row of nulls. The queries rely on the index {@code position_standing_idx (statement_id, iso3,
 * effective_on)} or, for a state's standings, {@code position_state_idx (iso3, statement_id)}.
 */
@ApplicationScoped
public class Standings {

  /** Records the rule may read: not retracted, public by :knownBy, confident enough. */
  private static final String ELIGIBLE =
      """
      p.reported_on <= :knownBy
        AND p.confidence IN (:confidences)
        AND NOT EXISTS (SELECT 1 FROM retraction r WHERE r.position_id = p.id)""";

  /** Which record wins: latest effective date, then the one recorded last. */
  private static final String LATEST_FIRST = "p.effective_on DESC, p.recorded_at DESC, p.id DESC";

  /** Actions that make a state count as supporting a statement. */
  private static final String SUPPORT = "('SIGNED', 'YES')";

  /** Records of the statement named by :key. */
  private static final String OF_STATEMENT =
      "p.statement_id IN (SELECT k.id FROM statement k WHERE k.statement_key = :key)";

  /** The statement columns every statement report starts with. */
  private static final String HEADER =
      "st.statement_key AS statement_key, st.kind AS kind, st.reported_count AS reported_count";

  @Inject EntityManager em;

  /** The statement a report is about, as read in the report's own query. */
  public record Subject(String key, StatementKind kind, Integer reportedCount) {}

  /** A statement report: its statement and its rows. */
  public record Answer<T>(Subject statement, List<T> rows) {}

  /**
   * Each (statement, state) pair's records in the order the rule reads them; {@code rn = 1} is the
   * deciding record as of {@code :asOf}.
   */
  private static String ranked(String scope) {
    return """
        SELECT p.id, p.statement_id, p.iso3, p.action, p.effective_on, p.effective_text,
               p.confidence,
               ROW_NUMBER() OVER (PARTITION BY p.statement_id, p.iso3 ORDER BY %s) AS rn
        FROM position_record p
        WHERE %s AND p.effective_on <= :asOf AND %s
        """
        .formatted(LATEST_FIRST, scope, ELIGIBLE);
  }

  /**
   * Who stands on the statement as of the query: signatories of a letter, or every state's vote.
   * Empty when there is no statement with that key.
   *
   * <pre>
   * SELECT statement, h.* FROM statement LEFT JOIN
   *   (SELECT … FROM (ranked records) d JOIN state WHERE rn = 1 AND action &lt;&gt; 'WITHDREW') h
   * </pre>
   */
  public Optional<Answer<Signatory>> holdersOf(String key, StandingQuery query) {
    String sql =
        """
        SELECT %s, h.iso3 AS iso3, h.name AS name, h.regional_group AS regional_group,
               h.action AS action, h.effective_on AS effective_on,
               h.effective_text AS effective_text, h.confidence AS confidence,
               h.id AS id
        FROM statement st LEFT JOIN (
          SELECT d.statement_id, d.iso3, s.name, s.regional_group, d.action, d.effective_on,
                 d.effective_text, d.confidence, d.id
          FROM (%s) d JOIN state s ON s.iso3 = d.iso3
          WHERE d.rn = 1 AND d.action <> 'WITHDREW'
        ) h ON h.statement_id = st.id
        WHERE st.statement_key = :key
        ORDER BY h.iso3
        """
            .formatted(HEADER, ranked(OF_STATEMENT));
    NativeQuery<Object[]> nq =
        withHeader(asOf(sql, query).setParameter("key", Statement.canonicalKey(key)))
            .addScalar("iso3", String.class)
            .addScalar("name", String.class)
            .addScalar("regional_group", String.class)
            .addScalar("action", String.class)
            .addScalar("effective_on", LocalDate.class)
            .addScalar("effective_text", String.class)
            .addScalar("confidence", String.class)
            .addScalar("id", Long.class);
    return answer(
        nq.getResultList(),
        r ->
            new Signatory(
                (String) r[3],
                (String) r[4],
                (String) r[5],
                PositionAction.valueOf((String) r[6]),
                UncertainDate.parse((String) r[8]),
                Confidence.valueOf((String) r[9]),
                (Long) r[10]));
  }

  /** One cell of a count: how many states of a group (null: none) hold an action. */
  public record GroupCount(String group, PositionAction action, long count) {}

  /**
   * How many states hold each action, per group of the chosen grouping. Empty when there is no
   * statement with that key.
   *
   * <pre>
   * SELECT statement, c.* FROM statement LEFT JOIN
   *   (SELECT group, action, COUNT(*) FROM (ranked records) d JOIN state … GROUP BY …) c
   * </pre>
   */
  public Optional<Answer<GroupCount>> countsOf(String key, StandingQuery query, Grouping grouping) {
    String sql =
        """
        SELECT %1$s, c.grp AS grp, c.action AS action, c.n AS n
        FROM statement st LEFT JOIN (
          SELECT d.statement_id, s.%2$s AS grp, d.action, COUNT(*) AS n
          FROM (%3$s) d JOIN state s ON s.iso3 = d.iso3
          WHERE d.rn = 1 AND d.action <> 'WITHDREW'
          GROUP BY d.statement_id, s.%2$s, d.action
        ) c ON c.statement_id = st.id
        WHERE st.statement_key = :key
        """
            .formatted(HEADER, grouping.column, ranked(OF_STATEMENT));
    NativeQuery<Object[]> nq =
        withHeader(asOf(sql, query).setParameter("key", Statement.canonicalKey(key)))
            .addScalar("grp", String.class)
            .addScalar("action", String.class)
            .addScalar("n", Long.class);
    return answer(
        nq.getResultList(),
        r -> new GroupCount((String) r[3], PositionAction.valueOf((String) r[4]), (Long) r[5]),
        5);
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
   * statement with that key.
   *
   * <p>Each state's winning record per effective date (the same ordering as the as-of rule) is
   * compared with its previous one ({@code LAG}); days with a difference are summed per date and
   * accumulated with {@code SUM() OVER (ORDER BY date)}.
   */
  public Optional<Answer<Change>> changesOf(
      String key, LocalDate knownBy, Confidence minConfidence) {
    String sql =
        """
        SELECT %4$s, t.change_date AS change_date, t.joined AS joined, t.withdrew AS withdrew,
               t.supporting AS supporting, t.yes_total AS yes_total, t.no_total AS no_total,
               t.abstain_total AS abstain_total, t.not_voting_total AS not_voting_total,
               t.approximate AS approximate
        FROM statement st LEFT JOIN (
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
                         CASE WHEN p.effective_earliest = p.effective_on THEN 0 ELSE 1 END AS approximate,
                         ROW_NUMBER() OVER (PARTITION BY p.iso3, p.effective_on ORDER BY %2$s)
                           AS rn
                  FROM position_record p
                  WHERE %5$s AND %3$s
                ) w
                WHERE w.rn = 1
              ) x
              WHERE x.standing IS DISTINCT FROM x.previous
            ) c
            GROUP BY c.effective_on
          ) g
        ) t ON 1 = 1
        WHERE st.statement_key = :key
        ORDER BY t.change_date
        """
            .formatted(SUPPORT, LATEST_FIRST, ELIGIBLE, HEADER, OF_STATEMENT);
    NativeQuery<Object[]> nq =
        withHeader(
                nativeQuery(sql)
                    .setParameter("key", Statement.canonicalKey(key))
                    .setParameter("knownBy", knownBy == null ? StandingQuery.UNLIMITED : knownBy)
                    .setParameter("confidences", names(minConfidence)))
            .addScalar("change_date", LocalDate.class)
            .addScalar("joined", Long.class)
            .addScalar("withdrew", Long.class)
            .addScalar("supporting", Long.class)
            .addScalar("yes_total", Long.class)
            .addScalar("no_total", Long.class)
            .addScalar("abstain_total", Long.class)
            .addScalar("not_voting_total", Long.class)
            .addScalar("approximate", Integer.class);
    return answer(
        nq.getResultList(),
        r ->
            new Change(
                (LocalDate) r[3],
                (Long) r[4],
                (Long) r[5],
                (Long) r[6],
                Map.of(
                    PositionAction.YES, (Long) r[7],
                    PositionAction.NO, (Long) r[8],
                    PositionAction.ABSTAIN, (Long) r[9],
                    PositionAction.NOT_VOTING, (Long) r[10]),
                ((Integer) r[11]) == 1));
  }

  /** Whether a state supports statement a, b, or both. */
  public record Overlap(String iso3, boolean inA, boolean inB) {}

  /**
   * The states supporting either of two statements (signatories, or yes votes), with which. Empty
   * when either key names no statement.
   *
   * <pre>
   * SELECT a, b, o.* FROM statement a, statement b LEFT JOIN
   *   (SELECT iso3, MAX(in a), MAX(in b) FROM (ranked records of both) … GROUP BY iso3) o
   * </pre>
   */
  public Optional<List<Overlap>> overlapOf(String keyA, String keyB, StandingQuery query) {
    String sql =
        """
        SELECT sa.id AS a_id, o.iso3 AS iso3, o.in_a AS in_a, o.in_b AS in_b
        FROM statement sa CROSS JOIN statement sb LEFT JOIN (
          SELECT d.iso3,
                 MAX(CASE WHEN d.statement_id = a.id THEN 1 ELSE 0 END) AS in_a,
                 MAX(CASE WHEN d.statement_id = b.id THEN 1 ELSE 0 END) AS in_b
          FROM (%s) d, statement a, statement b
          WHERE d.rn = 1 AND d.action IN %s AND a.statement_key = :a AND b.statement_key = :b
          GROUP BY d.iso3
        ) o ON 1 = 1
        WHERE sa.statement_key = :a AND sb.statement_key = :b
        ORDER BY o.iso3
        """
            .formatted(
                ranked(
                    "p.statement_id IN (SELECT k.id FROM statement k"
                        + " WHERE k.statement_key IN (:a, :b))"),
                SUPPORT);
    List<Object[]> rows =
        asOf(sql, query)
            .setParameter("a", Statement.canonicalKey(keyA))
            .setParameter("b", Statement.canonicalKey(keyB))
            .addScalar("a_id", Long.class)
            .addScalar("iso3", String.class)
            .addScalar("in_a", Integer.class)
            .addScalar("in_b", Integer.class)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Overlap> overlaps = new ArrayList<>();
    for (Object[] r : rows) {
      if (r[1] != null) {
        overlaps.add(new Overlap((String) r[1], (Integer) r[2] == 1, (Integer) r[3] == 1));
      }
    }
    return Optional.of(overlaps);
  }

  /**
   * The state's standing on every statement it has an eligible record on, withdrawals included,
   * latest statement first.
   *
   * <pre>SELECT … FROM (ranked records of one state) d JOIN statement WHERE rn = 1</pre>
   */
  public List<Standing> standingsOfState(String iso3, StandingQuery query) {
    String sql =
        """
        SELECT st.statement_key AS statement_key, st.title AS title, st.kind AS kind,
               st.dated_on AS dated_on, st.dated_text AS dated_text,
               d.action AS action, d.effective_on AS effective_on,
               d.effective_text AS effective_text, d.confidence AS confidence,
               d.id AS id
        FROM (%s) d JOIN statement st ON st.id = d.statement_id
        WHERE d.rn = 1
        ORDER BY st.dated_on DESC NULLS LAST, st.statement_key
        """
            .formatted(ranked("p.iso3 = :iso3"));
    List<Object[]> rows =
        asOf(sql, query)
            .setParameter("iso3", iso3)
            .addScalar("statement_key", String.class)
            .addScalar("title", String.class)
            .addScalar("kind", String.class)
            .addScalar("dated_on", LocalDate.class)
            .addScalar("dated_text", String.class)
            .addScalar("action", String.class)
            .addScalar("effective_on", LocalDate.class)
            .addScalar("effective_text", String.class)
            .addScalar("confidence", String.class)
            .addScalar("id", Long.class)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Standing(
                    (String) r[0],
                    (String) r[1],
                    StatementKind.valueOf((String) r[2]),
                    UncertainDate.parseNullable((String) r[4]),
                    PositionAction.valueOf((String) r[5]),
                    UncertainDate.parse((String) r[7]),
                    Confidence.valueOf((String) r[8]),
                    (Long) r[9]))
        .toList();
  }

  private <T> Optional<Answer<T>> answer(List<Object[]> rows, Function<Object[], T> mapper) {
    return answer(rows, mapper, 3);
  }

  /**
   * Splits a statement report's rows into the statement (columns 0–2) and its rows; the LEFT JOIN
   * leaves a single row with a null in {@code presence} when the statement has nothing to report.
   */
  private <T> Optional<Answer<T>> answer(
      List<Object[]> rows, Function<Object[], T> mapper, int presence) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] first = rows.get(0);
    Subject subject =
        new Subject(
            (String) first[0], StatementKind.valueOf((String) first[1]), (Integer) first[2]);
    List<T> mapped = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      if (row[presence] != null) {
        mapped.add(mapper.apply(row));
      }
    }
    return Optional.of(new Answer<>(subject, mapped));
  }

  private static NativeQuery<Object[]> withHeader(NativeQuery<Object[]> nq) {
    return nq.addScalar("statement_key", String.class)
        .addScalar("kind", String.class)
        .addScalar("reported_count", Integer.class);
  }

  /** A native query with the three parameters every as-of query takes already bound. */
  private NativeQuery<Object[]> asOf(String sql, StandingQuery query) {
    return nativeQuery(sql)
        .setParameter("asOf", query.asOf())
        .setParameter("knownBy", query.knownByOrUnlimited())
        .setParameter("confidences", names(query.minConfidence()));
  }

  @SuppressWarnings("unchecked")
  private NativeQuery<Object[]> nativeQuery(String sql) {
    return em.createNativeQuery(sql).unwrap(NativeQuery.class);
  }

  private static List<String> names(Confidence minConfidence) {
    return minConfidence.andStronger().stream().map(Enum::name).toList();
  }
}
