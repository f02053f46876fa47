package org.signatorytracker.transfer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.InvalidValueException;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.common.ServiceLocks;
import org.signatorytracker.common.Sources;
import org.signatorytracker.common.TooLargeException;
import org.signatorytracker.common.TrackerConfig;
import org.signatorytracker.positions.PositionRecord;
import org.signatorytracker.positions.PositionRequest;
import org.signatorytracker.positions.PositionService;
import org.signatorytracker.positions.RecordBatches;
import org.signatorytracker.security.AuditLog;
import org.signatorytracker.statements.ClaimRequest;
import org.signatorytracker.statements.ClaimService;
import org.signatorytracker.statements.CountClaim;
import org.signatorytracker.statements.IssueRequest;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.statements.StatementRequest;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.GroupRequests;
import org.signatorytracker.states.GroupService;
import org.signatorytracker.transfer.Columns.Column;

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

  private static final org.jboss.logging.Logger LOG =
      org.jboss.logging.Logger.getLogger(ImportService.class);

  /** Statements written between clearings of the persistence context (see importStatements). */
  private static final int STATEMENTS_PER_FLUSH = 50;

  @Inject StatementService statements;
  @Inject IssueService issues;
  @Inject GroupService groups;
  @Inject PositionService positions;
  @Inject ClaimService claims;
  @Inject Validator validator;
  @Inject EntityManager em;
  @Inject RecordBatches recordBatches;
  @Inject TrackerConfig config;
  @Inject AuditLog audit;
  @Inject ServiceLocks locks;
  @Inject io.micrometer.core.instrument.MeterRegistry registry;

  /** The tables one can upload alone: from a page, say. */
  public static final java.util.List<String> TABLES = List.of("statements", "claims", "positions");

  /**
   * Imports one uploaded table ({@code statements}, {@code claims} or {@code positions}), as the
   * import API does with a file of that table.
   */
  public ImportReport runTable(
      String table, String fileName, java.nio.file.Path file, boolean dryRun) {
    ImportFile upload =
        new ImportFile(
            fileName == null ? table : fileName, () -> java.nio.file.Files.newInputStream(file));
    ImportFiles files =
        switch (table == null ? "" : table) {
          case "statements" -> ImportFiles.statements(upload);
          case "claims" -> ImportFiles.claims(upload);
          case "positions" -> ImportFiles.positions(upload);
          default ->
              throw new org.signatorytracker.common.InvalidInputException(
                  "table", "must be one of " + String.join(", ", TABLES));
        };
    return run(files, dryRun, List.of());
  }

  /**
   * Imports statements first, then claims and positions, which may refer to those statements;
   * measured as {@code tracker.imports} (duration, by outcome) and {@code tracker.import.rows}.
   */
  public ImportReport run(ImportFiles files, boolean dryRun, List<String> warnings) {
    io.micrometer.core.instrument.Timer.Sample timing =
        io.micrometer.core.instrument.Timer.start(registry);
    String outcome = "failed";
    try {
      ImportReport report = transaction(files, dryRun, warnings);
      outcome = report.errorCount() > 0 ? "refused" : dryRun ? "checked" : "imported";
      if (outcome.equals("imported")) {
        LOG.infof("Imported %d rows of %s", report.imported(), names(files));
        registry.counter("tracker.import.rows").increment(report.imported());
        if (report.positions() != null) {
          registry.counter(PositionService.RECORDS_WRITTEN).increment(report.positions().created());
        }
      }
      return report;
    } finally {
      timing.stop(
          io.micrometer.core.instrument.Timer.builder("tracker.imports")
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
                  importIssues(files.issues(), run);
                }
                if (files.groups() != null) {
                  importGroups(files.groups(), run);
                }
                if (files.memberships() != null) {
                  importMemberships(files.memberships(), run);
                }
                if (files.statements() != null) {
                  importStatements(files.statements(), run);
                }
                if (files.claims() != null) {
                  importClaims(files.claims(), run);
                }
                if (files.positions() != null) {
                  importPositions(files.positions(), run);
                }
                if (run.failed() || dryRun) {
                  throw new RolledBack(run.report());
                }
                ImportReport report = run.report();
                audit.event("import.completed", "import", names(files), summary(report));
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
        java.util.Arrays.asList(
            files.issues(),
            files.groups(),
            files.memberships(),
            files.statements(),
            files.claims(),
            files.positions())) {
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

  /** Declares each issue of the file (or replaces its title, description and sides). */
  private void importIssues(ImportFile file, ImportRun run) {
    read(
        file,
        Columns.ISSUES,
        run,
        csv -> {
          for (CsvInput.Row row : csv) {
            String title = row.get("title");
            if (title == null) {
              run.error(file.name(), row.line(), "title", null, "is required");
              continue;
            }
            List<String> sides =
                row.get("sides") == null
                    ? List.of()
                    : java.util.Arrays.stream(row.get("sides").split(";"))
                        .map(String::strip)
                        .filter(side -> !side.isEmpty())
                        .toList();
            try {
              issues.put(row.get("key"), new IssueRequest(title, row.get("description"), sides));
              run.issueDeclared();
            } catch (InvalidInputException e) {
              for (FieldError error : e.errors()) {
                run.error(
                    file.name(),
                    row.line(),
                    error.field().startsWith("sides") ? "sides" : "key",
                    error.value(),
                    error.message());
              }
            } catch (ConflictException e) {
              run.error(file.name(), row.line(), "sides", row.get("sides"), e.getMessage());
            }
          }
        });
  }

  /** Creates each group of the file (or updates its name, kind, description and source). */
  private void importGroups(ImportFile file, ImportRun run) {
    read(
        file,
        Columns.GROUPS,
        run,
        csv -> {
          for (CsvInput.Row row : csv) {
            GroupRequests.NewGroup group =
                new GroupRequests.NewGroup(
                    row.get("group"),
                    row.get("name"),
                    row.get("kind"),
                    row.get("description"),
                    row.get("source_url"));
            var violations = validator.validate(group);
            if (!violations.isEmpty()) {
              for (var v : violations) {
                String field = v.getPropertyPath().toString();
                String column =
                    switch (field) {
                      case "key" -> "group";
                      case "sourceUrl" -> "source_url";
                      default -> field;
                    };
                run.error(
                    file.name(),
                    row.line(),
                    column,
                    v.getInvalidValue() == null ? null : v.getInvalidValue().toString(),
                    v.getMessage());
              }
              continue;
            }
            groups.save(group);
            run.groupSaved();
          }
        });
  }

  /** Replaces the periods of every group the file names. */
  private void importMemberships(ImportFile file, ImportRun run) {
    read(
        file,
        Columns.MEMBERSHIPS,
        run,
        csv -> {
          List<GroupService.MembershipLine> lines = new ArrayList<>();
          List<FieldError> errors = new ArrayList<>();
          for (CsvInput.Row row : csv) {
            PartialDate start = partialDate(file, row, "start", run);
            PartialDate end = partialDate(file, row, "end", run);
            if (row.get("start") == null) {
              run.error(file.name(), row.line(), "start", null, "is required");
            }
            lines.add(
                new GroupService.MembershipLine(
                    row.line(),
                    row.get("group"),
                    new GroupRequests.Member(
                        row.get("iso3"), start, end, row.get("source_url"), row.get("note"))));
          }
          if (run.failed()) {
            return;
          }
          try {
            groups
                .importLines(lines, errors)
                .values()
                .forEach(periods -> run.membershipPeriods(periods));
          } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
              String field = error.field();
              long line = Long.parseLong(field.replaceAll("^line (\\d+).*", "$1"));
              run.error(
                  file.name(),
                  line,
                  field.replaceAll("^line \\d+: ", ""),
                  error.value(),
                  error.message());
            }
          }
        });
  }

  private static PartialDate partialDate(
      ImportFile file, CsvInput.Row row, String column, ImportRun run) {
    String text = row.get(column);
    if (text == null) {
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (InvalidValueException e) {
      run.error(file.name(), row.line(), column, text, e.getMessage());
      return null;
    }
  }

  private void importStatements(ImportFile file, ImportRun run) {
    read(
        file,
        Columns.STATEMENTS,
        run,
        csv -> {
          Map<String, Long> seenOn = new HashMap<>();
          int pending = 0;
          for (CsvInput.Row row : csv) {
            importStatement(file.name(), row, seenOn, run);
            // every statement is flushed as it is created, and each flush checks all the
            // persistence context holds: keep it small
            if (++pending >= STATEMENTS_PER_FLUSH && !run.failed()) {
              em.flush();
              em.clear();
              pending = 0;
            }
          }
        });
  }

  private void importStatement(
      String file, CsvInput.Row row, Map<String, Long> seenOn, ImportRun run) {
    RowCheck check = new RowCheck(file, row, run, FieldColumns.STATEMENTS);
    if (!check.readable()) {
      return;
    }
    StatementRequest request = new RowReader(row, check::cell).statement();
    check.violations(validator.validate(request));
    String key = Statement.canonicalKey(request.key());
    if (key != null) {
      Long earlier = seenOn.putIfAbsent(key, row.line());
      if (earlier != null) {
        check.cell("key", request.key(), "repeats the key on line " + earlier);
      }
    }
    List<String> leadStates = List.of();
    try {
      leadStates = statements.check(request);
    } catch (InvalidInputException e) {
      check.fields(e.errors());
    }
    if (check.failed()) {
      if (key != null) {
        run.statementRefused(key, file, row.line());
      }
      return;
    }
    if (run.failed()) {
      // nothing will be written; positions of this statement are still checked against it
      run.statementChecked(key, request.kind());
      return;
    }
    Optional<Statement> existing = Statement.findByKey(request.key());
    if (existing.isEmpty()) {
      statements.add(request);
      run.statementCreated(request.key());
      return;
    }
    List<String> changed = statements.differences(existing.get(), request, leadStates);
    if (changed.isEmpty()) {
      run.statementUnchanged();
      return;
    }
    try {
      statements.update(request.key(), request, null);
      run.statementChanged(
          request.key(), changed.stream().map(FieldColumns.STATEMENTS::columnOf).toList());
    } catch (ConflictException e) {
      check.cell("kind", row.get("kind"), e.getMessage());
    }
  }

  private void importClaims(ImportFile file, ImportRun run) {
    read(
        file,
        Columns.CLAIMS,
        run,
        csv -> {
          Map<String, Optional<Target>> targets = new HashMap<>();
          int pending = 0;
          for (CsvInput.Row row : csv) {
            importClaim(file.name(), row, targets, run);
            if (++pending >= config.importing().batchSize() && !run.failed()) {
              em.flush();
              em.clear();
              pending = 0;
            }
          }
          run.reportMissingStatements(file.name(), StatementService.keySuggestions());
        });
  }

  private void importClaim(
      String file, CsvInput.Row row, Map<String, Optional<Target>> targets, ImportRun run) {
    RowCheck check = new RowCheck(file, row, run, FieldColumns.CLAIMS);
    if (!check.readable()) {
      return;
    }
    ClaimRequest request = new RowReader(row, check::cell).claim();
    Optional<Target> target = target(row, targets, check, run);
    check.violations(validator.validate(request));
    check.fields(Sources.problemsWith(request.sources()));
    if (check.failed() || run.failed()) {
      return;
    }
    CountClaim claim =
        claims.newClaim(em.getReference(Statement.class, target.get().id()), request);
    String reason = row.get("retraction_reason");
    Optional<CountClaim> same = claims.identical(claim);
    CountClaim stored = same.orElse(claim);
    if (same.isEmpty()) {
      claim.persist();
      run.claimCreated();
    } else {
      run.claimUnchanged();
    }
    if (reason != null && stored.retraction == null) {
      claims.retract(stored, reason);
      run.claimRetracted();
    }
  }

  /**
   * The statement a claims or positions row refers to; empty (and the row counted against the
   * missing statement) when it is neither stored nor created by this upload.
   */
  private Optional<Target> target(
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

  /** A row waiting for its batch to be written. */
  private record Pending(PositionRecord record, String retractionReason) {}

  /**
   * What the import knows of a statement it writes positions to; the id is null for a statement of
   * the same upload that passed its checks but will not be written, since another row failed.
   */
  private record Target(Long id, StatementKind kind) {}

  private void importPositions(ImportFile file, ImportRun run) {
    read(
        file,
        Columns.POSITIONS,
        run,
        csv -> {
          Map<String, Optional<Target>> targets = new HashMap<>();
          List<Pending> batch = new ArrayList<>();
          for (CsvInput.Row row : csv) {
            Pending pending = readPosition(file.name(), row, targets, run);
            if (pending != null && !run.failed()) {
              batch.add(pending);
              if (batch.size() >= config.importing().batchSize()) {
                write(batch, run);
              }
            }
          }
          if (!run.failed()) {
            write(batch, run);
          }
          run.reportMissingStatements(file.name(), StatementService.keySuggestions());
        });
  }

  private Pending readPosition(
      String file, CsvInput.Row row, Map<String, Optional<Target>> targets, ImportRun run) {
    RowCheck check = new RowCheck(file, row, run, FieldColumns.POSITIONS);
    if (!check.readable()) {
      return null;
    }
    PositionRequest request = new RowReader(row, check::cell).position();
    Optional<Target> target = target(row, targets, check, run);
    check.violations(validator.validate(request));
    check.fields(positions.problemsWith(target.map(Target::kind).orElse(null), request));
    if (check.failed() || run.failed()) {
      return null; // after any problem the rest of the file is only checked
    }
    PositionRecord record =
        positions.newRecord(em.getReference(Statement.class, target.get().id()), request);
    return new Pending(record, row.get("retraction_reason"));
  }

  private static Optional<Target> target(String key, ImportRun run) {
    Optional<Target> stored = Statement.findByKey(key).map(s -> new Target(s.id, s.kind));
    if (stored.isPresent()) {
      return stored;
    }
    return Optional.ofNullable(run.checkedStatementKind(key)).map(kind -> new Target(null, kind));
  }

  /**
   * Writes a batch in file order: a record identical to one already stored (or earlier in the file)
   * is left as it is, and one that carries a retraction reason is retracted.
   */
  private void write(List<Pending> batch, ImportRun run) {
    if (batch.isEmpty()) {
      return;
    }
    Set<String> fingerprints = new LinkedHashSet<>();
    batch.forEach(p -> fingerprints.add(p.record().fingerprint));
    Map<String, PositionRecord.Existing> existing = new HashMap<>();
    for (PositionRecord.Existing e : PositionRecord.withFingerprints(fingerprints)) {
      // prefer a standing record, so that a retraction in the file applies to it
      existing.merge(e.fingerprint(), e, (a, b) -> a.retracted() ? b : a);
    }
    Map<String, PositionRecord> written = new LinkedHashMap<>(); // in file order
    for (Pending pending : batch) {
      PositionRecord record = pending.record();
      if (!existing.containsKey(record.fingerprint) && !written.containsKey(record.fingerprint)) {
        written.put(record.fingerprint, record);
        run.positionCreated();
      } else {
        run.positionUnchanged();
      }
    }
    recordBatches.insert(List.copyOf(written.values()));
    // retractions in file order, each of the standing record it names (new or stored), once
    Set<Long> retracted = new HashSet<>();
    for (Pending pending : batch) {
      if (pending.retractionReason() == null) {
        continue;
      }
      PositionRecord.Existing stored = existing.get(pending.record().fingerprint);
      PositionRecord same = written.get(pending.record().fingerprint);
      Long target = same != null ? same.id : stored.retracted() ? null : stored.id();
      if (target != null && retracted.add(target)) {
        positions.retract(
            em.getReference(PositionRecord.class, target), pending.retractionReason());
        run.positionRetracted();
      }
    }
    em.flush();
    em.clear();
    batch.clear();
  }

  private interface TableWork {
    void accept(CsvInput csv);
  }

  /** Opens a table, checks its header, runs the work, and reports what makes it unreadable. */
  private void read(ImportFile file, List<Column> format, ImportRun run, TableWork work) {
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
