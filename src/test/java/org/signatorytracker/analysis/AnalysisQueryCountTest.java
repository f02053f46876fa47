package org.signatorytracker.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Analyses across an issue read its statements and their records in a few queries, however many
 * statements it has: never one query per statement or per state.
 */
@QuarkusTest
class AnalysisQueryCountTest {

  private static final int STATEMENTS = 30;

  @Inject SessionFactory sessionFactory;

  @Test
  void everyAnalysisOfAnIssueIsAFewQueriesWhateverItsSize() {
    String issue = uniqueKey("counted");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Counted", "sides", List.of("pro", "con")))
        .put("/api/issues/{issue}", issue)
        .then()
        .statusCode(201);
    for (int i = 0; i < STATEMENTS; i++) {
      String key =
          createStatement(
              "counted",
              "LETTER",
              Map.of(
                  "issue",
                  issue,
                  "session",
                  "S" + i / 2,
                  "date",
                  "2020-01-" + String.format("%02d", 1 + i % 28),
                  "side",
                  i % 2 == 0 ? "pro" : "con"));
      for (String state : List.of("PAK", "EGY", "FRA", "BRA")) {
        record(key, state, "SIGNED", "2020-02-01");
      }
    }
    for (String path :
        List.of(
            "/api/issues/" + issue,
            "/api/issues/" + issue + "/balance?by=groups:hrc,oic",
            "/api/issues/" + issue + "/timeline",
            "/api/issues/" + issue + "/switchers?from=2020-01-01",
            "/api/issues/" + issue + "/stances",
            "/api/matrix?issue=" + issue,
            "/api/agreement?issue=" + issue + "&states=PAK,EGY,FRA,BRA",
            "/api/coverage?issue=" + issue,
            "/api/states/PAK/profile?issue=" + issue)) {
      // the first read after a write: every statement's records come from the database
      long first = statementsPreparedBy(path);
      assertThat(first).as(path).isLessThanOrEqualTo(10);
    }
  }

  private long statementsPreparedBy(String path) {
    Statistics statistics = sessionFactory.getStatistics();
    long before = statistics.getPrepareStatementCount();
    given().get(path).then().statusCode(200);
    return statistics.getPrepareStatementCount() - before;
  }
}
