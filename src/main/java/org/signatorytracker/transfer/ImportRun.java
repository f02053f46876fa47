package org.signatorytracker.transfer;

import java.util.ArrayList;
import java.util.List;
import org.signatorytracker.transfer.ImportReport.Change;
import org.signatorytracker.transfer.ImportReport.ImportError;

/** The tally of one import as it reads its files: errors (up to a limit), warnings and counts. */
final class ImportRun {

  private final boolean dryRun;
  private final int maxErrors;
  private final List<ImportError> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private long errorCount;

  private final List<String> createdKeys = new ArrayList<>();
  private final List<Change> changes = new ArrayList<>();
  private int statementsUnchanged;
  private long positionsCreated;
  private long positionsUnchanged;
  private long positionsRetracted;

  ImportRun(boolean dryRun, int maxErrors) {
    this.dryRun = dryRun;
    this.maxErrors = maxErrors;
  }

  boolean failed() {
    return errorCount > 0;
  }

  long errorCount() {
    return errorCount;
  }

  void error(String file, long line, String column, String value, String message) {
    errorCount++;
    if (errors.size() < maxErrors) {
      errors.add(new ImportError(file, line, column, value, message));
    }
  }

  void warning(String text) {
    warnings.add(text);
  }

  void statementCreated(String key) {
    createdKeys.add(key);
  }

  void statementChanged(String key, List<String> columns) {
    changes.add(new Change(key, columns));
  }

  void statementUnchanged() {
    statementsUnchanged++;
  }

  void positionCreated() {
    positionsCreated++;
  }

  void positionUnchanged() {
    positionsUnchanged++;
  }

  void positionRetracted() {
    positionsRetracted++;
  }

  ImportReport report() {
    long written = createdKeys.size() + changes.size() + positionsCreated + positionsRetracted;
    List<String> notes = new ArrayList<>(warnings);
    if (errorCount > maxErrors) {
      notes.add("Only the first " + maxErrors + " of " + errorCount + " problems are listed.");
    }
    return new ImportReport(
        dryRun,
        failed() || dryRun ? 0 : written,
        new ImportReport.StatementCounts(
            createdKeys.size(),
            changes.size(),
            statementsUnchanged,
            List.copyOf(createdKeys),
            List.copyOf(changes)),
        new ImportReport.PositionCounts(positionsCreated, positionsUnchanged, positionsRetracted),
        errorCount,
        List.copyOf(errors),
        List.copyOf(notes));
  }
}
