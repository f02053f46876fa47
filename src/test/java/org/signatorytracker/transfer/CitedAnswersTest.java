package org.signatorytracker.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.retract;
import static org.signatorytracker.TestApi.with;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestData;
import org.signatorytracker.operations.DemoData;

/**
 * The real data (the demo letters), a statement whose date and records are known only as intervals,
 * three conflicting claims of a count: every answer cited once is given again exactly, through its
 * revision or its instant, after records, claims and retractions made since.
 */
@QuarkusTest
@TestProfile(FreshInstance.class)
class CitedAnswersTest {

  static final String SUPPORTIVE = DemoData.SUPPORTIVE_LETTER;
  static final String CRITICAL = "hrc41-2019-xinjiang-critical";
  static final String ANNEX = "hrc41-2019-xinjiang-annex-joiners";

  @Inject DemoData demo;
  @Inject EntityManager em;

  @Test
  void everyCitedAnswerIsGivenAgainExactlyAfterLaterChanges() {
    TestData.emptyTheDatabase(em);
    demo.loadIntoEmptyDatabase();
    intervalStatementAndConflictingClaims();

    Map<String, Map<String, Object>> cited = everyReport(null);
    String revision = cited.values().iterator().next().get("recordedThroughRevision").toString();
    String instant = cited.values().iterator().next().get("recordedThrough").toString();
    assertThat(cited.values())
        .allSatisfy(
            r -> assertThat(r.get("recordedThroughRevision").toString()).isEqualTo(revision));

    // what happens after the answers were cited
    long qatarWithdrawal =
        given()
            .queryParam("size", 500)
            .get("/api/statements/{key}/positions", SUPPORTIVE)
            .then()
            .extract()
            .jsonPath()
            .getLong("items.find { it.action == 'WITHDREW' }.id");
    retract(qatarWithdrawal, "Re-checked: the letter of 18 July was never sent");
    long claim =
        given()
            .get("/api/statements/{key}/claims", SUPPORTIVE)
            .then()
            .extract()
            .jsonPath()
            .getLong("items.find { it.count == 51 }.id");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "A misprint in the press report"))
        .post("/api/claims/{id}/retraction", claim)
        .then()
        .statusCode(201);
    record(SUPPORTIVE, "Libya", "SIGNED", "2019-07-20");
    record(ANNEX, "Nauru", "WITHDREW", "2019-09");
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "key", ANNEX,
                "title", "Later joiners named in the annex",
                "kind", "LETTER",
                "date", "2019-08"))
        .put("/api/statements/{key}", ANNEX)
        .then()
        .statusCode(200);

    Map<String, Map<String, Object>> now = everyReport(null);
    assertThat(now).isNotEqualTo(cited);
    // named: every state with a record on the letter, Qatar (withdrawn) and Libya (added) too
    assertThat(now.get(SUPPORTIVE + " count 2019-08-01").get("named")).isEqualTo(52);

    for (String asRecorded : List.of(revision, instant)) {
      Map<String, Map<String, Object>> again = everyReport(asRecorded);
      assertThat(again.keySet()).isEqualTo(cited.keySet());
      again.forEach(
          (name, answer) -> {
            Map<String, Object> withoutQuestion = new HashMap<>(answer);
            withoutQuestion.remove("asRecorded");
            assertThat(withoutQuestion)
                .as(name + " as recorded " + asRecorded)
                .isEqualTo(cited.get(name));
          });
    }
  }

  private void intervalStatementAndConflictingClaims() {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "key", ANNEX,
                "title", "Later joiners named in the annex",
                "kind", "LETTER",
                "date", "2019-07-26/2019-10-01",
                "issue", "xinjiang",
                "side", "supportive"))
        .post("/api/statements")
        .then()
        .statusCode(201);
    record(ANNEX, "Yemen", "SIGNED", "2019-07-26/2019-10-01");
    record(ANNEX, "Nauru", "SIGNED", "../2019-08-15");
    record(ANNEX, with(position("Oman", "SIGNED", "2019-07"), "confidence", "DISPUTED"));
    claim(SUPPORTIVE, 51, "2019-08", "A press report");
    claim(SUPPORTIVE, 49, "../2019-08-31", "Diplomats quoted anonymously");
  }

  private static void claim(String key, int count, String on, String title) {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "count",
                count,
                "on",
                on,
                "sources",
                List.of(Map.of("title", title, "kind", "PRESS"))))
        .post("/api/statements/{key}/claims", key)
        .then()
        .statusCode(201);
  }

  /** Every report on the data, by name; each JSON body with what it asked. */
  private static Map<String, Map<String, Object>> everyReport(String asRecorded) {
    Map<String, Map<String, Object>> reports = new LinkedHashMap<>();
    for (String key : List.of(SUPPORTIVE, CRITICAL, ANNEX)) {
      for (String asOf : List.of("2019-07-20", "2019-08-01", "2019-12-31")) {
        for (String knownBy : List.of("", "2019-08-01")) {
          for (String report : List.of("signatories", "count")) {
            reports.put(
                key + " " + report + " " + asOf + (knownBy.isEmpty() ? "" : " known by " + knownBy),
                get(
                    "/api/statements/" + key + "/" + report,
                    asRecorded,
                    "asOf",
                    asOf,
                    "knownBy",
                    knownBy,
                    "minConfidence",
                    "DISPUTED"));
          }
        }
      }
      reports.put(key + " timeline", get("/api/statements/" + key + "/timeline", asRecorded));
    }
    reports.put(
        "compare",
        get("/api/compare", asRecorded, "a", SUPPORTIVE, "b", ANNEX, "asOf", "2019-12-31"));
    for (String state : List.of("QAT", "YEM", "NRU", "OMN", "CHN")) {
      reports.put(
          state, get("/api/states/" + state + "/positions", asRecorded, "asOf", "2020-01-01"));
    }
    return reports;
  }

  private static Map<String, Object> get(String path, String asRecorded, String... params) {
    var request = given();
    for (int i = 0; i < params.length; i += 2) {
      if (!params[i + 1].isEmpty()) {
        request = request.queryParam(params[i], params[i + 1]);
      }
    }
    if (asRecorded != null) {
      request = request.queryParam("asRecorded", asRecorded);
    }
    return request.get(path).then().statusCode(200).extract().jsonPath().getMap("$");
  }
}
