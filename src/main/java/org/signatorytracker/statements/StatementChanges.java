package org.signatorytracker.statements;

/**
 * Statements and count claims as changes, for the feeds of what was recorded: each version of a
 * statement (created, edited, deleted), each claim and each retraction of one, with the revision
 * that wrote it, in the columns {@code revision_id, change, statement_id, iso3, detail} (always
 * null, here), and the statements of an issue, for a feed of the issue. A claim's detail is its
 * count, bound and high end ({@link org.signatorytracker.common.ClaimedCount#unpack}).
 */
public final class StatementChanges {

  private StatementChanges() {}

  public static final String ROWS =
      """
      SELECT v.revision_id AS revision_id,
             CAST(CASE WHEN v.deleted THEN 'deleted'
                       WHEN v.id = (SELECT MIN(w.id) FROM statement_version w
                                    WHERE w.statement_id = v.statement_id) THEN 'created'
                       ELSE 'edited' END AS VARCHAR(20)) AS change,
             v.statement_id AS statement_id, CAST(NULL AS VARCHAR(3)) AS iso3,
             CAST(v.title AS VARCHAR(2000)) AS detail
      FROM statement_version v
      UNION ALL
      SELECT c.revision_id, CAST('claimed' AS VARCHAR(20)), c.statement_id, CAST(NULL AS VARCHAR(3)),
             CAST(CAST(c.claimed_count AS VARCHAR(12)) || ' ' || c.claimed_bound || ' '
                  || COALESCE(CAST(c.claimed_count_to AS VARCHAR(12)), '') AS VARCHAR(2000))
      FROM count_claim c
      UNION ALL
      SELECT cr.revision_id, CAST('claim retracted' AS VARCHAR(20)), c.statement_id,
             CAST(NULL AS VARCHAR(3)), cr.reason
      FROM claim_retraction cr JOIN count_claim c ON c.id = cr.claim_id\
      """;

  /** The ids of the statements of the issue {@code :issue}. */
  public static final String OF_ISSUE =
      "SELECT si.statement_id FROM statement_issue si WHERE si.issue = :issue";

  /** Each statement's key and title by id, as (id, key, title), for ids {@code :ids}. */
  public static final String NAMES =
      "SELECT s.id, s.statement_key, s.title FROM statement s WHERE s.id IN (:ids)";

  /** The id of the statement with key {@code :key}. */
  public static final String ID_OF_KEY =
      "SELECT s.id FROM statement s WHERE s.statement_key = :key";
}
