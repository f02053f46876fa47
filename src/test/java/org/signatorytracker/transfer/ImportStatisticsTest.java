package org.signatorytracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.signatorytracker.common.Database;

/**
 * After a bulk load PostgreSQL's planner statistics are brought up to date for the tables the load
 * grew, and only for them: a table still empty is never recorded as empty (the next load would be
 * planned for an empty table). The shipped threshold is 1 MB and 10,000 imported rows; here any
 * size is asked for, so that a small import shows it. On H2, which keeps its own statistics, there
 * is nothing to do.
 */
@QuarkusTest
class ImportStatisticsTest {

  @Inject Database database;
  @Inject EntityManager em;

  @Test
  void theTablesALoadGrewAreAnalysedAndNoEmptyTable() {
    assumeTrue(database.isPostgreSQL(), "PostgreSQL only");
    database.refreshStatistics(0); // whatever earlier tests grew
    String prefix = uniqueKey("import-statistics");
    StringBuilder csv = new StringBuilder("key,title,kind,date,url\n");
    for (int i = 0; i < 400; i++) {
      csv.append(prefix).append('-').append(i).append(",Letter ").append(i);
      csv.append(",LETTER,2019-07-12,https://example.org/bulk\n");
    }
    ImportResourceTest.post("/api/import/statements", csv.toString()).statusCode(200);

    List<String> analysed = database.refreshStatistics(0);

    for (String table : analysed) {
      Object[] stats =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      (Object[])
                          em.createNativeQuery(
                                  "SELECT c.reltuples, c.relpages FROM pg_class c"
                                      + " WHERE c.relname = :t AND c.relkind = 'r'")
                              .setParameter("t", table)
                              .getSingleResult());
      assertThat(((Number) stats[0]).doubleValue()).as(table + " rows seen").isPositive();
      assertThat(((Number) stats[1]).longValue()).as(table + " pages seen").isPositive();
    }
    assertThat(database.refreshStatistics(0)).as("nothing left grown").isEmpty();
  }
}
