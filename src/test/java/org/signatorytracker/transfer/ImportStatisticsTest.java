package org.signatorytracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.signatorytracker.common.Database;

/**
 * A bulk load leaves PostgreSQL's planner statistics up to date, so that the reports that follow
 * are planned for the tables as they now are (the test profile counts 50 rows as a bulk load; on
 * H2, which keeps its own statistics, there is nothing to see).
 */
@QuarkusTest
class ImportStatisticsTest {

  @Inject Database database;
  @Inject EntityManager em;

  @Test
  void aBulkLoadOnPostgreSqlBringsThePlannerStatisticsUpToDate() throws Exception {
    assumeTrue(database.isPostgreSQL(), "PostgreSQL only");
    double before = QuarkusTransaction.requiringNew().call(this::databaseNow);
    String prefix = uniqueKey("import-statistics");
    StringBuilder csv = new StringBuilder("key,title,kind,date,url\n");
    for (int i = 0; i < 60; i++) {
      csv.append(prefix).append('-').append(i).append(",Letter ").append(i);
      csv.append(",LETTER,2019-07-12,https://example.org/bulk\n");
    }
    ImportResourceTest.post("/api/import/statements", csv.toString()).statusCode(200);

    // the server's statistics are published within a second or so of the transaction's end
    Double analysed = null;
    for (int tries = 0; tries < 50 && (analysed == null || analysed < before); tries++) {
      analysed = QuarkusTransaction.requiringNew().call(this::lastAnalyseOfStatements);
      Thread.sleep(100);
    }
    assertThat(analysed).as("seconds since 1970 of the last ANALYZE").isNotNull();
    assertThat(analysed).isGreaterThanOrEqualTo(before);
  }

  /** The database's clock, in seconds since 1970. */
  private double databaseNow() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS DOUBLE PRECISION)")
                .getSingleResult())
        .doubleValue();
  }

  /** When the statements' table was last analysed, in seconds since 1970; null: never. */
  private Double lastAnalyseOfStatements() {
    Object last =
        em.createNativeQuery(
                "SELECT CAST(EXTRACT(EPOCH FROM last_analyze) AS DOUBLE PRECISION)"
                    + " FROM pg_stat_user_tables WHERE relname = 'statement'")
            .getSingleResult();
    return last == null ? null : ((Number) last).doubleValue();
  }
}
