package org.signatorytracker.positions;

/**
 * The records and retractions of positions as changes, for the feeds of what was recorded: one row
 * each, with the revision that wrote it, in the columns {@code revision_id, change, statement_id,
 * iso3, detail} (the action recorded, or the reason for a retraction). Under review a record is
 * "proposed" when written, and "confirmed" or "rejected" (with the reason) in the revision that
 * decided it; a proposed retraction appears once confirmed, as a retraction.
 */
public final class PositionChanges {

  private PositionChanges() {}

  public static final String ROWS =
      """
      SELECT p.revision_id AS revision_id,
             CAST(CASE WHEN p.proposed THEN 'proposed' ELSE 'recorded' END AS VARCHAR(20)) AS change,
             p.statement_id AS statement_id, p.iso3 AS iso3, CAST(p.action AS VARCHAR(2000)) AS detail
      FROM position_record p
      UNION ALL
      SELECT w.revision_id,
             CAST(CASE WHEN w.confirmed THEN 'confirmed' ELSE 'rejected' END AS VARCHAR(20)),
             p.statement_id, p.iso3, CAST(COALESCE(w.reason, p.action) AS VARCHAR(2000))
      FROM record_review w JOIN position_record p ON p.id = w.position_id
      UNION ALL
      SELECT r.revision_id, CAST('retracted' AS VARCHAR(20)), p.statement_id, p.iso3, r.reason
      FROM retraction r JOIN position_record p ON p.id = r.position_id\
      """;
}
