package org.signatorytracker.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.signatorytracker.common.CitedRowsSql;

/**
 * What statements offers an export, as SQL it composes: the statements chosen by issue, key and
 * date (a select of {@code id} and {@code statement_key}), and the count claims on them.
 */
public final class StatementSelection {

  private StatementSelection() {}

  /**
   * The statements with this issue, this key, and dated within {@code from}–{@code to} (each null:
   * any), as a select of {@code id} and {@code statement_key}; binds its parameters.
   */
  public static String select(
      String issue, String key, LocalDate from, LocalDate to, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    conditions.add("1 = 1");
    if (issue != null) {
      conditions.add(
          "EXISTS (SELECT 1 FROM statement_issue si WHERE si.statement_id = st.id"
              + " AND si.issue = :issue)");
      parameters.put("issue", issue);
    }
    if (key != null) {
      conditions.add("st.statement_key = :statement");
      parameters.put("statement", key);
    }
    if (from != null) {
      conditions.add("st.dated_on >= :from");
      parameters.put("from", from);
    }
    if (to != null) {
      conditions.add("st.dated_on <= :to");
      parameters.put("to", to);
    }
    return "SELECT st.id AS id, st.statement_key AS statement_key FROM statement st WHERE "
        + String.join(" AND ", conditions);
  }

  /**
   * The count claims on the statements {@code statements} selects, with their sources; an EXACT
   * bound, the default, is empty, as in files written before counts had bounds.
   */
  public static String claims(String statements, boolean includeRetracted) {
    return CitedRowsSql.select(
        """
        c.id AS id, st.statement_key AS statement_key, c.claimed_count AS claimed_count,
               c.claimed_text AS claimed_text, c.claimed_earliest AS claimed_earliest,
               c.claimed_on AS claimed_on, c.note AS note,
               NULLIF(c.claimed_bound, 'EXACT') AS claimed_bound,
               c.claimed_count_to AS claimed_count_to, c.quote AS quote\
        """,
        "count_claim",
        "c",
        new String[] {"claim_retraction", "claim_id"},
        new String[] {"claim_source", "claim_id"},
        statements,
        includeRetracted,
        new String[] {"claim_review", "claim_id"});
  }
}
