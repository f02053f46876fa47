package org.signatorytracker.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.SplittableRandom;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.tx.TransactionStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 with WRITE_DELAY=0 leaves its file full of partly used chunks after a large transaction; the
 * compaction gives the space back while the database stays open, and keeps every row. Plain JUnit
 * on an H2 file; no Quarkus starts.
 */
@Tag("unit")
class H2FileCompactionTest {

  @TempDir Path directory;

  @Test
  void aFileLeftSparseByALargeTransactionShrinksAndKeepsItsRows() throws Exception {
    // H2 keeps emptied chunks for RETENTION_TIME (45 s) before it lets them go: 0 here stands in
    // for the service's compaction coming round after that time
    String url = "jdbc:h2:file:" + directory.resolve("t") + ";WRITE_DELAY=0;RETENTION_TIME=0";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      try (Statement ddl = c.createStatement()) {
        ddl.execute(
            "CREATE TABLE r (id BIGINT PRIMARY KEY, s BIGINT, iso3 VARCHAR(3), f VARCHAR(40))");
        ddl.execute("CREATE INDEX r_s ON r (s, iso3)");
        ddl.execute("CREATE INDEX r_iso3 ON r (iso3, s)");
        ddl.execute("CREATE INDEX r_f ON r (f)");
      }
      c.setAutoCommit(false);
      SplittableRandom random = new SplittableRandom(7);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO r VALUES (?, ?, ?, ?)")) {
        for (int i = 0; i < 20_000; i++) {
          insert.setLong(1, i);
          insert.setLong(2, random.nextInt(2_000));
          insert.setString(3, "S" + random.nextInt(99));
          insert.setString(4, Long.toHexString(random.nextLong()) + random.nextInt());
          insert.addBatch();
          if (i % 500 == 499) {
            insert.executeBatch();
          }
        }
      }
      c.commit();
      MVStore store = H2FileCompaction.storeOf(c);
      long sparse = Files.size(directory.resolve("t.mv.db"));

      H2FileCompaction.Compaction first = H2FileCompaction.compact(store, 50, () -> true);
      assertThat(first.step()).isEqualTo(H2FileCompaction.Step.REWROTE_CHUNKS);
      assertThat(first.fullBefore()).isLessThan(50);
      assertThat(first.bytesBefore()).isEqualTo(sparse);
      int steps = 1;
      while (steps < 5 && H2FileCompaction.compact(store, 50, () -> true) != null) {
        steps++;
      }

      assertThat(H2FileCompaction.compact(store, 50, () -> true)).as("compact now").isNull();
      assertThat(Files.size(directory.resolve("t.mv.db"))).isLessThan(sparse / 2);
      assertThat(store.getFileStore().getChunksFillRate()).isGreaterThanOrEqualTo(50);
      try (ResultSet count = c.createStatement().executeQuery("SELECT COUNT(*), SUM(s) FROM r")) {
        count.next();
        assertThat(count.getLong(1)).isEqualTo(20_000);
      }
    }
  }

  @Test
  void aTransactionStillWritingSinceTheLastLookIsToldApartFromANewOne() throws Exception {
    String url = "jdbc:h2:file:" + directory.resolve("w") + ";WRITE_DELAY=0";
    try (Connection reader = DriverManager.getConnection(url, "sa", "");
        Connection importer = DriverManager.getConnection(url, "sa", "")) {
      reader.createStatement().execute("CREATE TABLE r (id BIGINT PRIMARY KEY)");
      TransactionStore transactions = H2FileCompaction.transactionsOf(reader);
      assertThat(H2FileCompaction.writingNow(transactions)).as("nothing written").isEmpty();

      importer.setAutoCommit(false);
      importer.createStatement().execute("INSERT INTO r VALUES (1)");
      Set<Long> first = H2FileCompaction.writingNow(transactions);
      importer.createStatement().execute("INSERT INTO r VALUES (2)");
      Set<Long> second = H2FileCompaction.writingNow(transactions);
      assertThat(first).hasSize(1);
      assertThat(second).as("the same transaction, still open").isEqualTo(first);

      importer.commit();
      assertThat(H2FileCompaction.writingNow(transactions)).as("committed").isEmpty();
      importer.createStatement().execute("INSERT INTO r VALUES (3)");
      Set<Long> next = H2FileCompaction.writingNow(transactions);
      assertThat(next).hasSize(1).doesNotContainAnyElementsOf(first);
      importer.rollback();
    }
  }
}
