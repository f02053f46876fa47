package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.statements.StatementService;

/** The statement a claims or positions row of an import refers to. */
@ApplicationScoped
class ImportTargets {

  @Inject StatementService statements;

  /**
   * What the import knows of a statement it writes positions to; the id is null for a statement of
   * the same upload that passed its checks but will not be written, since another row failed; its
   * canonical key; {@code created} when this import created it (so no record of it was stored
   * before).
   */
  record Target(String key, Long id, StatementKind kind, boolean created) {}

  /**
   * The statement a claims or positions row refers to; empty (and the row counted against the
   * missing statement) when it is neither stored nor created by this upload.
   */
  Optional<Target> target(
      CsvInput.Row row, Map<String, Optional<Target>> targets, RowCheck check, ImportRun run) {
    String key = Statement.canonicalKey(row.get("statement"));
    if (key == null) {
      check.cell("statement", null, "a statement key is required");
      return Optional.empty();
    }
    Optional<Target> target = targets.computeIfAbsent(key, k -> target(k, run));
    if (target.isEmpty()) {
      run.statementMissing(key, row.line()); // reported once per key, after the last row
    }
    return target;
  }

  private Optional<Target> target(String key, ImportRun run) {
    Target created = run.createdTarget(key);
    if (created != null) {
      return Optional.of(created);
    }
    Optional<Target> stored =
        statements.stored(key).map(s -> new Target(s.statementKey, s.id, s.kind, false));
    if (stored.isPresent()) {
      return stored;
    }
    return Optional.ofNullable(run.checkedStatementKind(key))
        .map(kind -> new Target(key, null, kind, false));
  }
}
