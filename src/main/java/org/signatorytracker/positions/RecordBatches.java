package org.signatorytracker.positions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.signatorytracker.common.BulkRows;
import org.signatorytracker.common.BulkWriter;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.Revisions;

/**
 * Inserts many new position records at once, outside the persistence context ({@link BulkRows}):
 * what an import of a million rows needs, where the persistence context's bookkeeping per entity
 * costs more than the insert. Ids come from the entity's own generator (so they never collide with
 * records persisted the usual way), and each record is stamped with the transaction's revision and
 * marks its statement changed, as {@link PositionRecord#persist()} would. The records stay
 * unmanaged: read them back through Hibernate (a retraction takes a reference by id).
 */
@ApplicationScoped
public class RecordBatches {

  private static final String RECORD_COLUMNS =
      "position_record (id, statement_id, iso3, action, role, effective_on, effective_earliest,"
          + " effective_text, reported_on, reported_earliest, reported_text, confidence, note,"
          + " recorded_by, fingerprint, revision_id, proposed, quote, anonymous_only)";

  private static final String SOURCE_COLUMNS =
      "position_source (position_id, ordinal, url, title, publisher, published_on,"
          + " published_precision, kind, via)";

  @Inject EntityManager em;
  @Inject Revisions revisions;

  /**
   * Inserts the records (built by {@link PositionService#newRecord} or, in an import, {@link
   * PositionService#newChecked}) and sets their ids; their rows are written by the writer ({@link
   * BulkWriter}), on PostgreSQL while the caller goes on. It waits for the batch before first,
   * since ids are taken on the connection that batch is copied on (an import has awaited it
   * already, for its fingerprint lookup: then the wait costs nothing).
   */
  public void insert(BulkWriter writer, List<PositionRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    await(writer); // the batch before first: its failure is the one to report
    BeforeExecutionGenerator ids =
        (BeforeExecutionGenerator)
            session
                .getFactory()
                .getMappingMetamodel()
                .getEntityDescriptor(PositionRecord.class)
                .getGenerator();
    long revision = revisions.current();
    for (PositionRecord record : records) {
      record.id = (Long) ids.generate(session, record, null, EventType.INSERT);
      record.revisionId = revision;
      revisions.changesStatement(record.statement.id);
    }
    List<Object[]> rows = new ArrayList<>(records.size());
    List<Object[]> sources = new ArrayList<>();
    for (PositionRecord r : records) {
      rows.add(row(r));
      for (int i = 0; i < r.sources.size(); i++) {
        sources.add(sourceRow(r.id, i, r.sources.get(i)));
      }
    }
    session.doWork(
        connection ->
            writer.insert(
                connection,
                List.of(
                    new BulkWriter.Rows(RECORD_COLUMNS, rows),
                    new BulkWriter.Rows(SOURCE_COLUMNS, sources))));
  }

  /**
   * Waits until the writer has written the last batch, reporting its failure as any other of the
   * database's: before anything that must see the records, and before the transaction ends.
   */
  public void await(BulkWriter writer) {
    em.unwrap(SessionImplementor.class).doWork(connection -> writer.await());
  }

  private static Object[] row(PositionRecord r) {
    return new Object[] {
      r.id,
      r.statement.id,
      r.iso3,
      r.action.name(),
      r.role.name(),
      r.effectiveOn,
      r.effectiveEarliest,
      r.effectiveText,
      r.reportedOn,
      r.reportedEarliest,
      r.reportedText,
      r.confidence.name(),
      r.note,
      r.recordedBy,
      r.fingerprint,
      r.revisionId,
      r.proposed,
      r.quote,
      r.anonymousOnly
    };
  }

  private static Object[] sourceRow(long positionId, int ordinal, CitedSource s) {
    return new Object[] {
      positionId,
      ordinal,
      s.url,
      s.title,
      s.publisher,
      s.publishedOn,
      s.publishedPrecision == null ? null : s.publishedPrecision.name(),
      s.kind.name(),
      s.via
    };
  }
}
