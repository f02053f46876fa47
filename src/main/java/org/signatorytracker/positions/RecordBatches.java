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
import java.util.ArrayList;
import java.util.Collections;
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

  private static final String RECORD_COLUMNS =
      "position_record (id, statement_id, iso3, action, role, effective_on, effective_earliest,"
          + " effective_text, reported_on, reported_earliest, reported_text, confidence, note,"
          + " recorded_by, fingerprint, revision_id, proposed)";

  private static final String SOURCE_COLUMNS =
      "position_source (position_id, ordinal, url, title, publisher, published_on,"
          + " published_precision, kind)";

  /**
   * Rows per INSERT: many rows to one statement is what PostgreSQL's driver does with
   * reWriteBatchedInserts, written out so that it holds on either database without a URL option.
   */
  private static final int ROWS_PER_INSERT = 100;

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
    insert(connection, RECORD_COLUMNS, rows);
    insert(connection, SOURCE_COLUMNS, sources);
  }

  /** Inserts the rows, {@link #ROWS_PER_INSERT} to a statement, those statements batched. */
  private static void insert(Connection connection, String into, List<Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    // as many values per row as the columns named in `into`
    int width = into.split(",").length;
    int whole = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
    if (whole > 0) {
      try (PreparedStatement insert =
          connection.prepareStatement(sql(into, width, ROWS_PER_INSERT))) {
        for (int from = 0; from < whole; from += ROWS_PER_INSERT) {
          bind(insert, rows.subList(from, from + ROWS_PER_INSERT), width);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    if (whole < rows.size()) {
      try (PreparedStatement insert =
          connection.prepareStatement(sql(into, width, rows.size() - whole))) {
        bind(insert, rows.subList(whole, rows.size()), width);
        insert.executeUpdate();
      }
    }
  }

  private static String sql(String into, int width, int rows) {
    String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
    return "INSERT INTO " + into + " VALUES " + String.join(", ", Collections.nCopies(rows, row));
  }

  private static void bind(PreparedStatement insert, List<Object[]> rows, int width)
      throws SQLException {
    int index = 1;
    for (Object[] row : rows) {
      for (int column = 0; column < width; column++) {
        Object value = row[column];
        if (value instanceof LocalDate day) {
          insert.setDate(index++, Date.valueOf(day));
        } else if (value == null) {
          // the column's type is what either database infers for a parameter of an INSERT
          insert.setNull(index++, Types.NULL);
        } else {
          insert.setObject(index++, value);
        }
      }
    }
  }
}
