package org.signatorytracker.transfer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.logging.Logger;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.Database;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.ServiceLocks;
import org.signatorytracker.common.TooLargeException;
import org.signatorytracker.positions.PositionService;
import org.signatorytracker.security.AuditLog;

/**
 * Loads files of statements and positions in one transaction: every row is checked exactly as the
 * API checks a request, every problem in the files is reported, and any problem (or a dry run)
 * rolls the whole import back. Rows stream through in batches: the persistence context is flushed
 * and cleared every {@code tracker.import.batch-size} rows, identical records are found with one
 * fingerprint query per batch, and states resolve from memory, so memory stays flat however long
 * the file.
 */
@ApplicationScoped
public class ImportService {

  private static final Logger LOG = Logger.getLogger(ImportService.class);

  @Inject ReferenceImports references;
  @Inject StatementImports statements;
  @Inject StageImports stages;
  @Inject SideClaimImports sideClaims;
  @Inject PositionImports positions;
  @Inject TransferConfig config;
  @Inject AuditLog audit;
  @Inject ServiceLocks locks;
  @Inject MeterRegistry registry;
  @Inject ImportRegistry imports;
  @Inject Database database;

  /** The tables one can upload alone: from a page, say. */
  public static final List<String> TABLES =
      List.of("issues", "statements", "stages", "claims", "positions", "side-claims");

  /**
   * Imports one uploaded table ({@code issues}, {@code statements}, {@code claims} or {@code
   * positions}), as the import API does with a file of that table.
   */
  public ImportReport runTable(String table, String fileName, Path file, boolean dryRun) {
    ImportFile upload =
        new ImportFile(fileName == null ? table : fileName, () -> Files.newInputStream(file));
    ImportFiles files =
        switch (table == null ? "" : table) {
          case "issues" -> ImportFiles.issues(upload);
          case "statements" -> ImportFiles.statements(upload);
          case "stages" -> ImportFiles.stages(upload);
          case "side-claims" -> ImportFiles.sideClaims(upload);
          case "claims" -> ImportFiles.claims(upload);
          case "positions" -> ImportFiles.positions(upload);
          default ->
              throw new InvalidInputException(
                  "table", "must be one of " + String.join(", ", TABLES));
        };
    return run(files, dryRun, List.of());
  }

  /**
   * Imports statements first, then claims and positions, which may refer to those statements;
   * measured as {@code tracker.imports} (duration, by outcome) and {@code tracker.import.rows}.
   */
  public ImportReport run(ImportFiles files, boolean dryRun, List<String> warnings) {
    Timer.Sample timing = Timer.start(registry);
    String outcome = "failed";
    try {
      ImportReport report = transaction(files, dryRun, warnings);
      outcome = report.errorCount() > 0 ? "refused" : dryRun ? "checked" : "imported";
      if (outcome.equals("imported")) {
        LOG.infof("Imported %d rows of %s", report.imported(), names(files));
        if (report.imported() >= config.importing().analyzeAfterRows()) {
          database.refreshStatistics();
        }
        registry.counter("tracker.import.rows").increment(report.imported());
        if (report.positions() != null) {
          registry.counter(PositionService.RECORDS_WRITTEN).increment(report.positions().created());
        }
      }
      return report;
    } finally {
      timing.stop(
          Timer.builder("tracker.imports")
              .description("Imports, by outcome: imported, checked (dry run), refused, failed")
              .tag("outcome", outcome)
              .register(registry));
    }
  }

  private ImportReport transaction(ImportFiles files, boolean dryRun, List<String> warnings) {
    ImportRun run = new ImportRun(dryRun, config.importing().maxErrors());
    warnings.forEach(run::warning);
    try {
      return QuarkusTransaction.requiringNew()
          .timeout((int) config.importing().timeout().toSeconds())
          .call(
              () -> {
                // one import at a time: a second import of the same file would not see the
                // first one's records before it commits, and would write them all again
                locks.takeOrConflict(
                    ServiceLocks.IMPORT,
                    "Another import is running; try again when it has finished (imports run one at"
                        + " a time, so that importing the same file twice changes nothing).");
                if (files.issues() != null) {
                  references.importIssues(files.issues(), run);
                }
                if (files.groups() != null) {
                  references.importGroups(files.groups(), run);
                }
                if (files.memberships() != null) {
                  references.importMemberships(files.memberships(), run);
                }
                if (files.statements() != null) {
                  statements.importStatements(files.statements(), run);
                }
                if (files.stages() != null) {
                  stages.importStages(files.stages(), run);
                }
                if (files.claims() != null) {
                  statements.importClaims(files.claims(), run);
                }
                if (files.positions() != null) {
                  positions.importPositions(files.positions(), run);
                }
                if (files.sideClaims() != null) {
                  sideClaims.importClaims(files.sideClaims(), run);
                }
                // once the file's own records are in, leads without one are recorded as such
                statements.recordLeads(run);
                if (run.failed() || dryRun) {
                  throw new RolledBack(run.report());
                }
                ImportReport report = run.report();
                if (report.wroteSomething()) {
                  report =
                      report.withImportId(
                          imports.register(
                              names(files),
                              summary(report),
                              report.positions().created(),
                              report.claims().created()));
                }
                audit.event(
                    "import.completed",
                    "import",
                    names(files),
                    summary(report)
                        + (report.importId() == null ? "" : "; import " + report.importId()));
                return report;
              });
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof RolledBack rolledBack) {
          return rolledBack.report;
        }
        if (t instanceof ConflictException conflict) {
          throw conflict;
        }
        if (t instanceof TooLargeException tooLarge) {
          throw tooLarge;
        }
      }
      throw e;
    }
  }

  private static String names(ImportFiles files) {
    List<String> names = new ArrayList<>();
    for (ImportFile file :
        Arrays.asList(
            files.issues(),
            files.groups(),
            files.memberships(),
            files.statements(),
            files.stages(),
            files.claims(),
            files.positions(),
            files.sideClaims())) {
      if (file != null) {
        names.add(file.name());
      }
    }
    String joined = String.join(" + ", names);
    return joined.length() > 100 ? joined.substring(0, 100) : joined;
  }

  private static String summary(ImportReport report) {
    return ("statements: %d created, %d changed, %d unchanged; claims: %d created, %d unchanged,"
            + " %d retracted; positions: %d created, %d unchanged, %d retracted; issues: %d;"
            + " groups: %d; membership periods: %d")
        .formatted(
            report.statements().created(),
            report.statements().changed(),
            report.statements().unchanged(),
            report.claims().created(),
            report.claims().unchanged(),
            report.claims().retracted(),
            report.positions().created(),
            report.positions().unchanged(),
            report.positions().retracted(),
            report.reference().issues(),
            report.reference().groups(),
            report.reference().membershipPeriods());
  }

  /** Leaves the transaction so that it rolls back, carrying the report out. */
  private static final class RolledBack extends RuntimeException {
    private final transient ImportReport report;

    RolledBack(ImportReport report) {
      super(null, null, false, false);
      this.report = report;
    }
  }
}
