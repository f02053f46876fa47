package org.signatorytracker.transfer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.signatorytracker.statements.StatementSelection;

/**
 * Which statements an export holds (by issue, key, and statement date), and whether retracted
 * position records come along. Positions follow their statements, so every export is complete.
 */
record ExportFilter(
    String issue, String statement, LocalDate from, LocalDate to, boolean includeRetracted) {

  /** The statements exported, as statements offers them in SQL; binds its parameters. */
  String statements(Map<String, Object> parameters) {
    return StatementSelection.select(issue, statement, from, to, parameters);
  }

  /** Whether it selects every statement: no filter but includeRetracted. */
  boolean everything() {
    return issue == null && statement == null && from == null && to == null;
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
