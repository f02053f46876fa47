package org.signatorytracker.statements;

import java.util.List;

/**
 * What statements need to know of the records on them, asked of the package that keeps the records
 * ({@code positions} implements it), so that statements never reads that package's tables.
 */
public interface RecordsOnStatements {

  /** Whether any position record, retracted or not, was ever written on the statement. */
  boolean anyOn(long statementId);

  /** The ids of the statements the state has a record on that is not retracted. */
  List<Long> statementsOf(String iso3);

  /**
   * Records each lead state (ISO3) that has no standing record on the letter or joint statement as
   * a signatory in the role LEAD, on the statement's date, citing the statement's sources: what
   * naming it among the statement's lead states says.
   */
  void recordLeads(Statement statement, List<String> leads);
}
