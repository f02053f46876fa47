package org.signatorytracker.statements;

/**
 * The read model statements offers the as-of engine, as SQL the engine composes into its one header
 * query: the statements as recorded within a revision limit, and whether any count was ever claimed
 * for one. Only the statements' own tables are named here.
 */
public final class StatementsAsRecorded {

  private StatementsAsRecorded() {}

  /**
   * Whether any count was ever claimed for statement {@code v}: most have none, and skip that read.
   */
  public static final String CLAIMED =
      "EXISTS (SELECT 1 FROM count_claim k WHERE k.statement_id = v.statement_id) AS claimed";

  /**
   * Selects statements ({@code v}) as recorded in the issue {@code :issue}: the versions found
   * through the index on the issue (an EXISTS per version made H2 read every version).
   */
  public static final String IN_ISSUE =
      "v.id IN (SELECT x.version_id FROM statement_version_issue x WHERE x.issue = :issue)";

  /** Selects statements ({@code v}) as recorded in any of the issues {@code :issues}. */
  public static final String IN_ISSUES =
      "v.id IN (SELECT x.version_id FROM statement_version_issue x WHERE x.issue IN (:issues))";

  /**
   * Statements as recorded, one row for each issue it then stood in ({@code issue_ordinal}, {@code
   * issue}, {@code side}, {@code vote_sides}; one row of nulls for none) ({@code v}): the latest
   * version whose revision passes {@code recorded} (a condition on a revision alias, given as a
   * format with {@code %1$s}), unless it marks the statement deleted. {@code condition} selects
   * among them; {@code extra} adds columns.
   */
  public static String select(String condition, String recorded, String extra) {
    return """
    SELECT v.statement_id AS statement_id, v.statement_key AS statement_key, v.title AS title,
           v.kind AS kind, v.dated_on AS dated_on, v.dated_text AS dated_text,
           v.session_name AS session_name, vi.ordinal AS issue_ordinal, vi.issue AS issue,
           vi.side AS side, vi.vote_sides AS vote_sides, v.list_declared AS list_declared,
           v.stages AS stages, %3$s
    FROM statement_version v JOIN revision vr ON vr.id = v.revision_id
      LEFT JOIN statement_version_issue vi ON vi.version_id = v.id
    WHERE %1$s AND %2$s AND v.deleted = FALSE
      AND NOT EXISTS (SELECT 1 FROM statement_version w JOIN revision wr ON wr.id = w.revision_id
                      WHERE w.statement_id = v.statement_id AND wr.number > vr.number AND %4$s)
    """
        .formatted(condition, recorded.formatted("vr"), extra, recorded.formatted("wr"));
  }

  /** The key of the statement whose id is in {@code idColumn}, as a scalar subquery. */
  public static String keyOf(String idColumn) {
    return "(SELECT st.statement_key FROM statement st WHERE st.id = " + idColumn + ")";
  }
}
