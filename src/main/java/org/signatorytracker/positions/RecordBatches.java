package org.signatorytracker.positions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.signatorytracker.common.BulkRows;
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
          + " recorded_by, fingerprint, revision_id, proposed)";

  private static final String SOURCE_COLUMNS =
      "position_source (position_id, ordinal, url, title, publisher, published_on,"
          + " published_precision, kind)";

  @Inject EntityManager em;
  @Inject Revisions revisions;

  /** Inserts the records (built by {@link PositionService#newRecord}) and sets their ids. */
  public void insert(List<PositionRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    SessionImplementor session = em.unwrap(SessionImplementor.class);
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
    session.doWork(connection -> write(connection, records));
  }

  private static void write(Connection connection, List<PositionRecord> records)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>(records.size());
    List<Object[]> sources = new ArrayList<>();
    for (PositionRecord r : records) {
      rows.add(
          new Object[] {
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
            r.proposed
          });
      for (int i = 0; i < r.sources.size(); i++) {
        CitedSource s = r.sources.get(i);
        sources.add(
            new Object[] {
              r.id,
              i,
              s.url,
              s.title,
              s.publisher,
              s.publishedOn,
              s.publishedPrecision == null ? null : s.publishedPrecision.name(),
              s.kind.name()
            });
      }
    }
    BulkRows.insert(connection, RECORD_COLUMNS, rows);
    BulkRows.insert(connection, SOURCE_COLUMNS, sources);
  }
}
