package org.signatorytracker.common;

/**
 * The one shape of an export of cited rows (position records, count claims): each row's own
 * columns, then one line per source (url, title, publisher, published_on, published_precision,
 * source_kind, via), with the commit times of the revisions that recorded and retracted it, in the
 * order they were recorded. The owning package fills in its own tables.
 */
public final class CitedRowsSql {

  private CitedRowsSql() {}

  /**
   * @param own the row's own columns, on {@code alias}
   * @param table the rows' table, read as {@code alias}
   * @param retraction the retractions' table and its column naming the row ({@code r})
   * @param sources the sources' table and its column naming the row ({@code s})
   * @param statements a select of {@code id} of the statements exported, joined as {@code st}
   * @param includeRetracted whether retracted rows, and proposals not confirmed (pending or
   *     rejected on review), come along
   * @param review the table of decisions on proposals and its column naming the row ({@code w}),
   *     whose columns {@code review}, {@code reviewed_by} and {@code review_reason} are added
   */
  public static String select(
      String own,
      String table,
      String alias,
      String[] retraction,
      String[] sources,
      String statements,
      boolean includeRetracted,
      String[] review) {
    return """
    SELECT %1$s,
           r.reason AS retraction_reason,
           CASE WHEN %3$s.proposed THEN CASE WHEN w.confirmed IS NULL THEN 'PENDING'
                WHEN w.confirmed THEN 'CONFIRMED' ELSE 'REJECTED' END END AS review,
           w.decided_by AS reviewed_by, w.reason AS review_reason,
           s.url AS url, s.title AS title, s.publisher AS publisher,
           s.published_on AS published_on, s.published_precision AS published_precision,
           s.kind AS source_kind, s.via AS via, rv.committed_at AS recorded_at,
           rr.committed_at AS retracted_at
    FROM %2$s %3$s
      JOIN revision rv ON rv.id = %3$s.revision_id
      JOIN (%4$s) st ON st.id = %3$s.statement_id
      LEFT JOIN %5$s r ON r.%6$s = %3$s.id
      LEFT JOIN revision rr ON rr.id = r.revision_id
      LEFT JOIN %10$s w ON w.%11$s = %3$s.id
      LEFT JOIN %7$s s ON s.%8$s = %3$s.id
    WHERE 1 = 1 %9$s
    ORDER BY rv.number, %3$s.id, s.ordinal
    """
        .formatted(
            own,
            table,
            alias,
            statements,
            retraction[0],
            retraction[1],
            sources[0],
            sources[1],
            includeRetracted
                ? ""
                : "AND r.reason IS NULL AND (%s.proposed = FALSE OR w.confirmed = TRUE)"
                    .formatted(alias),
            review[0],
            review[1]);
  }
}
