package org.signatorytracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.Reports.Signatory;
import org.signatorytracker.reports.Reports.Standing;
import org.signatorytracker.statements.StatementKind;

/**
 * The one home of the as-of rule. A state's standing on a statement is decided by its eligible
 * records (not retracted, reported by {@code knownBy}, at least {@code minConfidence}) that took
 * effect by {@code asOf}: the one with the latest effective date wins, and among records with the
 * same effective date the one recorded last. SIGNED makes a signatory, WITHDREW ends it; for a vote
 * the deciding record is the vote.
 *
 * <p>Every report is one SQL query built from {@link #ELIGIBLE} and {@link #LATEST_FIRST}; each
 * relies on the index {@code position_standing_idx (statement_id, iso3, effective_on)} or, for a
 * state's standings, {@code position_state_idx (iso3, statement_id)}.
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

  @Inject EntityManager em;

  /**
   * Each (statement, state) pair's records in the order the rule reads them; {@code rn = 1} is the
   * deciding record as of {@code :asOf}.
   */
  private static String ranked(String scope) {
    return """
        SELECT p.id, p.statement_id, p.iso3, p.action, p.effective_on, p.effective_precision,
               p.confidence,
               ROW_NUMBER() OVER (PARTITION BY p.statement_id, p.iso3 ORDER BY %s) AS rn
        FROM position_record p
        WHERE %s AND p.effective_on <= :asOf AND %s
        """
        .formatted(LATEST_FIRST, scope, ELIGIBLE);
  }

  /**
   * Who stands on the statement as of the query: signatories of a letter, or every state's vote.
   *
   * <pre>SELECT … FROM (ranked records) d JOIN state WHERE rn = 1 AND action &lt;&gt; 'WITHDREW'
   * </pre>
   */
  public List<Signatory> holdersOf(long statementId, StandingQuery query) {
    String sql =
        """
        SELECT d.iso3 AS iso3, s.name AS name, s.regional_group AS regional_group,
               d.action AS action,
               d.effective_on AS effective_on, d.effective_precision AS effective_precision,
               d.confidence AS confidence, d.id AS id
        FROM (%s) d JOIN state s ON s.iso3 = d.iso3
        WHERE d.rn = 1 AND d.action <> 'WITHDREW'
        ORDER BY d.iso3
        """
            .formatted(ranked("p.statement_id = :statementId"));
    List<Object[]> rows =
        native_(sql, query)
            .setParameter("statementId", statementId)
            .addScalar("iso3", String.class)
            .addScalar("name", String.class)
            .addScalar("regional_group", String.class)
            .addScalar("action", String.class)
            .addScalar("effective_on", LocalDate.class)
            .addScalar("effective_precision", String.class)
            .addScalar("confidence", String.class)
            .addScalar("id", Long.class)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Signatory(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    PositionAction.valueOf((String) r[3]),
                    date((LocalDate) r[4], (String) r[5]),
                    Confidence.valueOf((String) r[6]),
                    (Long) r[7]))
        .toList();
  }

  /** One cell of a count: how many states of a group hold an action. */
  public record GroupCount(String group, PositionAction action, long count) {}

  /**
   * How many states hold each action, per group of the chosen grouping; states without a group come
   * back with a null group.
   *
   * <pre>SELECT s.group, d.action, COUNT(*) FROM (ranked records) d JOIN state … GROUP BY 1, 2
   * </pre>
   */
  public List<GroupCount> countsOf(long statementId, StandingQuery query, Grouping grouping) {
    String sql =
        """
        SELECT s.%1$s AS grp, d.action AS action, COUNT(*) AS n
        FROM (%2$s) d JOIN state s ON s.iso3 = d.iso3
        WHERE d.rn = 1 AND d.action <> 'WITHDREW'
        GROUP BY s.%1$s, d.action
        """
            .formatted(grouping.column, ranked("p.statement_id = :statementId"));
    List<Object[]> rows =
        native_(sql, query)
            .setParameter("statementId", statementId)
            .addScalar("grp", String.class)
            .addScalar("action", String.class)
            .addScalar("n", Long.class)
            .getResultList();
    return rows.stream()
        .map(r -> new GroupCount((String) r[0], PositionAction.valueOf((String) r[1]), (Long) r[2]))
        .toList();
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
   * Every change of standing over the statement's life, with running totals.
   *
   * <p>Each state's winning record per effective date (the same ordering as the as-of rule) is
   * compared with its previous one ({@code LAG}); days with a difference are summed per date and
   * accumulated with {@code SUM() OVER (ORDER BY date)}.
   */
  public List<Change> changesOf(long statementId, LocalDate knownBy, Confidence minConfidence) {
    String sql =
        """
        SELECT t.change_date AS change_date, t.joined AS joined, t.withdrew AS withdrew,
               SUM(t.joined - t.withdrew) OVER (ORDER BY t.change_date) AS supporting,
               SUM(t.yes_delta) OVER (ORDER BY t.change_date) AS yes_total,
               SUM(t.no_delta) OVER (ORDER BY t.change_date) AS no_total,
               SUM(t.abstain_delta) OVER (ORDER BY t.change_date) AS abstain_total,
               SUM(t.not_voting_delta) OVER (ORDER BY t.change_date) AS not_voting_total,
               t.approximate AS approximate
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
                   - SUM(CASE WHEN c.previous = 'NOT_VOTING' THEN 1 ELSE 0 END) AS not_voting_delta,
                 MAX(c.approximate) AS approximate
          FROM (
            SELECT x.effective_on, x.standing, x.previous, x.approximate,
                   CASE WHEN x.standing IN %1$s THEN 1 ELSE 0 END AS supports,
                   CASE WHEN x.previous IN %1$s THEN 1 ELSE 0 END AS supported
            FROM (
              SELECT w.effective_on, w.standing, w.approximate,
                     LAG(w.standing) OVER (PARTITION BY w.iso3 ORDER BY w.effective_on) AS previous
              FROM (
                SELECT p.iso3, p.effective_on,
                       CASE WHEN p.action = 'WITHDREW' THEN NULL ELSE p.action END AS standing,
                       CASE WHEN p.effective_precision = 'DAY' THEN 0 ELSE 1 END AS approximate,
                       ROW_NUMBER() OVER (PARTITION BY p.iso3, p.effective_on ORDER BY %2$s) AS rn
                FROM position_record p
                WHERE p.statement_id = :statementId AND %3$s
              ) w
              WHERE w.rn = 1
            ) x
            WHERE x.standing IS DISTINCT FROM x.previous
          ) c
          GROUP BY c.effective_on
        ) t
        ORDER BY t.change_date
        """
            .formatted(SUPPORT, LATEST_FIRST, ELIGIBLE);
    @SuppressWarnings("unchecked")
    NativeQuery<Object[]> nq = em.createNativeQuery(sql).unwrap(NativeQuery.class);
    List<Object[]> rows =
        nq.setParameter("statementId", statementId)
            .setParameter("knownBy", knownBy == null ? StandingQuery.UNLIMITED : knownBy)
            .setParameter("confidences", names(minConfidence))
            .addScalar("change_date", LocalDate.class)
            .addScalar("joined", Long.class)
            .addScalar("withdrew", Long.class)
            .addScalar("supporting", Long.class)
            .addScalar("yes_total", Long.class)
            .addScalar("no_total", Long.class)
            .addScalar("abstain_total", Long.class)
            .addScalar("not_voting_total", Long.class)
            .addScalar("approximate", Integer.class)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Change(
                    (LocalDate) r[0],
                    (Long) r[1],
                    (Long) r[2],
                    (Long) r[3],
                    Map.of(
                        PositionAction.YES, (Long) r[4],
                        PositionAction.NO, (Long) r[5],
                        PositionAction.ABSTAIN, (Long) r[6],
                        PositionAction.NOT_VOTING, (Long) r[7]),
                    ((Integer) r[8]) == 1))
        .toList();
  }

  /** Whether a state supports statement a, b, or both. */
  public record Overlap(String iso3, boolean inA, boolean inB) {}

  /**
   * The states supporting either of two statements (signatories, or yes votes), with which.
   *
   * <pre>SELECT iso3, MAX(in a), MAX(in b) FROM (ranked records of both) … GROUP BY iso3</pre>
   */
  public List<Overlap> overlapOf(long statementA, long statementB, StandingQuery query) {
    String sql =
        """
        SELECT d.iso3 AS iso3,
               MAX(CASE WHEN d.statement_id = :a THEN 1 ELSE 0 END) AS in_a,
               MAX(CASE WHEN d.statement_id = :b THEN 1 ELSE 0 END) AS in_b
        FROM (%s) d
        WHERE d.rn = 1 AND d.action IN %s
        GROUP BY d.iso3
        ORDER BY d.iso3
        """
            .formatted(ranked("p.statement_id IN (:a, :b)"), SUPPORT);
    List<Object[]> rows =
        native_(sql, query)
            .setParameter("a", statementA)
            .setParameter("b", statementB)
            .addScalar("iso3", String.class)
            .addScalar("in_a", Integer.class)
            .addScalar("in_b", Integer.class)
            .getResultList();
    return rows.stream()
        .map(r -> new Overlap((String) r[0], (Integer) r[1] == 1, (Integer) r[2] == 1))
        .toList();
  }

  /**
   * The state's standing on every statement it has an eligible record on, latest statement first.
   *
   * <pre>SELECT … FROM (ranked records of one state) d JOIN statement WHERE rn = 1</pre>
   */
  public List<Standing> standingsOfState(String iso3, StandingQuery query) {
    String sql =
        """
        SELECT st.statement_key AS statement_key, st.title AS title, st.kind AS kind,
               st.dated_on AS dated_on, st.dated_precision AS dated_precision,
               d.action AS action, d.effective_on AS effective_on,
               d.effective_precision AS effective_precision, d.confidence AS confidence,
               d.id AS id
        FROM (%s) d JOIN statement st ON st.id = d.statement_id
        WHERE d.rn = 1
        ORDER BY st.dated_on DESC NULLS LAST, st.statement_key
        """
            .formatted(ranked("p.iso3 = :iso3"));
    List<Object[]> rows =
        native_(sql, query)
            .setParameter("iso3", iso3)
            .addScalar("statement_key", String.class)
            .addScalar("title", String.class)
            .addScalar("kind", String.class)
            .addScalar("dated_on", LocalDate.class)
            .addScalar("dated_precision", String.class)
            .addScalar("action", String.class)
            .addScalar("effective_on", LocalDate.class)
            .addScalar("effective_precision", String.class)
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
                    r[3] == null ? null : date((LocalDate) r[3], (String) r[4]),
                    PositionAction.valueOf((String) r[5]),
                    date((LocalDate) r[6], (String) r[7]),
                    Confidence.valueOf((String) r[8]),
                    (Long) r[9]))
        .toList();
  }

  /** A native query with the three parameters every as-of query takes already bound. */
  @SuppressWarnings("unchecked")
  private NativeQuery<Object[]> native_(String sql, StandingQuery query) {
    NativeQuery<Object[]> nq = em.createNativeQuery(sql).unwrap(NativeQuery.class);
    nq.setParameter("asOf", query.asOf());
    nq.setParameter("knownBy", query.knownByOrUnlimited());
    nq.setParameter("confidences", names(query.minConfidence()));
    return nq;
  }

  private static PartialDate date(LocalDate lastDay, String precision) {
    return PartialDate.of(lastDay, PartialDate.Precision.valueOf(precision));
  }

  private static List<String> names(Confidence minConfidence) {
    return minConfidence.andStronger().stream().map(Enum::name).toList();
  }
}
