package org.signatorytracker.statements;

/**
 * The claims about issues' sides an export holds, as SQL over statements' own tables: those about
 * one issue, or about the issues the exported statements stand in, or all of them.
 */
public final class SideClaimSelection {

  private SideClaimSelection() {}

  /**
   * The claims with their sources (one row per source, ordered as recorded), each row with {@code
   * id, issue, side, claimed_count, claimed_bound} (empty for EXACT) {@code, claimed_count_to,
   * claimed_text, claimed_earliest, claimed_on, quote, note, retraction_reason, url, title,
   * publisher, published_on, published_precision, source_kind, via, recorded_at, retracted_at}.
   *
   * @param issues a condition on {@code c.issue} choosing the claims exported
   */
  public static String claims(String issues, boolean includeRetracted) {
    return """
    SELECT c.id AS id, c.issue AS issue, c.side AS side, c.claimed_count AS claimed_count,
           NULLIF(c.claimed_bound, 'EXACT') AS claimed_bound,
           c.claimed_count_to AS claimed_count_to, c.claimed_text AS claimed_text,
           c.claimed_earliest AS claimed_earliest, c.claimed_on AS claimed_on, c.quote AS quote,
           c.note AS note, r.reason AS retraction_reason,
           s.url AS url, s.title AS title, s.publisher AS publisher,
           s.published_on AS published_on, s.published_precision AS published_precision,
           s.kind AS source_kind, s.via AS via, rv.committed_at AS recorded_at,
           rr.committed_at AS retracted_at
    FROM side_claim c JOIN revision rv ON rv.id = c.revision_id
      LEFT JOIN side_claim_retraction r ON r.claim_id = c.id
      LEFT JOIN revision rr ON rr.id = r.revision_id
      LEFT JOIN side_claim_source s ON s.claim_id = c.id
    WHERE %s %s
    ORDER BY rv.number, c.id, s.ordinal
    """
        .formatted(issues, includeRetracted ? "" : "AND r.reason IS NULL");
  }

  /** Claims about the issue {@code :issue}. */
  public static final String OF_ISSUE = "c.issue = :issue";

  /** Every claim. */
  public static final String ALL = "1 = 1";

  /** Claims about the issues the statements a select of {@code id} chooses stand in. */
  public static String ofIssuesOf(String statements) {
    return "c.issue IN (SELECT i.issue FROM statement_issue i WHERE i.statement_id IN (SELECT"
        + " x.id FROM ("
        + statements
        + ") x))";
  }
}
