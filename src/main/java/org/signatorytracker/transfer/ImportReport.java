package org.signatorytracker.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did, or with {@code dryRun} would do. When {@code errors} is not empty nothing was
 * written: {@code imported} is 0 and the counts say what the valid rows would have done.
 */
public record ImportReport(
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "The import's id, when it wrote something: GET /api/imports/{id} shows it, POST"
                    + " /api/imports/{id}/retraction undoes it",
            examples = "51")
        Long importId,
    boolean dryRun,
    long imported,
    StatementCounts statements,
    ClaimCounts claims,
    PositionCounts positions,
    ReferenceCounts reference,
    long errorCount,
    List<ImportError> errors,
    List<String> warnings) {

  /** The same report, of the import registered with this id. */
  ImportReport withImportId(long id) {
    return new ImportReport(
        id,
        dryRun,
        imported,
        statements,
        claims,
        positions,
        reference,
        errorCount,
        errors,
        warnings);
  }

  /** Whether the import wrote anything (a dry run or a refused one writes nothing). */
  boolean wroteSomething() {
    return !dryRun
        && errorCount == 0
        && (statements.created() + statements.changed() > 0
            || claims.created() + claims.retracted() > 0
            || positions.created() + positions.retracted() > 0
            || reference.issues() + reference.groups() + reference.membershipPeriods() > 0);
  }

  /**
   * One problem, where a spreadsheet shows it: file, row number, column and the cell's value. A
   * problem repeated in the same column (the same message on many rows) is reported once: {@code
   * occurrences} says how often, {@code lines} lists the first rows.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportError(
      String file,
      long line,
      String column,
      String value,
      String message,
      Long occurrences,
      List<Long> lines) {

    public ImportError(String file, long line, String column, String value, String message) {
      this(file, line, column, value, message, null, null);
    }
  }

  public record StatementCounts(
      int created, int changed, int unchanged, List<String> createdKeys, List<Change> changes) {}

  /** A statement the import updated, and which of its columns changed. */
  public record Change(String key, List<String> columns) {}

  public record PositionCounts(long created, long unchanged, long retracted) {}

  public record ClaimCounts(long created, long unchanged, long retracted) {}

  /**
   * What a data package's reference tables did: issues declared (or their title, description and
   * sides replaced), groups created or updated, and the membership periods the groups it names now
   * have.
   */
  public record ReferenceCounts(long issues, long groups, long membershipPeriods) {}
}
