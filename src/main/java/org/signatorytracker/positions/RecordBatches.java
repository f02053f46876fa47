package org.signatorytracker.positions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.Revisions;

/**
 * Inserts many new position records at once, in plain JDBC batches: what an import of a million
 * rows needs, where the persistence context's bookkeeping per entity costs more than the insert.
 * Ids come from the entity's own generator (so they never collide with records persisted the usual
 * way), and each record is stamped with the transaction's revision and marks its statement changed,
 * as {@link PositionRecord#persist()} would. The records stay unmanaged: read them back through
 * Hibernate (a retraction takes a reference by id).
 */
@ApplicationScoped
public class RecordBatches {

  private static final String INSERT_RECORD =
      "INSERT INTO position_record (id, statement_id, iso3, action, effective_on,"
          + " effective_earliest, effective_text, reported_on, reported_earliest, reported_text,"
          + " confidence, note, recorded_by, fingerprint, revision_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_SOURCE =
      "INSERT INTO position_source (position_id, ordinal, url, title, publisher, published_on,"
          + " published_precision, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

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
    try (PreparedStatement insert = connection.prepareStatement(INSERT_RECORD);
        PreparedStatement sources = connection.prepareStatement(INSERT_SOURCE)) {
      boolean anySource = false;
      for (PositionRecord r : records) {
        insert.setLong(1, r.id);
        insert.setLong(2, r.statement.id);
        insert.setString(3, r.iso3);
        insert.setString(4, r.action.name());
        setDate(insert, 5, r.effectiveOn);
        setDate(insert, 6, r.effectiveEarliest);
        insert.setString(7, r.effectiveText);
        setDate(insert, 8, r.reportedOn);
        setDate(insert, 9, r.reportedEarliest);
        insert.setString(10, r.reportedText);
        insert.setString(11, r.confidence.name());
        insert.setString(12, r.note);
        insert.setString(13, r.recordedBy);
        insert.setString(14, r.fingerprint);
        insert.setLong(15, r.revisionId);
        insert.addBatch();
        for (int i = 0; i < r.sources.size(); i++) {
          CitedSource s = r.sources.get(i);
          sources.setLong(1, r.id);
          sources.setInt(2, i);
          sources.setString(3, s.url);
          sources.setString(4, s.title);
          sources.setString(5, s.publisher);
          setDate(sources, 6, s.publishedOn);
          sources.setString(7, s.publishedPrecision == null ? null : s.publishedPrecision.name());
          sources.setString(8, s.kind.name());
          sources.addBatch();
          anySource = true;
        }
      }
      insert.executeBatch();
      if (anySource) {
        sources.executeBatch();
      }
    }
  }

  private static void setDate(PreparedStatement statement, int index, LocalDate day)
      throws SQLException {
    if (day == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setDate(index, Date.valueOf(day));
    }
  }
}
