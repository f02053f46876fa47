package org.signatorytracker.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;

/**
 * Batches of bulk rows ({@link BulkRows}) written while the caller goes on: on PostgreSQL each
 * batch is copied by a thread of the writer's own, on the caller's connection and so in its
 * transaction, while the caller reads and checks the next batch. PostgreSQL writes a row's indexes
 * and checks its foreign keys in its own process; without this the caller's thread waits for that,
 * and PostgreSQL then waits for the caller's next batch.
 *
 * <p>One batch at a time: {@link #insert} waits for the batch before, as do {@link #await} and
 * {@link #close}. The driver lets one operation use the connection at a time, so a query the caller
 * makes meanwhile waits until the copy has ended and sees its rows; awaiting first is what makes a
 * failed copy's own error the one the caller sees, rather than the aborted transaction's. Elsewhere
 * (H2, whose connection is not shared between threads) each batch is written at once.
 */
public final class BulkWriter implements AutoCloseable {

  /** A table's columns ({@code "table (a, b, c)"}, as {@link BulkRows#insert} takes) and rows. */
  public record Rows(String into, List<Object[]> rows) {}

  private final ExecutorService thread = DaemonThreads.single("bulk-writer");

  private Future<?> inFlight;

  /**
   * Writes the tables' rows, in the order given, once the batch before is written; on PostgreSQL it
   * returns as soon as the copy has started.
   */
  public void insert(Connection connection, List<Rows> tables) throws SQLException {
    await();
    List<Rows> batch = List.copyOf(tables);
    if (!connection.isWrapperFor(PGConnection.class)) {
      write(connection, batch);
      return;
    }
    // the driver's own connection: the pool's wrapper belongs to the caller's thread
    Connection driver = (Connection) connection.unwrap(PGConnection.class);
    inFlight =
        thread.submit(
            () -> {
              write(driver, batch);
              return null;
            });
  }

  /** Waits until the last batch is written; its failure is thrown here. */
  public void await() throws SQLException {
    Future<?> last = inFlight;
    if (last == null) {
      return;
    }
    inFlight = null;
    boolean interrupted = false;
    try {
      while (true) {
        try {
          last.get();
          return;
        } catch (InterruptedException e) {
          // the copy holds the connection: it must end before anything else may use it
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Ends the writer's thread, once a batch still in flight is written: the caller awaits the last
   * batch first ({@link #await}), so a batch is left here only when the caller is failing already;
   * a failure of the batch is then thrown as well, added to the caller's by a try-with-resources.
   */
  @Override
  public void close() {
    try {
      await();
    } catch (SQLException e) {
      throw new IllegalStateException("A batch of rows was not written", e);
    } finally {
      thread.shutdown();
    }
  }

  private static void write(Connection connection, List<Rows> tables) throws SQLException {
    for (Rows table : tables) {
      BulkRows.insert(connection, table.into(), table.rows());
    }
  }
}
