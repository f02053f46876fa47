package org.signatorytracker.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.signatorytracker.TestApi;
import org.signatorytracker.operations.DemoData;

/**
 * Reports read little: a statement report is one query (the statement as recorded, with how far the
 * data runs) once its records are in memory, however many records the statement has (the supportive
 * demo letter has 51); the rule itself runs in memory, in the engine.
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

  /**
   * The first read at a revision: the counter, its statements' headers, the ids of the start of its
   * history, and those records with their sources; until another revision commits, only the
   * counter.
   */
  @Test
  void aStatesPositionsAreFourQueriesAtANewRevisionThenOne() {
    String path = "/api/states/QAT/positions";
    assertThat(statementsPreparedBy(path)).isEqualTo(1);
    given()
        .contentType("application/json")
        .body(
            """
            {"state": "NOR", "action": "SIGNED", "date": "2019-07-12",
             "sources": [{"url": "https://example.org/query-count"}]}\
            """)
        .post("/api/statements/hrc41-2019-xinjiang-critical/positions")
        .then()
        .statusCode(201);
    Statistics statistics = sessionFactory.getStatistics();
    long before = statistics.getPrepareStatementCount();
    given().get(path).then().statusCode(200);
    assertThat(statistics.getPrepareStatementCount() - before).isEqualTo(4);
  }

  /**
   * Two records of Norway that contradict each other (the same day, different sources; the later
   * recorded decides): the signatories mark Norway disputed from the records in memory and what
   * each record cites, kept once read, so that the report stays one query (no claim of its count).
   */
  @Test
  void aDisputedSignatoryCostsNoMoreQueries() {
    String letter = TestApi.createLetter("query-count-disputed");
    long withdrew =
        TestApi.record(
            letter,
            TestApi.with(
                TestApi.position("NOR", "WITHDREW", "2019-07-12"),
                "sources",
                List.of(Map.of("url", "https://example.org/denial"))));
    long signed = TestApi.record(letter, TestApi.position("NOR", "SIGNED", "2019-07-12"));
    String path = "/api/statements/" + letter + "/signatories?asOf=2019-07-12";

    assertThat(statementsPreparedBy(path)).isEqualTo(1);
    JsonPath answer = TestApi.report(path.substring(0, path.indexOf('?')), "asOf", "2019-07-12");
    assertThat(answer.getList("states.iso3", String.class)).containsExactly("NOR");
    assertThat(answer.getBoolean("states[0].disputed")).isTrue();
    assertThat(answer.getList("states[0].disputedRecords", Long.class))
        .containsExactly(withdrew, signed);
  }

  private long statementsPreparedBy(String path) {
    Statistics statistics = sessionFactory.getStatistics();
    given().get(path).then().statusCode(200); // warm up the state directory
    long before = statistics.getPrepareStatementCount();
    given().get(path).then().statusCode(200);
    return statistics.getPrepareStatementCount() - before;
  }
}
