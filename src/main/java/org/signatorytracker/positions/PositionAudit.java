package org.signatorytracker.positions;

import org.signatorytracker.statements.StatementsAsRecorded;

/**
 * What positions contributes to the audit trail, as rows in the trail's columns (occurred_at,
 * actor, action, subject_type, subject, summary, before_state, after_state): each recorded position
 * and each retraction, at the commit of its revision.
 */
public final class PositionAudit {

  private PositionAudit() {}

  /** Each recorded position: "key ISO3 ACTION". */
  public static final String RECORDED_ROWS =
      """
      SELECT rv.committed_at, p.recorded_by, 'position.recorded', 'position',
             CAST(p.id AS VARCHAR(20)), %s || ' ' || p.iso3 || ' ' || p.action, NULL, NULL
      FROM position_record p JOIN revision rv ON rv.id = p.revision_id\
      """
          .formatted(StatementsAsRecorded.keyOf("p.statement_id"));

  /** Each retraction of a position, with its reason. */
  public static final String RETRACTED_ROWS =
      """
      SELECT rv.committed_at, r.retracted_by, 'position.retracted', 'position',
             CAST(r.position_id AS VARCHAR(20)), r.reason, NULL, NULL
      FROM retraction r JOIN revision rv ON rv.id = r.revision_id\
      """;
}
