package org.signatorytracker.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.signatorytracker.transfer.Columns.Column;

/** Opening an import's table: its header checked against the format, then its rows. */
final class ImportTables {

  private ImportTables() {}

  interface TableWork {
    void accept(CsvInput csv);
  }

  /** Opens a table, checks its header, runs the work, and reports what makes it unreadable. */
  static void read(ImportFile file, List<Column> format, ImportRun run, TableWork work) {
    try (CsvInput csv = CsvInput.open(file.open())) {
      for (Column column : format) {
        column.aliases().forEach(older -> csv.alias(older, column.name()));
      }
      if (header(file.name(), csv, format, run)) {
        work.accept(csv);
      }
    } catch (CsvInput.UnreadableException e) {
      run.error(file.name(), e.line(), null, null, e.getMessage());
    } catch (IOException e) {
      run.error(file.name(), 0, null, null, "the file cannot be read: " + e.getMessage());
    }
  }

  /** The first ten names, quoted: a header of a million columns gets one line, not a million. */
  private static String firstNames(List<String> columns) {
    return String.join(", ", columns.stream().limit(10).map(c -> "'" + c + "'").toList())
        + (columns.size() > 10 ? ", …" : "");
  }

  private static boolean header(String file, CsvInput csv, List<Column> format, ImportRun run) {
    long before = run.errorCount();
    if (csv.columns().isEmpty()) {
      run.error(file, 1, null, null, "the file is empty; it needs a header row naming its columns");
      return false;
    }
    for (Column column : format) {
      if (column.required() && !csv.has(column.name())) {
        run.error(file, 1, column.name(), null, "required column is missing");
      }
    }
    if ((format == Columns.POSITIONS || format == Columns.CLAIMS)
        && !csv.has("source_url")
        && !csv.has("source_title")) {
      run.error(file, 1, "source_url", null, "a source_url or source_title column is required");
    }
    if (!csv.duplicateColumns().isEmpty()) {
      List<String> repeated = csv.duplicateColumns();
      run.error(
          file,
          1,
          repeated.get(0),
          null,
          repeated.size() == 1
              ? "the column appears more than once"
              : repeated.size() + " columns appear more than once: " + firstNames(repeated));
    }
    List<String> known = new ArrayList<>(Columns.names(format));
    format.forEach(column -> known.addAll(column.aliases()));
    List<String> unknown =
        csv.columns().stream().filter(c -> !c.isEmpty() && !known.contains(c)).toList();
    if (!unknown.isEmpty()) {
      run.warning(
          file
              + ": "
              + (unknown.size() == 1
                  ? "column " + firstNames(unknown) + " is not part of the format and was ignored"
                  : unknown.size()
                      + " columns are not part of the format and were ignored: "
                      + firstNames(unknown)));
    }
    return run.errorCount() == before;
  }
}
