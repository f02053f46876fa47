package org.signatorytracker.statements;

/**
 * What statements need to know of the records on them, asked of the package that keeps the records
 * ({@code positions} implements it), so that statements never reads that package's tables.
 */
public interface RecordsOnStatements {

  /** Whether any position record, retracted or not, was ever written on the statement. */
  boolean anyOn(long statementId);
}
