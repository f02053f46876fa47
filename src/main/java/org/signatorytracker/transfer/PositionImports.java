package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.signatorytracker.common.BulkWriter;
import org.signatorytracker.positions.PositionRecord;
import org.signatorytracker.positions.PositionRequest;
import org.signatorytracker.positions.PositionService;
import org.signatorytracker.positions.RecordBatches;
import org.signatorytracker.positions.RecordReviews;
import org.signatorytracker.statements.StatementKeys;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.transfer.ImportTargets.Target;

/**
 * The positions of an import, read row by row and written in batches: a record identical to one
 * already stored is left as it is, identical records are found with one fingerprint query per
 * batch.
 */
@ApplicationScoped
class PositionImports {

  @Inject PositionService positions;
  @Inject StatementService statements;
  @Inject ImportTargets importTargets;
  @Inject Validator validator;
  @Inject EntityManager em;
  @Inject TransferConfig config;
  @Inject RecordBatches recordBatches;
  @Inject RecordReviews reviews;

  /**
   * A row waiting for its batch to be written: its record, whether its statement is one this import
   * created, a retraction and a rejection it carries, if any.
   */
  private record Pending(
      PositionRecord record, boolean toNewStatement, String retractionReason, String rejection) {}

  void importPositions(ImportFile file, ImportRun run) {
    ImportTables.read(
        file,
        Columns.POSITIONS,
        run,
        csv -> {
          Map<String, Optional<Target>> targets = new HashMap<>();
          WrittenFingerprints writtenToNew = new WrittenFingerprints();
          List<Pending> batch = new ArrayList<>();
          // each batch is written while the next is read
          try (BulkWriter writer = new BulkWriter()) {
            for (CsvInput.Row row : csv) {
              Pending pending = readPosition(file.name(), row, targets, run);
              if (pending != null && !run.failed()) {
                batch.add(pending);
                if (batch.size() >= config.importing().batchSize()) {
                  write(batch, writtenToNew, run, writer);
                }
              }
            }
            if (!run.failed()) {
              write(batch, writtenToNew, run, writer);
            }
            recordBatches.await(writer);
          }
          run.reportMissingStatements(file.name(), StatementKeys.keySuggestions());
        });
  }

  private Pending readPosition(
      String file, CsvInput.Row row, Map<String, Optional<Target>> targets, ImportRun run) {
    RowCheck check = new RowCheck(file, row, run, FieldColumns.POSITIONS);
    if (!check.readable()) {
      return null;
    }
    PositionRequest request = new RowReader(row, check::cell).position();
    Optional<Target> target = importTargets.target(row, targets, check, run);
    check.violations(validator.validate(request));
    check.fields(positions.problemsWith(target.map(Target::kind).orElse(null), request));
    if (check.failed() || run.failed()) {
      return null; // after any problem the rest of the file is only checked
    }
    PositionRecord record =
        positions.newChecked(statements.reference(target.get().id()), target.get().key(), request);
    String review = row.get("review");
    String rejection = null;
    if (ImportReviews.WAITING.equals(review)) {
      record.proposed = true;
    } else if (ImportReviews.REJECTED.equals(review)) {
      record.proposed = true;
      rejection = ImportReviews.reason(row.get("review_reason"));
    }
    return new Pending(record, target.get().created(), row.get("retraction_reason"), rejection);
  }

  /**
   * Writes a batch in file order: a record identical to one already stored (or earlier in the file)
   * is left as it is, and one that carries a retraction reason is retracted.
   */
  private void write(
      List<Pending> batch, WrittenFingerprints writtenToNew, ImportRun run, BulkWriter writer) {
    if (batch.isEmpty()) {
      return;
    }
    recordBatches.await(writer); // the batch before is in, or its failure is thrown here
    // only what may repeat a stored record is looked up
    Set<String> fingerprints = new LinkedHashSet<>();
    for (Pending pending : batch) {
      PositionRecord record = pending.record();
      if (!pending.toNewStatement() || writtenToNew.mayHold(record.fingerprint)) {
        fingerprints.add(record.fingerprint);
      }
    }
    Map<String, PositionRecord.Existing> existing = new HashMap<>();
    for (PositionRecord.Existing e : positions.withFingerprints(fingerprints)) {
      // prefer a standing record, so that a retraction in the file applies to it
      existing.merge(e.fingerprint(), e, (a, b) -> a.retracted() ? b : a);
    }
    Map<String, PositionRecord> written = new LinkedHashMap<>(); // in file order
    for (Pending pending : batch) {
      PositionRecord record = pending.record();
      if (!existing.containsKey(record.fingerprint) && !written.containsKey(record.fingerprint)) {
        written.put(record.fingerprint, record);
        if (pending.toNewStatement()) {
          writtenToNew.add(record.fingerprint);
        }
        run.positionCreated();
      } else {
        run.positionUnchanged();
      }
    }
    recordBatches.insert(writer, List.copyOf(written.values()));
    if (batch.stream().anyMatch(p -> p.rejection() != null || p.retractionReason() != null)) {
      recordBatches.await(writer); // what follows refers to the records
    }
    // a rejection the file carries, of a record it wrote
    Set<Long> rejected = new HashSet<>();
    for (Pending pending : batch) {
      PositionRecord record = written.get(pending.record().fingerprint);
      if (pending.rejection() != null && record != null && rejected.add(record.id)) {
        reviews.recordRejection(positions.reference(record.id), pending.rejection());
      }
    }
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
        positions.retract(positions.reference(target), pending.retractionReason());
        run.positionRetracted();
      }
    }
    em.flush();
    em.clear();
    batch.clear();
  }
}
