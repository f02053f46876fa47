package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.CsvColumns;
import org.signatorytracker.common.NotYoursException;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.common.RetractionView;
import org.signatorytracker.common.ReviewView;
import org.signatorytracker.common.Revisions;
import org.signatorytracker.positions.RecordReviews;
import org.signatorytracker.positions.RevisionRetractions;
import org.signatorytracker.security.AuditLog;
import org.signatorytracker.security.Caller;
import org.signatorytracker.statements.ClaimRetractions;
import org.signatorytracker.statements.SideClaimService;

/**
 * Every import that wrote something, and how one is undone: its records and claims (those its one
 * transaction wrote, and only those) retracted in one audited change, by its author or an admin.
 * Statements it created stay, as do the retractions it made.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImportRegistry {

  @Inject Caller caller;
  @Inject RevisionRetractions records;
  @Inject RecordReviews reviews;
  @Inject ClaimRetractions claims;
  @Inject SideClaimService sideClaims;
  @Inject AuditLog audit;
  @Inject Revisions revisions;

  /** An import as the API shows it. */
  public record ImportView(
      @Schema(examples = "51") long id,
      @Schema(nullable = true, description = "Who ran it", examples = "editor") String importedBy,
      @Schema(description = "When its transaction committed") Instant importedAt,
      @Schema(description = "The revision it wrote", examples = "12") long revision,
      @Schema(examples = "statements.csv + positions.csv") String files,
      @Schema(description = "What it created, changed and retracted") String summary,
      @Schema(description = "Position records it wrote", examples = "457") long recordsWritten,
      @Schema(description = "Claims of counts it wrote", examples = "19") long claimsWritten,
      boolean retracted,
      @Schema(nullable = true) RetractionView retraction,
      @Schema(description = "Whether the caller may retract it (its author, or an admin)")
          boolean retractable) {}

  /** The CSV form of a list of imports. */
  public static final CsvColumns<ImportView> CSV =
      CsvColumns.of(ImportView.class)
          .add("id", ImportView::id)
          .add("imported_by", ImportView::importedBy)
          .add("imported_at", ImportView::importedAt)
          .add("revision", ImportView::revision)
          .add("files", ImportView::files)
          .add("summary", ImportView::summary)
          .add("records_written", ImportView::recordsWritten)
          .add("claims_written", ImportView::claimsWritten)
          .add("retracted", ImportView::retracted)
          .add("retraction_reason", v -> v.retraction() == null ? null : v.retraction().reason())
          .add("retracted_at", v -> v.retraction() == null ? null : v.retraction().retractedAt());

  /** Registers the import the current transaction runs; returns its id. */
  @Transactional(Transactional.TxType.MANDATORY)
  long register(String files, String summary, long recordsWritten, long claimsWritten) {
    DataImport entry = new DataImport();
    entry.importedBy = caller.name();
    entry.files = files.length() > 1000 ? files.substring(0, 1000) : files;
    entry.summary = summary.length() > 2000 ? summary.substring(0, 2000) : summary;
    entry.recordsWritten = recordsWritten;
    entry.claimsWritten = claimsWritten;
    entry.persist();
    return entry.id;
  }

  /** The imports, newest first. */
  public Page<ImportView> list(PageRequest page) {
    List<DataImport> entries =
        DataImport.find(
                "select d from DataImport d join fetch d.revision left join fetch"
                    + " d.retractedRevision order by d.id desc")
            .page(page.page(), page.size())
            .list();
    return Page.of(entries.stream().map(this::view).toList(), page, DataImport.count());
  }

  public ImportView get(long id) {
    return view(require(id));
  }

  /**
   * Retracts every record and claim the import wrote that still stands, giving the reason on each;
   * one audited change.
   *
   * @throws ConflictException when it is retracted already
   * @throws NotYoursException when the caller is neither its author nor an admin
   */
  @Transactional
  public ImportView retract(long id, String reason) {
    DataImport entry = require(id);
    if (!mayRetract(entry)) {
      throw new NotYoursException(
          "Only the author of import " + id + " or an admin can retract it.");
    }
    if (entry.retractedRevisionId != null) {
      throw new ConflictException("Import " + id + " is retracted already.");
    }
    String why = "Import " + id + " retracted: " + reason.strip();
    int retractedRecords = records.retractRecordsOf(entry.revisionId, why, caller.name());
    int retractedClaims =
        claims.retractClaimsOf(entry.revisionId, why, caller.name())
            + sideClaims.retractClaimsOf(entry.revisionId, why);
    entry.retractionReason = reason.strip();
    entry.retractedBy = caller.name();
    entry.retractedRevisionId = revisions.current();
    audit.event(
        "import.retracted",
        "import",
        Long.toString(id),
        "%d records and %d claims retracted: %s"
            .formatted(retractedRecords, retractedClaims, reason.strip()));
    return view(entry);
  }

  /**
   * Confirms or rejects, in one audited change, everything the import proposed that still waits for
   * review (with {@code tracker.review.required} on): its records and retractions. Anyone with the
   * editor's role but its author confirms; its author may reject (withdraw) it.
   *
   * @throws ConflictException when nothing it wrote waits for review, or it is retracted
   * @throws NotYoursException when its author would confirm it
   */
  @Transactional
  public ImportView review(long id, boolean confirm, String reason) {
    DataImport entry = require(id);
    ReviewView.checkDecider("Import " + id, entry.importedBy, caller.name(), confirm);
    if (entry.retractedRevisionId != null) {
      throw new ConflictException("Import " + id + " is retracted: nothing of it waits.");
    }
    RecordReviews.Waiting waiting = reviews.decideAllFrom(entry.revisionId, confirm, reason);
    long claimsDecided = claims.decideAllFrom(entry.revisionId, confirm, reason, caller.name());
    if (waiting.total() + claimsDecided == 0) {
      throw new ConflictException("Nothing import " + id + " wrote waits for review.");
    }
    audit.event(
        confirm ? "import.confirmed" : "import.rejected",
        "import",
        Long.toString(id),
        "%d records, %d retractions and %d claims or their retractions %s%s"
            .formatted(
                waiting.records(),
                waiting.retractions(),
                claimsDecided,
                confirm ? "confirmed" : "rejected",
                confirm ? "" : ": " + reason.strip()));
    return view(entry);
  }

  private boolean mayRetract(DataImport entry) {
    return caller.isAdmin() || (caller.name() != null && caller.name().equals(entry.importedBy));
  }

  private static DataImport require(long id) {
    return DataImport.<DataImport>find(
            "select d from DataImport d join fetch d.revision left join fetch d.retractedRevision"
                + " where d.id = ?1",
            id)
        .firstResultOptional()
        .orElseThrow(() -> new ResourceNotFoundException("There is no import " + id + "."));
  }

  private ImportView view(DataImport d) {
    boolean retracted = d.retractedRevisionId != null;
    return new ImportView(
        d.id,
        d.importedBy,
        d.revision == null ? null : d.revision.committedAt,
        d.revision == null || d.revision.number == null ? 0 : d.revision.number,
        d.files,
        d.summary,
        d.recordsWritten,
        d.claimsWritten,
        retracted,
        retracted && d.retractedRevision != null && d.retractedRevision.number != null
            ? new RetractionView(
                d.retractionReason,
                d.retractedRevision.committedAt,
                d.retractedBy,
                d.retractedRevision.number)
            : null,
        !retracted && mayRetract(d));
  }
}
