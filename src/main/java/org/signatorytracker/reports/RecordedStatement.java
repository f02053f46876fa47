package org.signatorytracker.reports;

import java.time.LocalDate;
import java.util.List;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.reports.ReportBasis.Through;
import org.signatorytracker.statements.IssueSide;
import org.signatorytracker.statements.Stages;
import org.signatorytracker.statements.StatementKind;

/**
 * The statement a report is about, as recorded (its latest version within the query's revision),
 * read in the report's own query together with how far the data runs, whether any count was ever
 * claimed for it, and its stages as then recorded (packed).
 */
public record RecordedStatement(
    long id,
    String key,
    String title,
    StatementKind kind,
    UncertainDate date,
    String session,
    List<IssueSide> issues,
    ListStatus declaredList,
    Through through,
    boolean claimed,
    String stages) {

  /** Its stages as recorded ({@link Stages#unpack}): what answers say of where it stands. */
  public List<Stages.Facts> stageFacts() {
    return Stages.unpack(stages);
  }

  /** The first issue it stands in (the shorthand), or null. */
  public String issue() {
    return issues.isEmpty() ? null : issues.get(0).issue();
  }

  /** Its side in the issue with this canonical key, or null when it does not stand in it. */
  public IssueSide in(String issue) {
    for (IssueSide i : issues) {
      if (i.issue().equals(issue)) {
        return i;
      }
    }
    return null;
  }

  /** The day the statement is dated to (the last day of a partial date), or null. */
  public LocalDate datedOn() {
    return date == null ? null : date.latest();
  }
}
