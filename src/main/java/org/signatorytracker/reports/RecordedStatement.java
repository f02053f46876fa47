package org.signatorytracker.reports;

import java.time.LocalDate;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.reports.ReportBasis.Through;
import org.signatorytracker.statements.StatementKind;

/**
 * The statement a report is about, as recorded (its latest version within the query's revision),
 * read in the report's own query together with how far the data runs and whether any count was ever
 * claimed for it.
 */
public record RecordedStatement(
    long id,
    String key,
    String title,
    StatementKind kind,
    UncertainDate date,
    String session,
    String issue,
    String side,
    String voteSides,
    ListStatus declaredList,
    Through through,
    boolean claimed) {

  /** The day the statement is dated to (the last day of a partial date), or null. */
  public LocalDate datedOn() {
    return date == null ? null : date.latest();
  }
}
