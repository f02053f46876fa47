package org.signatorytracker.operations;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * Keeps the embedded H2 database's file compact while the service runs. With {@code WRITE_DELAY=0}
 * (each commit on disk before it is acknowledged) H2 runs no background writer, so it never
 * rewrites the partly used chunks its file is made of: an import of 2,000,000 records left a file
 * of 28 GB around about 1 GB of data, its reads scattered across it. Every {@code
 * tracker.h2.compact-every} this looks at how full the file's chunks are and, below {@code
 * tracker.h2.compact-below} percent, rewrites their live pages into full chunks (H2's own online
 * compaction, the one its background writer would run) and the emptied space at the end of the file
 * is given back. A transaction still open keeps what it changed: the space comes back once it ends.
 */
@ApplicationScoped
public class H2FileCompaction {

  private static final Logger LOG = Logger.getLogger(H2FileCompaction.class);

  /** How full H2 makes the chunks it rewrites, in percent. */
  private static final int TARGET_FILL_RATE = 90;

  /** Bytes rewritten per step at most. */
  private static final int WRITE_PER_STEP = 64 << 20;

  /** What one compaction did: how full the chunks were, and the file's size before and after. */
  public record Compaction(int fillRateBefore, long bytesBefore, long bytesAfter, int steps) {}

  @Inject AgroalDataSource dataSource;
  @Inject OperationsConfig config;

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String dbKind;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  private volatile MVStore store;
  private ScheduledExecutorService timer;

  void start(@Observes StartupEvent event) {
    long every = config.h2().compactEvery().toMillis();
    if (!"h2".equals(dbKind) || jdbcUrl.startsWith("jdbc:h2:mem:") || every <= 0) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      store = storeOf(connection);
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
      Compaction done = compact(s, config.h2().compactBelow());
      if (done != null && done.bytesAfter() < done.bytesBefore()) {
        LOG.infof(
            "Compacted the H2 file (its chunks were %d%% full): %,d MB → %,d MB",
            done.fillRateBefore(), done.bytesBefore() >> 20, done.bytesAfter() >> 20);
      } else if (done != null) {
        LOG.infof(
            "Rewrote the H2 file's chunks (%d%% full, %,d MB): H2 lets the emptied ones go once"
                + " they are older than its retention time (45 s), at a later compaction",
            done.fillRateBefore(), done.bytesBefore() >> 20);
      }
    } catch (RuntimeException e) {
      LOG.warnf("The H2 file could not be compacted (tried again later): %s", e.getMessage());
    }
  }

  /** The store of an H2 connection's database. */
  static MVStore storeOf(Connection connection) throws SQLException {
    SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    return session.getDatabase().getStore().getMvStore();
  }

  /**
   * Rewrites the store's chunks until they are full again, if they are less than {@code below}
   * percent full; null when they are full enough.
   */
  static Compaction compact(MVStore store, int below) {
    int fillRate = store.getFileStore().getChunksFillRate();
    if (fillRate >= below) {
      return null;
    }
    long before = store.getFileStore().size();
    // each step rewrites live pages and commits, so that the chunks it empties are let go (it takes
    // a few); about twice the live data at most is rewritten in one go (an open transaction can
    // keep chunks in use, and it is tried again next time)
    long maxSteps = 2 * (before / 100 * fillRate) / WRITE_PER_STEP + 8;
    int steps = 0;
    while (steps < maxSteps && store.compact(TARGET_FILL_RATE, WRITE_PER_STEP)) {
      store.commit();
      steps++;
    }
    return new Compaction(fillRate, before, store.getFileStore().size(), steps);
  }
}
