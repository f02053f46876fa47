package org.signatorytracker.transfer;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.ProblemFields;
import org.signatorytracker.common.ProblemMappers;

/**
 * The problems of one row, at most one per cell: every check runs, and a cell already found wrong
 * (say, a date that cannot be read) is not reported again by a later check (say, "is required").
 */
final class RowCheck {

  private final String file;
  private final CsvInput.Row row;
  private final ImportRun run;
  private final FieldColumns columns;
  private final Set<String> flagged = new HashSet<>();
  private boolean failed;

  RowCheck(String file, CsvInput.Row row, ImportRun run, FieldColumns columns) {
    this.file = file;
    this.row = row;
    this.run = run;
    this.columns = columns;
  }

  boolean failed() {
    return failed;
  }

  void cell(String column, String value, String message) {
    if (column != null && !flagged.add(column)) {
      return;
    }
    failed = true;
    run.error(file, row.line(), column, value, message);
  }

  /** A field error from the API's own checks, placed in the column that field comes from. */
  void field(FieldError error) {
    String column = columns.columnOf(error.field());
    String value = error.value() != null ? error.value() : column == null ? null : row.get(column);
    cell(column, value, error.message());
  }

  void fields(List<FieldError> errors) {
    errors.forEach(this::field);
  }

  <T> void violations(Set<ConstraintViolation<T>> violations) {
    violations.stream()
        .map(
            v ->
                new FieldError(
                    ProblemFields.fieldOf(v),
                    v.getMessage(),
                    ProblemMappers.echo(v.getInvalidValue())))
        .sorted(Comparator.comparing(FieldError::field))
        .forEach(this::field);
  }

  /**
   * A row that can be read at all: no cells beyond the header's columns (they would silently be
   * lost) and no NUL characters.
   */
  boolean readable() {
    row.controlCharacters().forEach((column, problem) -> cell(column, null, problem));
    return fits() && !failed;
  }

  private boolean fits() {
    if (row.hasExtraCells()) {
      cell(
          null,
          null,
          "the row has more cells than the header has columns; quote cells that contain the"
              + " separator");
      return false;
    }
    return true;
  }
}
