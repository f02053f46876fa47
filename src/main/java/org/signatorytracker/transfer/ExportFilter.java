package org.signatorytracker.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which statements an export holds (by issue, key, and statement date), and whether retracted
 * position records come along. Positions follow their statements, so every export is complete.
 */
record ExportFilter(
    String issue, String statement, LocalDate from, LocalDate to, boolean includeRetracted) {

  /** The SQL condition on {@code st} (the statement table) and its parameters. */
  String where(Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    conditions.add("1 = 1");
    if (issue != null) {
      conditions.add("st.issue = :issue");
      parameters.put("issue", issue);
    }
    if (statement != null) {
      conditions.add("st.statement_key = :statement");
      parameters.put("statement", statement);
    }
    if (from != null) {
      conditions.add("st.dated_on >= :from");
      parameters.put("from", from);
    }
    if (to != null) {
      conditions.add("st.dated_on <= :to");
      parameters.put("to", to);
    }
    return String.join(" AND ", conditions);
  }

  /** The filters as a reader of the export should see them. */
  Map<String, Object> described() {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("issue", issue);
    described.put("statement", statement);
    described.put("from", from);
    described.put("to", to);
    described.put("includeRetracted", includeRetracted);
    return described;
  }
}
