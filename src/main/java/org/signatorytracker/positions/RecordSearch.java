package org.signatorytracker.positions;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which records a search across statements finds: every given field narrows it (null: any; {@code
 * statementIds} are those of the issue or the statement asked for). {@code from} and {@code to}
 * bound the day a record counts from (the last day of an uncertain date; for a record with no date,
 * the day it counts from); retracted records are left out unless asked for.
 */
public record RecordSearch(
    Collection<Long> statementIds,
    String iso3,
    Set<PositionAction> actions,
    Confidence minConfidence,
    LocalDate from,
    LocalDate to,
    boolean includeRetracted) {

  /** The ids of a page of the records found, by statement, date, revision and id. */
  List<Long> ids(int offset, int limit) {
    Parameters parameters = new Parameters();
    String where = where(parameters);
    var query =
        PositionRecord.getEntityManager()
            .createQuery(
                "select p.id from PositionRecord p join p.statement s join p.revision v"
                    + where
                    + " order by s.statementKey, p.effectiveOn, v.number, p.id",
                Long.class);
    parameters.map().forEach(query::setParameter);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /** How many records it finds. */
  long count() {
    Parameters parameters = new Parameters();
    String where = where(parameters);
    var query =
        PositionRecord.getEntityManager()
            .createQuery(
                "select count(p) from PositionRecord p join p.statement s" + where, Long.class);
    parameters.map().forEach(query::setParameter);
    return query.getSingleResult();
  }

  private String where(Parameters parameters) {
    List<String> conditions = new ArrayList<>();
    if (statementIds != null) {
      if (statementIds.isEmpty()) {
        return " where 1 = 0";
      }
      conditions.add("s.id in :statements");
      parameters.and("statements", statementIds);
    }
    if (iso3 != null) {
      conditions.add("p.iso3 = :iso3");
      parameters.and("iso3", iso3);
    }
    if (actions != null && !actions.isEmpty()) {
      conditions.add("p.action in :actions");
      parameters.and("actions", actions);
    }
    if (minConfidence != null) {
      conditions.add("p.confidence in :confidences");
      parameters.and("confidences", minConfidence.andStronger());
    }
    if (from != null) {
      conditions.add("p.effectiveOn >= :from");
      parameters.and("from", from);
    }
    if (to != null) {
      conditions.add("p.effectiveOn <= :to");
      parameters.and("to", to);
    }
    if (!includeRetracted) {
      conditions.add("not exists (select 1 from Retraction r where r.position = p)");
      // a proposal rejected on review is left out as a retracted record is
      conditions.add(
          "not exists (select 1 from RecordReview w where w.position = p and w.confirmed = false)");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }
}
