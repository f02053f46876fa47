package org.signatorytracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The one row that says how far the committed data runs: the last revision's number and commit
 * time. Read here and nowhere else: by every report (as recorded now) and, under a lock, by {@link
 * Revisions} when it numbers a revision.
 */
@ApplicationScoped
public class RevisionCounter {

  private static final String LAST_COMMITTED =
      "SELECT last_number, last_committed_at FROM revision_counter WHERE id = 1";

  /** The last committed revision's number and commit time. */
  public record Committed(long number, Instant at) {}

  @Inject EntityManager em;

  /** The last committed revision: how far the data runs for a query as recorded now. */
  public Committed lastCommitted() {
    // read on every report: through the session's own statement preparer (so it counts among the
    // session's statements), without a native query's result mapping, which cost three times more
    JdbcCoordinator jdbc = em.unwrap(SessionImplementor.class).getJdbcCoordinator();
    PreparedStatement read = jdbc.getStatementPreparer().prepareStatement(LAST_COMMITTED);
    try {
      ResultSet row = jdbc.getResultSetReturn().extract(read, LAST_COMMITTED);
      row.next();
      return committed(row);
    } catch (SQLException e) {
      throw jdbc.getJdbcSessionOwner()
          .getSqlExceptionHelper()
          .convert(e, "reading the revision counter", LAST_COMMITTED);
    } finally {
      jdbc.getLogicalConnection().getResourceRegistry().release(read);
      jdbc.afterStatementExecution();
    }
  }

  /**
   * The last committed revision, with the counter row locked until the transaction ends: the next
   * revision is numbered from it.
   */
  static Committed lockedForNext(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LAST_COMMITTED + " FOR UPDATE");
        ResultSet row = lock.executeQuery()) {
      row.next();
      return committed(row);
    }
  }

  private static Committed committed(ResultSet row) throws SQLException {
    return new Committed(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
  }
}
