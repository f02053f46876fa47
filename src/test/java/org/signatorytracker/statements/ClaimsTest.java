package org.signatorytracker.statements;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.signatorytracker.TestApi.count;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A statement's count is a series of claims; a report takes the latest dated by its date. */
@QuarkusTest
class ClaimsTest {

  private static String letter() {
    return createStatement("claims", "LETTER", Map.of("date", "2019-07-12"));
  }

  private static long claim(String key, int count, String on, String source) {
    Map<String, Object> body = new HashMap<>();
    body.put("count", count);
    body.put("on", on);
    body.put("sources", List.of(Map.of("url", "https://example.org/" + source, "kind", "PRESS")));
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/statements/{key}/claims", key)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static Integer reported(String key, String... params) {
    return count(key, params).get("reportedCount");
  }

  @Test
  void aClaimIsRecordedWithItsSourcesAndRetractedNotDeleted() {
    String key = letter();
    JsonPath created =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "count",
                    50,
                    "on",
                    "2019-07-26",
                    "sources",
                    List.of(
                        Map.of(
                            "url",
                            "https://mission.example/statement",
                            "title",
                            "Statement of the mission",
                            "kind",
                            "OFFICIAL")),
                    "note",
                    "The mission's own figure"))
            .post("/api/statements/{key}/claims", key.toUpperCase())
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/claims/"))
            .body("statement", equalTo(key))
            .body("count", equalTo(50))
            .body("on", equalTo("2019-07-26"))
            .body("sources[0].kind", equalTo("OFFICIAL"))
            .body("retracted", equalTo(false))
            .extract()
            .jsonPath();
    long id = created.getLong("id");
    assertThat(created.getLong("revision")).isPositive();
    given().get("/api/claims/{id}", id).then().statusCode(200).body("note", containsString("own"));

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Misread: that was another letter"))
        .post("/api/claims/{id}/retraction", id)
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/claims/" + id + "/retraction"))
        .body("retracted", equalTo(true))
        .body("retraction.reason", equalTo("Misread: that was another letter"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "again"))
        .post("/api/claims/{id}/retraction", id)
        .then()
        .statusCode(409);
    given()
        .get("/api/statements/{key}/claims", key)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("totalItems", equalTo(1))
        .body("items[0].retracted", equalTo(true));
    assertThat(reported(key, "asOf", "2019-12-31")).isNull();
    given().delete("/api/statements/{key}", key).then().statusCode(409);
  }

  @Test
  void badClaimsAreRefusedNamingTheField() {
    String key = letter();
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("count", 50, "on", "2019-07-26"))
        .post("/api/statements/{key}/claims", key)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sources"));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "count",
                -1,
                "on",
                "2019-07-26",
                "sources",
                List.of(Map.of("url", "https://e.org"))))
        .post("/api/statements/{key}/claims", key)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("count"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("count", 5, "on", "2019-07-26/..", "sources", List.of(Map.of("title", "T"))))
        .post("/api/statements/{key}/claims", key)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("on"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("count", 5, "on", "2019", "sources", List.of(Map.of("title", "T"))))
        .post("/api/statements/{key}/claims", "no-such-letter-for-claims")
        .then()
        .statusCode(404);
    given().get("/api/claims/{id}", "x").then().statusCode(404);
    given().get("/api/claims/{id}", 999999999).then().statusCode(404);
  }

  @Test
  void theReportedCountIsTheLatestClaimDatedByTheReportsDateTiesToTheOneRecordedLast() {
    String key = letter();
    claim(key, 37, "2019-07-12", "at-delivery");
    claim(key, 50, "2019-07-26", "mission");
    claim(key, 65, "2019-08", "press-a");
    long sixtyFour = claim(key, 64, "2019-08", "press-b");
    claim(key, 70, "2019-07-20/2019-09-15", "vague");

    assertThat(reported(key, "asOf", "2019-07-11")).isNull();
    assertThat(reported(key, "asOf", "2019-07-25")).isEqualTo(37);
    assertThat(reported(key, "asOf", "2019-07-26")).isEqualTo(50);
    assertThat(reported(key, "asOf", "2019-08-30")).isEqualTo(50);
    assertThat(reported(key, "asOf", "2019-08-31")).isEqualTo(64);
    assertThat(reported(key, "asOf", "2019-09-15")).isEqualTo(70);
    // a claim is public on its date
    assertThat(reported(key, "asOf", "2019-09-15", "knownBy", "2019-07-30")).isEqualTo(50);

    JsonPath considered = count(key, "asOf", "2019-08-31");
    assertThat(considered.getList("claims.count")).containsExactly(64, 65, 50, 37);
    assertThat(considered.getList("claims.chosen")).containsExactly(true, false, false, false);
    assertThat(
            report("/api/statements/" + key + "/signatories", "asOf", "2019-08-31")
                .getInt("reportedCount"))
        .isEqualTo(64);

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "duplicate of another outlet"))
        .post("/api/claims/{id}/retraction", sixtyFour)
        .then()
        .statusCode(201);
    assertThat(reported(key, "asOf", "2019-08-31")).isEqualTo(65);
    given().get("/api/statements/{key}", key).then().body("reportedCount", equalTo(70));
  }

  @Test
  void sameDayClaimsThatDifferAreADisputeAndTheRuleStillChooses() {
    String key = letter();
    long mission = claim(key, 44, "2019-07-12", "can-mission");
    long press = claim(key, 43, "2019-07-12", "press");
    // an earlier claim of another day competes with neither
    claim(key, 40, "2019-07-10", "early");

    JsonPath answer = count(key, "asOf", "2019-07-31");
    assertThat(answer.getInt("reportedCount")).isEqualTo(43);
    assertThat(answer.getBoolean("disputed")).isTrue();
    assertThat(answer.getList("reportedCounts.id", Long.class)).containsExactly(press, mission);
    assertThat(answer.getList("reportedCounts.count", Integer.class)).containsExactly(43, 44);
    assertThat(answer.getString("reportedCounts[1].sources[0].url")).endsWith("can-mission");

    // before the dispute, the one claim of its day is not disputed
    JsonPath earlier = count(key, "asOf", "2019-07-11");
    assertThat(earlier.getInt("reportedCount")).isEqualTo(40);
    assertThat(earlier.getBoolean("disputed")).isFalse();
    assertThat(earlier.getList("reportedCounts")).isNull();
  }

  @Test
  void uncertainDatesThatOverlapDisputeOnlyWhereTheyShareADay() {
    String key = letter();
    long july = claim(key, 64, "2019-07", "july");
    long lateJuly = claim(key, 65, "2019-07-20/2019-08-05", "late-july");
    JsonPath august = count(key, "asOf", "2019-08-31");
    // the chosen claim is the latest dated: the interval ending 5 August
    assertThat(august.getInt("reportedCount")).isEqualTo(65);
    assertThat(august.getBoolean("disputed")).isTrue();
    assertThat(august.getList("reportedCounts.id", Long.class)).containsExactly(lateJuly, july);

    // the same count from two sources is agreement, not a dispute
    String agreed = letter();
    claim(agreed, 57, "2019-07-12", "a");
    claim(agreed, 57, "2019-07", "b");
    assertThat(count(agreed).getBoolean("disputed")).isFalse();

    // a later claim that does not overlap is news, not a dispute
    String grown = letter();
    claim(grown, 37, "2019-07-12", "a");
    claim(grown, 50, "2019-07-26", "b");
    assertThat(count(grown).getBoolean("disputed")).isFalse();
    assertThat(count(grown).getInt("reportedCount")).isEqualTo(50);
  }

  @Test
  void theStatementPageShowsDisputedCountsSideBySide() {
    String key = letter();
    claim(key, 44, "2019-07-12", "can-mission");
    claim(key, 43, "2019-07-12", "press");
    given()
        .get("/statements/{key}?asOf=2019-07-31", key)
        .then()
        .statusCode(200)
        .body(
            containsString(
                "sources disagree: 43 (2019-07-12, example.org) or 44 (2019-07-12, example.org)"));
  }

  @Test
  void aCountGivenWithTheStatementIsAClaimOnItsDateCitingItsSources() {
    String key =
        createStatement(
            "claimed-with-statement",
            "LETTER",
            Map.of(
                "date",
                "2019-07-12",
                "reportedCount",
                37,
                "sources",
                List.of(Map.of("url", "https://un.example/letter", "kind", "OFFICIAL"))));
    given()
        .get("/api/statements/{key}/claims", key)
        .then()
        .body("items", hasSize(1))
        .body("items[0].count", equalTo(37))
        .body("items[0].on", equalTo("2019-07-12"))
        .body("items[0].sources[0].kind", equalTo("OFFICIAL"));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "key",
                key,
                "title",
                "Renamed",
                "kind",
                "LETTER",
                "date",
                "2019-07-12",
                "reportedCount",
                37,
                "sources",
                List.of(Map.of("url", "https://un.example/letter", "kind", "OFFICIAL"))))
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(200);
    given().get("/api/statements/{key}/claims", key).then().body("items", hasSize(1));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("key", key + "-x", "title", "T", "kind", "LETTER", "reportedCount", 5))
        .post("/api/statements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reportedCount"));
  }

  @Test
  void claimsImportFromTheirOwnTableOnceAndExportWithTheirDates() {
    String key = letter();
    String csv =
        "statement,count,on,source_url,source_title,source_kind,note,retraction_reason\n"
            + key
            + ",37,2019-07-12,https://a.example/1,At delivery,OFFICIAL,,\n"
            + key
            + ",50,2019-08,https://b.example/2,Annex,PRESS,\"The annex, as published\",\n"
            + key
            + ",51,2019-08,https://c.example/3,Typo,PRESS,,mistyped\n";
    given()
        .contentType("text/csv")
        .body(csv)
        .post("/api/import/claims")
        .then()
        .statusCode(200)
        .body("claims.created", equalTo(3))
        .body("claims.retracted", equalTo(1));
    given()
        .contentType("text/csv")
        .body(csv)
        .post("/api/import/claims")
        .then()
        .statusCode(200)
        .body("imported", equalTo(0))
        .body("claims.unchanged", equalTo(3));
    assertThat(reported(key, "asOf", "2019-08-31")).isEqualTo(50);

    String exported =
        given()
            .queryParam("statement", key)
            .queryParam("includeRetracted", "true")
            .get("/api/export/claims.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(exported.lines().findFirst().orElseThrow())
        .startsWith(
            "statement,count,on,note,retraction_reason,review,review_reason,source_url,source_title");
    assertThat(exported)
        .contains(key + ",50,2019-08,\"The annex, as published\",,,,https://b.example/2,Annex,")
        .contains(",mistyped,,,https://c.example/3,Typo,");
    given()
        .contentType("text/csv")
        .body("statement,count,on,source_url\n" + key + ",many,2019-13,\n")
        .post("/api/import/claims")
        .then()
        .statusCode(422)
        .body("errorCount", equalTo(3));
  }

  @Test
  void aClaimRecordedLaterIsNotInAnAnswerAsRecordedBefore() {
    String key = letter();
    claim(key, 37, "2019-07-12", "at-delivery");
    JsonPath cited = count(key, "asOf", "2019-12-31");
    claim(key, 50, "2019-08", "annex");
    assertThat(reported(key, "asOf", "2019-12-31")).isEqualTo(50);
    assertThat(
            reported(
                key,
                "asOf",
                "2019-12-31",
                "asRecorded",
                cited.getString("recordedThroughRevision")))
        .isEqualTo(37);
  }
}
