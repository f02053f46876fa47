package org.signatorytracker.reports;

/**
 * A statement as recorded, and the last change of its records: what {@link StatementHeaders} reads
 * of a statement for a report, and what its records in {@link RecordCache} are valid for.
 */
record Header(RecordedStatement statement, long lastChange) {}
