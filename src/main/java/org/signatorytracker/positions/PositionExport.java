package org.signatorytracker.positions;

import org.signatorytracker.common.CitedRowsSql;

/** What positions offers an export, as SQL it composes: the records, with their sources. */
public final class PositionExport {

  private PositionExport() {}

  /**
   * The position records on the statements {@code statements} selects (a select of {@code id} and
   * {@code statement_key}), with their sources, in the order they were recorded.
   */
  public static String records(String statements, boolean includeRetracted) {
    return CitedRowsSql.select(
        """
        p.id AS id, st.statement_key AS statement_key, p.iso3 AS iso3, p.action AS action,
               p.role AS role,
               p.effective_text AS effective_text, p.effective_earliest AS effective_earliest,
               p.effective_on AS effective_on, p.reported_text AS reported_text,
               p.reported_earliest AS reported_earliest, p.reported_on AS reported_on,
               p.confidence AS confidence, p.note AS note, p.quote AS quote\
        """,
        "position_record",
        "p",
        new String[] {"retraction", "position_id"},
        new String[] {"position_source", "position_id"},
        statements,
        includeRetracted,
        new String[] {"record_review", "position_id"});
  }
}
