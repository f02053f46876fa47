package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.StateDirectory;

/**
 * Imports the UN Digital Library's General Assembly voting data as it is published: converted to
 * the import's statements and positions ({@link UndlConversion}), then imported as any upload is
 * (one transaction, all or nothing, a re-import changing nothing), every problem reported on the
 * line and column of the published file.
 */
@ApplicationScoped
public class UndlImports {

  /** The name the generated statements table is read under, until its problems are mapped. */
  private static final String RESOLUTIONS = UndlConversion.FILE + " (resolutions)";

  /** Problems of the file itself listed one by one before they are summed up by column. */
  static final int LISTED = 10;

  @Inject ImportService importer;
  @Inject StateDirectory states;
  @Inject StatementService statements;

  public ImportReport run(Path file, boolean dryRun) {
    Set<String> stored = new HashSet<>(statements.allKeys());
    UndlConversion.Converted converted;
    try (InputStream in = Files.newInputStream(file)) {
      converted =
          UndlConversion.convert(
              in, text -> states.find(text).orElse(null), stored::contains, file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      if (!converted.errors().isEmpty()) {
        return refused(dryRun, converted.errors());
      }
      ImportFiles files =
          new ImportFiles(
              null,
              null,
              null,
              new ImportFile(RESOLUTIONS, () -> Files.newInputStream(converted.statements())),
              null,
              new ImportFile(
                  UndlConversion.FILE, () -> Files.newInputStream(converted.positions())));
      List<String> warnings =
          converted.seatsOfFormerStates() == 0
              ? List.of()
              : List.of(
                  converted.seatsOfFormerStates()
                      + " non-votes of states of the past dated after they ended were left out:"
                      + " the UN counted their seat (the SFRY's until 2000), but no state held a"
                      + " position");
      ImportReport report = importer.run(files, dryRun, warnings);
      return report.errors().isEmpty() ? report : onTheFilesLines(report, converted);
    } finally {
      delete(converted.statements());
      delete(converted.positions());
    }
  }

  /**
   * The report with each problem on the published file's line: the statements table has a row per
   * new resolution, the positions table a row per vote, each from a line of the file.
   */
  private static ImportReport onTheFilesLines(
      ImportReport report, UndlConversion.Converted converted) {
    List<ImportReport.ImportError> errors = new ArrayList<>();
    for (ImportReport.ImportError e : report.errors()) {
      boolean resolution = RESOLUTIONS.equals(e.file());
      int[] lines = resolution ? converted.lineOfStatement() : converted.lineOfRow();
      errors.add(
          new ImportReport.ImportError(
              resolution ? UndlConversion.FILE : e.file(),
              lineOf(lines, e.line()),
              e.column(),
              e.value(),
              e.message(),
              e.occurrences(),
              e.lines() == null ? null : e.lines().stream().map(l -> lineOf(lines, l)).toList()));
    }
    return new ImportReport(
        report.importId(),
        report.dryRun(),
        report.imported(),
        report.statements(),
        report.claims(),
        report.positions(),
        report.reference(),
        report.errorCount(),
        errors,
        report.warnings());
  }

  private static long lineOf(int[] lines, long line) {
    int row = (int) line - 2;
    return row >= 0 && row < lines.length ? lines[row] : line;
  }

  /** The problems of the file itself, the same problem in a column summed up after the first. */
  private static ImportReport refused(boolean dryRun, List<ImportReport.ImportError> all) {
    Map<String, List<ImportReport.ImportError>> byProblem = new LinkedHashMap<>();
    for (ImportReport.ImportError e : all) {
      byProblem.computeIfAbsent(e.column() + "\n" + e.message(), k -> new ArrayList<>()).add(e);
    }
    List<ImportReport.ImportError> errors = new ArrayList<>();
    byProblem.forEach(
        (problem, same) -> {
          ImportReport.ImportError first = same.get(0);
          errors.add(
              same.size() == 1
                  ? first
                  : new ImportReport.ImportError(
                      first.file(),
                      first.line(),
                      first.column(),
                      first.value(),
                      first.message(),
                      (long) same.size(),
                      same.stream().limit(LISTED).map(ImportReport.ImportError::line).toList()));
        });
    return new ImportReport(
        null,
        dryRun,
        0,
        new ImportReport.StatementCounts(0, 0, 0, List.of(), List.of()),
        new ImportReport.ClaimCounts(0, 0, 0),
        new ImportReport.PositionCounts(0, 0, 0),
        new ImportReport.ReferenceCounts(0, 0, 0),
        all.size(),
        errors,
        List.of());
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file: the system's cleaning takes it
    }
  }
}
