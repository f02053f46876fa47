package org.signatorytracker.positions;

import org.signatorytracker.statements.StatementsAsRecorded;

/**
 * What positions contributes to the audit trail, as rows in the trail's columns (occurred_at,
 * actor, action, subject_type, subject, summary, before_state, after_state): each recorded position
 * and each retraction, at the commit of its revision.
 */
public final class PositionAudit {

  private PositionAudit() {}

  /** Each recorded (or, under review, proposed) position: "key ISO3 ACTION". */
  public static final String RECORDED_ROWS =
      """
      SELECT rv.committed_at, p.recorded_by,
             CASE WHEN p.proposed THEN 'position.proposed' ELSE 'position.recorded' END,
             'position',
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

  /** Each decision on a proposed position: who confirmed or rejected it, and why. */
  public static final String REVIEWED_ROWS =
      """
      SELECT rv.committed_at, w.decided_by,
             CASE WHEN w.confirmed THEN 'position.confirmed' ELSE 'position.rejected' END,
             'position', CAST(w.position_id AS VARCHAR(20)),
             COALESCE(w.reason, 'proposed by ' || COALESCE(p.recorded_by, 'anonymous')), NULL, NULL
      FROM record_review w JOIN revision rv ON rv.id = w.revision_id
        JOIN position_record p ON p.id = w.position_id\
      """;

  /** Each proposed retraction, and each decision on one. */
  public static final String RETRACTION_REVIEW_ROWS =
      """
      SELECT rv.committed_at, x.proposed_by, 'position.retraction-proposed', 'position',
             CAST(x.position_id AS VARCHAR(20)), x.reason, NULL, NULL
      FROM retraction_proposal x JOIN revision rv ON rv.id = x.revision_id
      UNION ALL
      SELECT dv.committed_at, x.decided_by,
             CASE WHEN x.confirmed THEN 'position.retraction-confirmed'
                  ELSE 'position.retraction-rejected' END,
             'position', CAST(x.position_id AS VARCHAR(20)),
             COALESCE(x.decision_reason, 'proposed by ' || COALESCE(x.proposed_by, 'anonymous')),
             NULL, NULL
      FROM retraction_proposal x JOIN revision dv ON dv.id = x.decided_revision_id\
      """;
}
