package org.signatorytracker.common;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

/**
 * Gives every write transaction its revision. The first write of a transaction takes an id and
 * inserts the revision row (without a number); just before the transaction commits, after the last
 * flush, the revision is numbered and timed under a lock on the one counter row. That lock is held
 * until the commit, so revisions are numbered in commit order: a transaction that committed later
 * always has a larger number and a later time, and an answer given "as recorded through n" can be
 * given again, identically, however long a concurrent import ran.
 */
@ApplicationScoped
@Unremovable // looked up by entities as they are persisted
public class Revisions {

  private static final String KEY = Revisions.class.getName();
  private static final String CHANGED = KEY + ".changedStatements";

  @Inject TransactionSynchronizationRegistry transaction;
  @Inject EntityManager em;
  @Inject CurrentAccount caller;

  /** The id of the current transaction's revision, taken at its first write. */
  public long current() {
    Long id = (Long) transaction.getResource(KEY);
    if (id != null) {
      return id;
    }
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    String nextId =
        session
            .getFactory()
            .getJdbcServices()
            .getDialect()
            .getSequenceSupport()
            .getSequenceNextValString("revision_seq");
    String by = caller.name();
    long taken =
        session.doReturningWork(
            connection -> {
              long next;
              try (PreparedStatement select = connection.prepareStatement(nextId);
                  ResultSet rs = select.executeQuery()) {
                rs.next();
                next = rs.getLong(1);
              }
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO revision (id, committed_by) VALUES (?, ?)")) {
                insert.setLong(1, next);
                insert.setString(2, by);
                insert.executeUpdate();
              }
              return next;
            });
    transaction.putResource(KEY, taken);
    session
        .getActionQueue()
        .registerCallback(
            (BeforeCompletionCallback) s -> s.doWork(connection -> number(connection, taken)));
    return taken;
  }

  /**
   * Notes that the current transaction changes the records of a statement, so that its revision,
   * once numbered, is recorded as the statement's last change (which cached reports compare with).
   */
  public void changesStatement(long statementId) {
    current();
    @SuppressWarnings("unchecked")
    Set<Long> changed = (Set<Long>) transaction.getResource(CHANGED);
    if (changed == null) {
      changed = new HashSet<>();
      transaction.putResource(CHANGED, changed);
    }
    changed.add(statementId);
  }

  /** Numbers and times the revision; the counter row stays locked until the commit. */
  private void number(Connection connection, long id) throws SQLException {
    RevisionCounter.Committed last = RevisionCounter.lockedForNext(connection);
    long number = last.number() + 1;
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Instant at = now.isAfter(last.at()) ? now : last.at().plus(1, ChronoUnit.MICROS);
    try (PreparedStatement counter =
        connection.prepareStatement(
            "UPDATE revision_counter SET last_number = ?, last_committed_at = ? WHERE id = 1")) {
      counter.setLong(1, number);
      counter.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      counter.executeUpdate();
    }
    try (PreparedStatement revision =
        connection.prepareStatement(
            "UPDATE revision SET number = ?, committed_at = ? WHERE id = ?")) {
      revision.setLong(1, number);
      revision.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      revision.setLong(3, id);
      revision.executeUpdate();
    }
    @SuppressWarnings("unchecked")
    Set<Long> changed = (Set<Long>) transaction.getResource(CHANGED);
    if (changed != null) {
      recordChanges(connection, changed, number);
    }
  }

  /** Under the counter's lock, so no other writer touches these rows meanwhile. */
  private static void recordChanges(Connection connection, Set<Long> statements, long number)
      throws SQLException {
    List<Long> ids = new ArrayList<>(statements);
    Collections.sort(ids);
    List<Long> missing = new ArrayList<>();
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE statement_change SET revision_number = ? WHERE statement_id = ?")) {
      for (Long statement : ids) {
        update.setLong(1, number);
        update.setLong(2, statement);
        update.addBatch();
      }
      int[] counts = update.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == 0) {
          missing.add(ids.get(i));
        }
      }
    }
    if (!missing.isEmpty()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO statement_change (statement_id, revision_number) VALUES (?, ?)")) {
        for (Long statement : missing) {
          insert.setLong(1, statement);
          insert.setLong(2, number);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }
}
