package org.signatorytracker.positions;

import static java.util.stream.Collectors.joining;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.signatorytracker.common.RecordOrder;

/**
 * The read model positions offers the as-of engine: every committed record of some statements (or
 * of one state), with the numbers of the revisions that wrote and retracted it, in one query and in
 * {@link #RULE_ORDER}, the order the engine's rule reads them in.
 */
@ApplicationScoped
public class CommittedRecords {

  /**
   * The revision a record counts from: the one that wrote it or, for a proposal, the one that
   * confirmed it (a pending proposal, read only to preview it, counts from the one that wrote it).
   */
  private static final String COUNTS_FROM = "COALESCE(wv.number, rv.number)";

  /**
   * The order the rule reads records in: by statement, state, effective date (its last day), the
   * revision it counts from, then id. The engine checks that what it is given keeps it.
   */
  public static final String RULE_ORDER =
      "p.statement_id, p.iso3, " + RecordOrder.sql("p.effective_on", COUNTS_FROM, "p.id", false);

  /** The ids of the statements a state ({@code :iso3}) has records on, as a subquery. */
  public static final String STATEMENTS_OF_STATE =
      "SELECT p.statement_id FROM position_record p WHERE p.iso3 = :iso3";

  /** The ids of the statements a state ({@code :iso3}) has records on, each once. */
  public static final String STATEMENT_IDS_OF_STATE =
      "SELECT DISTINCT p.statement_id FROM position_record p WHERE p.iso3 = :iso3";

  /** One committed record, as the rule reads it. */
  public record Row(
      String iso3,
      PositionAction action,
      PositionRole role,
      LocalDate effectiveOn,
      LocalDate effectiveEarliest,
      String effectiveText,
      LocalDate reportedOn,
      Confidence confidence,
      boolean anonymousOnly,
      long revision,
      Long retractedIn,
      long id) {}

  /** The columns of a record the rule reads ({@code p} joined to its revisions). */
  private static final String COLUMNS =
      """
      p.statement_id AS statement_id, p.iso3 AS iso3, p.action AS action, p.role AS role,
      p.effective_on AS effective_on, p.effective_earliest AS effective_earliest,
      p.effective_text AS effective_text, p.reported_on AS reported_on,
      p.confidence AS confidence, p.anonymous_only AS anonymous_only, %s AS revision, rr.number AS retracted_in, p.id AS id\
      """
          .formatted(COUNTS_FROM);

  /**
   * Position records ({@code p}) with the numbers of the revisions that wrote, confirmed and
   * retracted them.
   */
  private static final String RECORDS =
      """
      position_record p JOIN revision rv ON rv.id = p.revision_id
        LEFT JOIN record_review w ON w.position_id = p.id
        LEFT JOIN revision wv ON wv.id = w.revision_id
        LEFT JOIN retraction r ON r.position_id = p.id
        LEFT JOIN revision rr ON rr.id = r.revision_id\
      """;

  /** Records that count: committed, and not a proposal unless confirmed. */
  private static final String IN_FORCE =
      "rv.number IS NOT NULL AND (p.proposed = FALSE OR w.confirmed = TRUE)";

  /** Records a preview of the proposals counts: also those still pending, never the rejected. */
  private static final String IN_FORCE_OR_PENDING =
      "rv.number IS NOT NULL AND (w.confirmed IS NULL OR w.confirmed = TRUE)";

  /** Records that meet a condition ({@code %s}) and count, in the rule's order. */
  private static final String SELECT =
      "SELECT %s FROM %s WHERE %%s AND %s ORDER BY %s"
          .formatted(COLUMNS, RECORDS, IN_FORCE, RULE_ORDER);

  /**
   * The same, pending proposals included: what confirming every proposal would count. A record with
   * a retraction waiting is retracted from that proposal's revision on.
   */
  private static final String SELECT_WITH_PROPOSALS =
      "SELECT %s FROM %s WHERE %%s AND %s ORDER BY %s"
          .formatted(
              COLUMNS.replace(
                  "rr.number AS retracted_in",
                  "COALESCE(rr.number, (SELECT MIN(xv.number) FROM retraction_proposal x"
                      + " JOIN revision xv ON xv.id = x.revision_id"
                      + " WHERE x.position_id = p.id AND x.confirmed IS NULL)) AS retracted_in"),
              RECORDS,
              IN_FORCE_OR_PENDING,
              RULE_ORDER);

  /** Every committed record of one state ({@code ?}), in the rule's order. */
  private static final String OF_STATE = SELECT.formatted("p.iso3 = ?");

  @Inject EntityManager em;

  /** Every committed record of these statements, by statement id, each list in the rule's order. */
  public Map<Long, List<Row>> ofStatements(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return read(SELECT.formatted("p.statement_id IN (" + numbers(ids) + ")"), null);
  }

  /**
   * What {@link #ofStatements} would read if every pending proposal were confirmed now: a preview,
   * never cached.
   */
  public Map<Long, List<Row>> ofStatementsWithProposals(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return read(SELECT_WITH_PROPOSALS.formatted("p.statement_id IN (" + numbers(ids) + ")"), null);
  }

  /**
   * Every committed record of one state on these statements, by statement id, each list in the
   * rule's order; with {@code proposals}, pending proposals too.
   */
  public Map<Long, List<Row>> ofState(String iso3, Collection<Long> statements, boolean proposals) {
    if (statements.isEmpty()) {
      return Map.of();
    }
    return read(
        (proposals ? SELECT_WITH_PROPOSALS : SELECT)
            .formatted("p.iso3 = ? AND p.statement_id IN (" + numbers(statements) + ")"),
        iso3);
  }

  /** Every committed record of one state, by statement id, each list in the rule's order. */
  public Map<Long, List<Row>> ofState(String iso3) {
    return read(OF_STATE, iso3);
  }

  /**
   * Statement ids written into a query's text as numbers, not parameters: H2 can use a list of
   * parameters neither on an index's second column nor as a set, and tests each row against each
   * parameter in turn (984 statements of one state at 200,000 records: 230 ms with parameters, 17
   * ms with the numbers written in); PostgreSQL takes at most 32,767 parameters in one query. Read
   * with plain JDBC, so that texts used once do not fill Hibernate's cache of query plans.
   */
  private static String numbers(Collection<Long> ids) {
    return ids.stream().map(id -> Long.toString(id)).distinct().collect(joining(","));
  }

  /** What a query reads, by statement id; {@code iso3}, when given, is its one parameter. */
  private Map<Long, List<Row>> read(String sql, String iso3) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (iso3 != null) {
                  select.setString(1, iso3);
                }
                Map<Long, List<Row>> rows = new LinkedHashMap<>();
                try (ResultSet r = select.executeQuery()) {
                  while (r.next()) {
                    rows.computeIfAbsent(r.getLong("statement_id"), s -> new ArrayList<>())
                        .add(row(r));
                  }
                }
                return rows;
              }
            });
  }

  private static <E extends Enum<E>> E enumOf(String value, Class<E> type) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  private static Row row(ResultSet r) throws SQLException {
    long retractedIn = r.getLong("retracted_in");
    Long retracted = r.wasNull() ? null : retractedIn;
    return new Row(
        // one instance per code: the engine keeps millions of rows, and compares codes often
        r.getString("iso3").intern(),
        enumOf(r.getString("action"), PositionAction.class),
        enumOf(r.getString("role"), PositionRole.class),
        r.getObject("effective_on", LocalDate.class),
        r.getObject("effective_earliest", LocalDate.class),
        r.getString("effective_text"),
        r.getObject("reported_on", LocalDate.class),
        enumOf(r.getString("confidence"), Confidence.class),
        r.getBoolean("anonymous_only"),
        r.getLong("revision"),
        retracted,
        r.getLong("id"));
  }
}
