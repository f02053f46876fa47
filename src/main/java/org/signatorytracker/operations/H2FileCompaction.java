package org.signatorytracker.operations;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.jboss.logging.Logger;
import org.signatorytracker.common.Database;

/**
 * Keeps the embedded H2 database's file compact while the service runs. With {@code WRITE_DELAY=0}
 * (each commit on disk before it is acknowledged) H2 runs no background writer, so it never
 * rewrites the partly used chunks its file is made of: an import of 2,000,000 records left a file
 * of 28 GB around about 1 GB of data, its reads scattered across it. Every {@code
 * tracker.h2.compact-every} this looks at how full the file's chunks are and, below {@code
 * tracker.h2.compact-below} percent, rewrites their live pages into full chunks (H2's own online
 * compaction, the one its background writer would run); once H2 has let the emptied chunks go, the
 * next look finds the file mostly unused and compacts it (see {@link #compact}). A transaction
 * still open keeps what it changed: the space comes back once it ends.
 */
@ApplicationScoped
public class H2FileCompaction {

  private static final Logger LOG = Logger.getLogger(H2FileCompaction.class);

  /** How full H2 makes the chunks it rewrites, in percent. */
  private static final int TARGET_FILL_RATE = 90;

  /** Bytes rewritten per step at most. */
  private static final int WRITE_PER_STEP = 64 << 20;

  /** How long H2's file compaction may run at a time, in milliseconds. */
  private static final int FILE_COMPACTION_MILLIS = 1_000;

  /** The two steps of a compaction. */
  public enum Step {
    REWROTE_CHUNKS,
    COMPACTED_FILE
  }

  /**
   * What one step did: how full the chunks or the file were (percent), the file's size before and
   * after.
   */
  public record Compaction(Step step, int fullBefore, long bytesBefore, long bytesAfter) {}

  @Inject AgroalDataSource dataSource;
  @Inject OperationsConfig config;
  @Inject Database database;

  /** How long a transaction must have been writing to be taken for an import's. */
  private static final long LONG_WRITE_MILLIS = 1_000;

  private static final long REWRITE_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(60);

  private volatile MVStore store;
  private volatile TransactionStore transactions;

  private long rewroteAt = System.nanoTime() - REWRITE_PAUSE_NANOS;
  private ScheduledExecutorService timer;

  void start(@Observes StartupEvent event) {
    long every = config.h2().compactEvery().toMillis();
    if (!database.isH2File() || every <= 0) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      Store h2 = h2StoreOf(connection);
      store = h2.getMvStore();
      transactions = h2.getTransactionStore();
    } catch (SQLException | RuntimeException e) {
      LOG.warnf("The H2 file will not be compacted while the service runs: %s", e.getMessage());
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "h2-compaction");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(this::compactIfSparse, every, every, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) throws InterruptedException {
    if (timer != null) {
      timer.shutdown();
      timer.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private void compactIfSparse() {
    MVStore s = store;
    try {
      if (s == null || s.isClosed()) {
        return;
      }
      // what a rewrite empties is let go 45 s later: no second rewrite before that; and none while
      // a long transaction writes (an import): H2 keeps every page it has changed until it ends,
      // so the rewrite would free nothing and slow it down
      Compaction done =
          compact(
              s,
              config.h2().compactBelow(),
              () ->
                  System.nanoTime() - rewroteAt > REWRITE_PAUSE_NANOS && !aLongTransactionWrites());
      if (done != null && done.step() == Step.REWROTE_CHUNKS) {
        rewroteAt = System.nanoTime();
      }
      if (done != null) {
        LOG.infof(
            "%s (%d%% full): %,d MB → %,d MB",
            done.step() == Step.REWROTE_CHUNKS
                ? "Rewrote the H2 file's chunks"
                : "Compacted the H2 file",
            done.fullBefore(),
            done.bytesBefore() >> 20,
            done.bytesAfter() >> 20);
      }
    } catch (RuntimeException e) {
      if (s != null && s.isClosed()) {
        return; // the service is stopping: H2 compacts the file as it closes
      }
      LOG.warnf("The H2 file could not be compacted (tried again later): %s", e.getMessage());
    }
  }

  /**
   * Whether a transaction that was writing a second ago still is: a request's writes take
   * milliseconds, an import's minutes.
   */
  private boolean aLongTransactionWrites() {
    Set<Long> writing = writingNow(transactions);
    if (writing.isEmpty()) {
      return false;
    }
    try {
      Thread.sleep(LONG_WRITE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
    boolean still = writingNow(transactions).stream().anyMatch(writing::contains);
    if (still) {
      LOG.infof("The H2 file's chunks are rewritten once the long transaction writing ends");
    }
    return still;
  }

  /** The store of an H2 connection's database. */
  static MVStore storeOf(Connection connection) throws SQLException {
    return h2StoreOf(connection).getMvStore();
  }

  /** The transactions of an H2 connection's database. */
  static TransactionStore transactionsOf(Connection connection) throws SQLException {
    return h2StoreOf(connection).getTransactionStore();
  }

  private static Store h2StoreOf(Connection connection) throws SQLException {
    SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    return session.getDatabase().getStore();
  }

  /**
   * The transactions that have changed something and not yet ended, by sequence number (never
   * reused): open, or committing (a large one spends seconds marking its changes committed: an
   * import of 200,000 records 12 of its 25 s) or rolling back.
   */
  static Set<Long> writingNow(TransactionStore transactions) {
    Set<Long> writing = new HashSet<>();
    for (Transaction t : transactions.getOpenTransactions()) {
      if (t.getStatus() != Transaction.STATUS_CLOSED && t.hasChanges()) {
        writing.add(t.getSequenceNum());
      }
    }
    return writing;
  }

  /**
   * One step towards a compact file, if it needs one (null otherwise): chunks less than {@code
   * below} percent full are rewritten (online; H2 lets the emptied chunks go once they are older
   * than its retention time, 45 s); a file less than {@code below} percent in use (the chunks let
   * go and the holes they leave) is compacted by H2's own file compaction, the one it runs at a
   * stop, for at most a second. {@code mayRewrite} is asked only when the chunks need rewriting.
   */
  static Compaction compact(MVStore store, int below, BooleanSupplier mayRewrite) {
    FileStore<?> file = store.getFileStore();
    long before = file.size();
    int chunksFull = file.getChunksFillRate();
    if (chunksFull < below && mayRewrite.getAsBoolean()) {
      // each step rewrites live pages and commits, so that the chunks it empties are let go (it
      // takes a few); about twice the live data at most is rewritten in one go (an open
      // transaction can keep chunks in use, and it is tried again next time)
      long maxSteps = 2 * (before / 100 * chunksFull) / WRITE_PER_STEP + 8;
      int steps = 0;
      while (steps < maxSteps && store.compact(TARGET_FILL_RATE, WRITE_PER_STEP)) {
        store.commit();
        steps++;
      }
      return new Compaction(Step.REWROTE_CHUNKS, chunksFull, before, file.size());
    }
    int inUse = store.getFillRate();
    if (inUse < below) {
      store.compactFile(FILE_COMPACTION_MILLIS);
      return new Compaction(Step.COMPACTED_FILE, inUse, before, file.size());
    }
    return null;
  }
}
