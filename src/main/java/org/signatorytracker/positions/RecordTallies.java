package org.signatorytracker.positions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.signatorytracker.common.SourceKind;
import org.signatorytracker.common.SqlRow;

/**
 * How many records each statement has, by action, by confidence and by the kind of source they
 * cite, with the days the first and the last count from: two grouped queries for any set of
 * statements. Retracted records are counted apart and in nothing else; proposals waiting for review
 * or rejected on it are not counted.
 */
@ApplicationScoped
public class RecordTallies {

  private static final String BY_ACTION_AND_CONFIDENCE =
      """
      SELECT p.statement_id AS statement_id, p.action AS action, p.confidence AS confidence,
             CASE WHEN r.position_id IS NULL THEN 0 ELSE 1 END AS retracted,
             COUNT(*) AS n, MIN(p.effective_on) AS first_on, MAX(p.effective_on) AS last_on
      FROM position_record p LEFT JOIN retraction r ON r.position_id = p.id
      WHERE p.statement_id IN (:ids) AND %s
      GROUP BY p.statement_id, p.action, p.confidence,
               CASE WHEN r.position_id IS NULL THEN 0 ELSE 1 END
      """
          .formatted(RecordReview.COUNTS);

  /** A record citing two sources of one kind counts once for that kind. */
  private static final String BY_SOURCE_KIND =
      """
      SELECT p.statement_id AS statement_id, s.kind AS kind, COUNT(DISTINCT p.id) AS n
      FROM position_record p JOIN position_source s ON s.position_id = p.id
      WHERE p.statement_id IN (:ids)
        AND NOT EXISTS (SELECT 1 FROM retraction r WHERE r.position_id = p.id) AND %s
      GROUP BY p.statement_id, s.kind
      """
          .formatted(RecordReview.COUNTS);

  /** One statement's records counted. */
  public record Tally(
      long records,
      long retracted,
      Map<PositionAction, Long> byAction,
      Map<Confidence, Long> byConfidence,
      Map<SourceKind, Long> bySourceKind,
      LocalDate first,
      LocalDate last) {

    static Tally none() {
      return new Tally(
          0,
          0,
          new EnumMap<>(PositionAction.class),
          new EnumMap<>(Confidence.class),
          new EnumMap<>(SourceKind.class),
          null,
          null);
    }

    private Tally add(
        PositionAction action, Confidence confidence, long n, LocalDate a, LocalDate b) {
      byAction.merge(action, n, Long::sum);
      byConfidence.merge(confidence, n, Long::sum);
      return new Tally(
          records + n,
          retracted,
          byAction,
          byConfidence,
          bySourceKind,
          first == null || a.isBefore(first) ? a : first,
          last == null || b.isAfter(last) ? b : last);
    }
  }

  @Inject EntityManager em;

  /** The tallies of these statements, by id; a statement without records has an empty one. */
  public Map<Long, Tally> of(Collection<Long> statementIds) {
    Map<Long, Tally> tallies = new HashMap<>();
    statementIds.forEach(id -> tallies.put(id, Tally.none()));
    if (statementIds.isEmpty()) {
      return tallies;
    }
    for (SqlRow row :
        SqlRow.of(
                query(BY_ACTION_AND_CONFIDENCE, statementIds)
                    .addScalar("statement_id", Long.class)
                    .addScalar("action", String.class)
                    .addScalar("confidence", String.class)
                    .addScalar("retracted", Integer.class)
                    .addScalar("n", Long.class)
                    .addScalar("first_on", LocalDate.class)
                    .addScalar("last_on", LocalDate.class))
            .getResultList()) {
      long id = row.number("statement_id");
      Tally t = tallies.get(id);
      long n = row.number("n");
      if (((Number) row.get("retracted")).intValue() == 1) {
        tallies.put(
            id,
            new Tally(
                t.records(),
                t.retracted() + n,
                t.byAction(),
                t.byConfidence(),
                t.bySourceKind(),
                t.first(),
                t.last()));
      } else {
        tallies.put(
            id,
            t.add(
                row.enumValue("action", PositionAction.class),
                row.enumValue("confidence", Confidence.class),
                n,
                row.date("first_on"),
                row.date("last_on")));
      }
    }
    for (SqlRow row :
        SqlRow.of(
                query(BY_SOURCE_KIND, statementIds)
                    .addScalar("statement_id", Long.class)
                    .addScalar("kind", String.class)
                    .addScalar("n", Long.class))
            .getResultList()) {
      tallies
          .get(row.number("statement_id"))
          .bySourceKind()
          .merge(row.enumValue("kind", SourceKind.class), row.number("n"), Long::sum);
    }
    return tallies;
  }

  private NativeQuery<?> query(String sql, Collection<Long> ids) {
    return em.createNativeQuery(sql)
        .unwrap(NativeQuery.class)
        .setParameter("ids", List.copyOf(ids));
  }
}
