package org.signatorytracker.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.signatorytracker.transfer.DemoData;

/**
 * Reports are computed in the database: a statement report is one query, statement included,
 * however many records the statement has (the supportive demo letter has 51).
 */
@QuarkusTest
class QueryCountTest {

  static final String SUPPORTIVE = "hrc41-2019-xinjiang-supportive";

  @Inject SessionFactory sessionFactory;
  @Inject DemoData demo;

  @BeforeEach
  void demoDataIsLoaded() {
    demo.loadUnlessPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"timeline"})
  void aStatementReportIsOneQuery(String report) {
    assertThat(statementsPreparedBy("/api/statements/" + SUPPORTIVE + "/" + report)).isEqualTo(1);
  }

  /** Its standings, and the claims of its count with their sources. */
  @ParameterizedTest
  @ValueSource(strings = {"signatories", "count"})
  void aReportWithTheReportedCountIsTwoQueries(String report) {
    assertThat(statementsPreparedBy("/api/statements/" + SUPPORTIVE + "/" + report)).isEqualTo(2);
  }

  @Test
  void aComparisonIsOneQuery() {
    assertThat(statementsPreparedBy("/api/compare?a=hrc41-2019-xinjiang-critical&b=" + SUPPORTIVE))
        .isEqualTo(1);
  }

  /** The statement, the page's ids, their records with sources and retractions, the total. */
  @Test
  void aPageOfRecordsIsFourQueriesWhateverItsSize() {
    String path = "/api/statements/" + SUPPORTIVE + "/positions";
    assertThat(statementsPreparedBy(path + "?size=5")).isEqualTo(4);
    assertThat(statementsPreparedBy(path + "?size=500")).isEqualTo(3); // the last page: no count
  }

  /** Its standings, and its full history with sources: the ids, then the records. */
  @Test
  void aStatesPositionsAreThreeQueries() {
    assertThat(statementsPreparedBy("/api/states/QAT/positions")).isEqualTo(3);
  }

  private long statementsPreparedBy(String path) {
    Statistics statistics = sessionFactory.getStatistics();
    given().get(path).then().statusCode(200); // warm up the state directory
    long before = statistics.getPrepareStatementCount();
    given().get(path).then().statusCode(200);
    return statistics.getPrepareStatementCount() - before;
  }
}
