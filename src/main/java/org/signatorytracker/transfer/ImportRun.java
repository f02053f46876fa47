package org.signatorytracker.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.transfer.ImportReport.Change;
import org.signatorytracker.transfer.ImportReport.ImportError;

/** The tally of one import as it reads its files: errors (up to a limit), warnings and counts. */
final class ImportRun {

  private final boolean dryRun;
  private final int maxErrors;
  private final List<ImportError> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private long errorCount;
  private long unlisted;

  /** Statement rows refused, by key: the positions that refer to one are reported once. */
  private final Map<String, RowRef> refusedStatements = new HashMap<>();

  /** Statement rows that passed their checks but will not be written since another row failed. */
  private final Map<String, StatementKind> checkedStatements = new HashMap<>();

  /** Position rows whose statement is not there, by key, in the order first met. */
  private final Map<String, MissingStatement> missingStatements = new LinkedHashMap<>();

  private final List<String> createdKeys = new ArrayList<>();
  private final Map<String, ImportTargets.Target> created = new HashMap<>();
  private final List<Change> changes = new ArrayList<>();
  private int statementsUnchanged;
  private long positionsCreated;
  private long positionsUnchanged;
  private long positionsRetracted;
  private long claimsCreated;
  private long claimsUnchanged;
  private long claimsRetracted;
  private long issues;
  private long groups;
  private long membershipPeriods;

  ImportRun(boolean dryRun, int maxErrors) {
    this.dryRun = dryRun;
    this.maxErrors = maxErrors;
  }

  boolean failed() {
    return errorCount > 0 || !missingStatements.isEmpty();
  }

  long errorCount() {
    return errorCount;
  }

  /** Rows listed for a problem repeated on many. */
  private static final int LINES_LISTED = 10;

  /** Where each problem (file, column, message) stands in {@link #errors}, and its rows. */
  private final Map<List<String>, Repeated> repeated = new HashMap<>();

  private static final class Repeated {
    final int index;
    final List<Long> lines = new ArrayList<>();
    long occurrences;

    Repeated(int index) {
      this.index = index;
    }
  }

  void error(String file, long line, String column, String value, String message) {
    errorCount++;
    List<String> key = Arrays.asList(file, column, message);
    Repeated seen = repeated.get(key);
    if (seen != null) {
      seen.occurrences++;
      if (seen.lines.size() < LINES_LISTED) {
        seen.lines.add(line);
      }
      return;
    }
    if (errors.size() >= maxErrors) {
      unlisted++;
    } else {
      repeated.put(key, new Repeated(errors.size()));
      repeated.get(key).lines.add(line);
      repeated.get(key).occurrences = 1;
      errors.add(new ImportError(file, line, column, value, message));
    }
  }

  /** The errors, each repeated one with how often and on which rows. */
  private List<ImportError> grouped() {
    List<ImportError> grouped = new ArrayList<>(errors);
    for (Repeated r : repeated.values()) {
      if (r.occurrences > 1) {
        ImportError e = grouped.get(r.index);
        grouped.set(
            r.index,
            new ImportError(
                e.file(),
                e.line(),
                e.column(),
                e.value(),
                e.message(),
                r.occurrences,
                List.copyOf(r.lines)));
      }
    }
    return grouped;
  }

  /** Where a row is: its file and its row number as a spreadsheet shows it. */
  record RowRef(String file, long line) {}

  /** The rows that refer to one missing statement: how many, and the first few. */
  private static final class MissingStatement {
    private static final int LISTED = 5;
    private final List<Long> firstLines = new ArrayList<>();
    private long rows;

    void add(long line) {
      if (firstLines.size() < LISTED) {
        firstLines.add(line);
      }
      rows++;
    }

    String rows() {
      String listed = String.join(", ", firstLines.stream().map(String::valueOf).toList());
      return rows == 1
          ? "1 position row refers to it (row " + listed + ")"
          : rows
              + " position rows refer to it (rows "
              + listed
              + (rows > firstLines.size() ? ", …" : "")
              + ")";
    }
  }

  void statementRefused(String key, String file, long line) {
    refusedStatements.putIfAbsent(key, new RowRef(file, line));
  }

  void statementChecked(String key, StatementKind kind) {
    checkedStatements.putIfAbsent(key, kind);
  }

  StatementKind checkedStatementKind(String key) {
    return checkedStatements.get(key);
  }

  /** A position row whose statement is neither stored nor created by this upload. */
  void statementMissing(String key, long line) {
    missingStatements.computeIfAbsent(key, k -> new MissingStatement()).add(line);
  }

  /**
   * One problem per missing statement, not one per row: a statement refused in the same upload says
   * which of its rows was refused; an unknown one suggests the closest keys.
   */
  void reportMissingStatements(String file, Function<String, List<String>> suggestions) {
    missingStatements.forEach(
        (key, missing) -> {
          RowRef refused = refusedStatements.get(key);
          String message;
          if (refused != null) {
            message =
                "the statement's row "
                    + refused.line()
                    + " of "
                    + refused.file()
                    + " in the same upload was refused (see its problems); "
                    + missing.rows();
          } else {
            List<String> near = suggestions.apply(key);
            message =
                "unknown statement"
                    + (near.isEmpty()
                        ? ""
                        : "; did you mean "
                            + String.join(" or ", near.stream().map(k -> "'" + k + "'").toList())
                            + "?")
                    + "; create it first or import it in the same upload; "
                    + missing.rows();
          }
          error(file, missing.firstLines.get(0), "statement", key, message);
        });
    missingStatements.clear();
  }

  void warning(String text) {
    warnings.add(text);
  }

  /** A statement this import would create, had no other row failed. */
  void statementCreated(String key) {
    createdKeys.add(key);
  }

  /** A statement this import created, which its claims and positions rows then refer to. */
  void statementCreated(String key, long id, StatementKind kind) {
    createdKeys.add(key);
    String canonical = Statement.canonicalKey(key);
    created.put(canonical, new ImportTargets.Target(canonical, id, kind, true));
  }

  /** The statement with this (canonical) key, if this import created it; else null. */
  ImportTargets.Target createdTarget(String key) {
    return created.get(key);
  }

  void statementChanged(String key, List<String> columns) {
    changes.add(new Change(key, columns));
  }

  /** The keys of the statements the run created or changed. */
  List<String> writtenKeys() {
    List<String> keys = new ArrayList<>(createdKeys);
    changes.forEach(c -> keys.add(c.key()));
    return keys;
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

  void claimCreated() {
    claimsCreated++;
  }

  void claimUnchanged() {
    claimsUnchanged++;
  }

  void claimRetracted() {
    claimsRetracted++;
  }

  void issueDeclared() {
    issues++;
  }

  void groupSaved() {
    groups++;
  }

  void membershipPeriods(long periods) {
    membershipPeriods += periods;
  }

  /** Problems by file (in the order the files were read), then by row; stable within a row. */
  private static List<ImportError> inFileOrder(List<ImportError> errors) {
    Map<String, Integer> files = new HashMap<>();
    errors.forEach(e -> files.putIfAbsent(e.file(), files.size()));
    return errors.stream()
        .sorted(
            Comparator.<ImportError>comparingInt(e -> files.get(e.file()))
                .thenComparingLong(ImportError::line))
        .toList();
  }

  ImportReport report() {
    long written =
        createdKeys.size()
            + changes.size()
            + claimsCreated
            + claimsRetracted
            + positionsCreated
            + positionsRetracted
            + issues
            + groups
            + membershipPeriods;
    List<String> notes = new ArrayList<>(warnings);
    if (unlisted > 0) {
      notes.add(
          "Only the first "
              + maxErrors
              + " different problems are listed; "
              + unlisted
              + " more are not.");
    }
    return new ImportReport(
        null,
        dryRun,
        failed() || dryRun ? 0 : written,
        new ImportReport.StatementCounts(
            createdKeys.size(),
            changes.size(),
            statementsUnchanged,
            List.copyOf(createdKeys),
            List.copyOf(changes)),
        new ImportReport.ClaimCounts(claimsCreated, claimsUnchanged, claimsRetracted),
        new ImportReport.PositionCounts(positionsCreated, positionsUnchanged, positionsRetracted),
        new ImportReport.ReferenceCounts(issues, groups, membershipPeriods),
        errorCount,
        inFileOrder(grouped()),
        List.copyOf(notes));
  }
}
