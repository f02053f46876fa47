package org.signatorytracker.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signatorytracker.common.SqlRow;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.reports.ReportBasis.Through;
import org.signatorytracker.statements.IssueSide;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.statements.VoteSides;

/** The rows of the header query, one per issue a statement stood in, as statements' headers. */
final class HeaderRows {

  private HeaderRows() {}

  /** The headers of the rows, grouped by statement in the order first read. */
  static List<Header> headers(List<SqlRow> rows) {
    // one row per issue a statement stood in, grouped by statement in the order first read
    Map<Long, List<SqlRow>> byStatement = new LinkedHashMap<>();
    for (SqlRow r : rows) {
      byStatement.computeIfAbsent(r.number("statement_id"), id -> new ArrayList<>()).add(r);
    }
    List<Header> headers = new ArrayList<>();
    for (List<SqlRow> group : byStatement.values()) {
      SqlRow r = group.get(0);
      headers.add(
          new Header(
              new RecordedStatement(
                  r.number("statement_id"),
                  r.text("statement_key"),
                  r.text("title"),
                  r.enumValue("kind", StatementKind.class),
                  UncertainDate.parseNullable(r.text("dated_text")),
                  r.text("session_name"),
                  issuesOf(group),
                  r.enumValue("list_declared", ListStatus.class),
                  through(r),
                  Boolean.TRUE.equals(r.get("claimed")),
                  r.text("stages")),
              r.number("last_change")));
    }
    return headers;
  }

  /** The issues of one statement's rows, in their order; none for its one row of nulls. */
  private static List<IssueSide> issuesOf(List<SqlRow> rows) {
    List<SqlRow> sorted = new ArrayList<>(rows);
    sorted.removeIf(r -> r.text("issue") == null);
    sorted.sort(Comparator.comparing(r -> r.number("issue_ordinal")));
    List<IssueSide> issues = new ArrayList<>(sorted.size());
    for (SqlRow r : sorted) {
      String voteSides = r.text("vote_sides");
      issues.add(
          new IssueSide(
              r.text("issue"),
              r.text("side"),
              voteSides == null ? null : VoteSides.parse(voteSides)));
    }
    return List.copyOf(issues);
  }

  static Through through(SqlRow row) {
    return new Through(row.number("through_revision"), row.instant("through_at"));
  }
}
