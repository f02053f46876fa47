package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.Sources;
import org.signatorytracker.statements.ClaimRequest;
import org.signatorytracker.statements.ClaimService;
import org.signatorytracker.statements.CountClaim;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKeys;
import org.signatorytracker.statements.StatementRequest;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.transfer.ImportTargets.Target;

/**
 * The statements and count claims of an import: each row checked as the API checks a request, then
 * created, changed or left as it is.
 */
@ApplicationScoped
class StatementImports {

  /** Statements written between clearings of the persistence context (see importStatements). */
  private static final int STATEMENTS_PER_FLUSH = 10;

  @Inject StatementService statements;
  @Inject ImportTargets importTargets;
  @Inject ClaimService claims;
  @Inject Validator validator;
  @Inject EntityManager em;
  @Inject TransferConfig config;

  void importStatements(ImportFile file, ImportRun run) {
    ImportTables.read(
        file,
        Columns.STATEMENTS,
        run,
        csv -> {
          Map<String, Long> seenOn = new HashMap<>();
          // one query for the keys stored, rather than one per row
          Set<String> storedKeys = new HashSet<>(statements.allKeys());
          int pending = 0;
          for (CsvInput.Row row : csv) {
            importStatement(file.name(), row, seenOn, storedKeys, run);
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
      String file,
      CsvInput.Row row,
      Map<String, Long> seenOn,
      Set<String> storedKeys,
      ImportRun run) {
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
    Optional<Statement> existing =
        storedKeys.contains(key) ? statements.stored(key) : Optional.empty();
    if (run.failed()) {
      // nothing will be written; positions of this statement are still checked against it, and
      // the report still says what the upload would create or change
      run.statementChecked(key, request.kind());
      if (existing.isEmpty()) {
        run.statementCreated(request.key());
      } else {
        List<String> changed = statements.differences(existing.get(), request, leadStates);
        if (!changed.isEmpty()) {
          run.statementChanged(
              request.key(), changed.stream().map(FieldColumns.STATEMENTS::columnOf).toList());
        }
      }
      return;
    }
    if (existing.isEmpty()) {
      // the key is new: no row before had it either
      Statement created = statements.addChecked(request, leadStates);
      run.statementCreated(request.key(), created.id, created.kind);
      return;
    }
    List<String> changed = statements.differences(existing.get(), request, leadStates);
    if (changed.isEmpty()) {
      run.statementUnchanged();
      return;
    }
    try {
      statements.update(request.key(), request, null, false);
      run.statementChanged(
          request.key(), changed.stream().map(FieldColumns.STATEMENTS::columnOf).toList());
    } catch (ConflictException e) {
      check.cell("kind", row.get("kind"), e.getMessage());
    }
  }

  /** Records the lead states of the statements the run wrote, where they have no record. */
  void recordLeads(ImportRun run) {
    if (!run.failed()) {
      statements.recordLeadsOf(run.writtenKeys());
    }
  }

  void importClaims(ImportFile file, ImportRun run) {
    ImportTables.read(
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
          run.reportMissingStatements(file.name(), StatementKeys.keySuggestions());
        });
  }

  private void importClaim(
      String file, CsvInput.Row row, Map<String, Optional<Target>> targets, ImportRun run) {
    RowCheck check = new RowCheck(file, row, run, FieldColumns.CLAIMS);
    if (!check.readable()) {
      return;
    }
    ClaimRequest request = new RowReader(row, check::cell).claim();
    Optional<Target> target = importTargets.target(row, targets, check, run);
    check.violations(validator.validate(request));
    check.fields(request.countProblems());
    check.fields(Sources.problemsWith(request.sources()));
    if (check.failed() || run.failed()) {
      return;
    }
    CountClaim claim = claims.newClaim(statements.reference(target.get().id()), request);
    String review = row.get("review");
    if (ImportReviews.WAITING.equals(review) || ImportReviews.REJECTED.equals(review)) {
      claim.proposed = true;
    }
    String reason = row.get("retraction_reason");
    Optional<CountClaim> same = claims.identical(claim);
    CountClaim stored = same.orElse(claim);
    if (same.isEmpty()) {
      claim.persist();
      if (ImportReviews.REJECTED.equals(review)) {
        claims.recordRejection(claim, ImportReviews.reason(row.get("review_reason")));
      }
      run.claimCreated();
    } else {
      run.claimUnchanged();
    }
    if (reason != null && stored.retraction == null) {
      claims.retract(stored, reason);
      run.claimRetracted();
    }
  }
}
