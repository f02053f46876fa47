package org.signatorytracker.statements;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.signatorytracker.TestApi.count;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Counts as sources phrase them ("nearly 100", "at least 41", "64–65"): kept as said, shown as
 * said, and read honestly by the list status, the share and the disputes.
 */
@QuarkusTest
class CountsAsPhrasedTest {

  private static final List<Map<String, String>> REUTERS =
      List.of(Map.of("url", "https://press.example/reuters", "kind", "PRESS"));

  /** A letter of 19 July 2022 signed by three states on 1 July. */
  private static String letterOfThree() {
    String key = createStatement("phrased", "LETTER", Map.of("date", "2022-07-19"));
    for (String state : List.of("Pakistan", "Cuba", "Venezuela")) {
      record(key, state, "SIGNED", "2022-07-01");
    }
    return key;
  }

  private static Map<String, Object> claim(int count, String bound, Integer countTo) {
    Map<String, Object> body = new HashMap<>();
    body.put("count", count);
    body.put("bound", bound);
    if (countTo != null) {
      body.put("countTo", countTo);
    }
    body.put("on", "2022-07-19");
    body.put("sources", REUTERS);
    return body;
  }

  private static JsonPath post(String key, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/statements/{key}/claims", key)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  @Test
  void aClaimIsKeptAndShownAsPhrasedWithTheSourcesWords() {
    String key = letterOfThree();
    Map<String, Object> body = claim(100, "NEARLY", null);
    body.put("quote", "nearly 100 countries had recently expressed support");
    JsonPath created = post(key, body);
    assertThat(created.getInt("count")).isEqualTo(100);
    assertThat(created.getString("bound")).isEqualTo("NEARLY");
    assertThat(created.getString("reported")).isEqualTo("nearly 100");
    assertThat(created.getString("quote")).startsWith("nearly 100 countries");

    JsonPath count = count(key, "asOf", "2022-07-31");
    assertThat(count.getInt("reportedCount")).isEqualTo(100);
    assertThat(count.getString("reportedBound")).isEqualTo("NEARLY");
    assertThat(count.getString("listStatus")).isEqualTo("PARTIAL");
    assertThat(count.getDouble("share")).isEqualTo(0.03); // 3 of (nearly) 100
    assertThat(count.getString("claims[0].reported")).isEqualTo("nearly 100");

    String csv =
        given()
            .accept("text/csv")
            .queryParam("asOf", "2022-07-31")
            .get("/api/statements/{key}/count", key)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
    String[] row = csv.lines().skip(1).findFirst().orElseThrow().split(",", -1);
    assertThat(row[header.indexOf("reported_count")]).isEqualTo("100");
    assertThat(row[header.indexOf("reported_bound")]).isEqualTo("NEARLY");
    assertThat(row[header.indexOf("reported_count_to")]).isEmpty();
    given()
        .get("/statements/{key}", key)
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("nearly 100</span> reported"));
  }

  /** Each bound against the three states named (and standing) on the claim's date. */
  @Test
  void eachBoundSaysWhatItCanOfAListOfThree() {
    Object[][] cases = {
      {3, "EXACT", null, "COMPLETE"},
      {4, "EXACT", null, "PARTIAL"},
      {3, "AT_MOST", null, "COMPLETE"},
      {5, "AT_MOST", null, "UNKNOWN"},
      {2, "AT_LEAST", null, "UNKNOWN"},
      {4, "AT_LEAST", null, "PARTIAL"},
      {4, "NEARLY", null, "PARTIAL"},
      {3, "NEARLY", null, "UNKNOWN"},
      {2, "RANGE", 3, "COMPLETE"},
      {3, "RANGE", 4, "UNKNOWN"},
      {4, "RANGE", 5, "PARTIAL"},
      {30, "ABOUT", null, "PARTIAL"},
      {3, "ABOUT", null, "UNKNOWN"},
    };
    for (Object[] c : cases) {
      String key = letterOfThree();
      post(key, claim((Integer) c[0], (String) c[1], (Integer) c[2]));
      JsonPath count = count(key, "asOf", "2022-07-31");
      assertThat(count.getString("listStatus")).as("%s %s %s", c[1], c[0], c[2]).isEqualTo(c[3]);
      assertThat(count.getInt("standingOnClaimDate")).isEqualTo(3);
    }
  }

  @Test
  void aRangeAndAnExactFigureInsideItDoNotConflict() {
    String inside = letterOfThree();
    post(inside, claim(64, "EXACT", null));
    post(inside, claim(64, "RANGE", 65));
    assertThat(count(inside, "asOf", "2022-07-31").getBoolean("disputed")).isFalse();

    String outside = letterOfThree();
    post(outside, claim(66, "EXACT", null));
    post(outside, claim(64, "RANGE", 65));
    JsonPath count = count(outside, "asOf", "2022-07-31");
    assertThat(count.getBoolean("disputed")).isTrue();
    assertThat(count.getList("reportedCounts.reported", String.class))
        .containsExactlyInAnyOrder("64–65", "66");
    assertThat(
            report("/api/conflicts", "statement", outside, "asOf", "2022-07-31")
                .getList("items.kind", String.class))
        .contains("COMPETING_CLAIMS");
    assertThat(
            report("/api/conflicts", "statement", inside, "asOf", "2022-07-31")
                .getList("items.kind", String.class))
        .doesNotContain("COMPETING_CLAIMS");
  }

  @Test
  void moreStandingThanNearlyTheNumberIsAConflict() {
    String key = letterOfThree();
    post(key, claim(3, "NEARLY", null)); // nearly 3 allows 2 at most: 3 stand
    JsonPath conflicts = report("/api/conflicts", "statement", key, "asOf", "2022-07-31");
    assertThat(conflicts.getList("items.kind", String.class))
        .contains("MORE_STANDING_THAN_CLAIMED");
    assertThat(conflicts.getList("items.detail", String.class))
        .anyMatch(d -> d.contains("the claim of nearly 3"));
  }

  @Test
  void aPhraseThatCannotHoldIsRefusedNamingTheField() {
    String key = letterOfThree();
    refused(key, claim(64, "RANGE", null), "countTo");
    refused(key, claim(64, "RANGE", 60), "countTo");
    refused(key, claim(64, "EXACT", 65), "countTo");
    refused(key, claim(64, "SOME", null), "bound");
    given()
        .get("/api/statements/{key}/claims", key)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
  }

  private static void refused(String key, Map<String, Object> body, String field) {
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/statements/{key}/claims", key)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(field));
  }

  /** claims.csv carries the bound, the high end and the quote there and back, exactly. */
  @Test
  void claimsAsPhrasedRoundTripThroughTheirTable() {
    String key = letterOfThree();
    String csv =
        "statement,count,bound,count_to,on,quote,source_url,source_kind\n"
            + key
            + ",100,NEARLY,,2022-07-19,\"nearly 100 countries, \"\"through the joint letter\"\"\","
            + "https://press.example/reuters,PRESS\n"
            + key
            + ",64,RANGE,65,2022-07,,https://press.example/other,PRESS\n"
            + key
            + ",41,AT_LEAST,,2022-07-20,,https://press.example/other,PRESS\n"
            + key
            + ",37,,,2022-07-12,,https://press.example/other,PRESS\n";
    given()
        .contentType("text/csv")
        .body(csv)
        .post("/api/import/claims")
        .then()
        .statusCode(200)
        .body("claims.created", equalTo(4));
    String exported =
        given()
            .queryParam("statement", key)
            .get("/api/export/claims.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(exported)
        .contains(
            ",NEARLY,,\"nearly 100 countries, \"\"through the joint letter\"\"\",",
            ",RANGE,65,,",
            ",AT_LEAST,,,");
    // the export imports again as the same claims: nothing new
    given()
        .contentType("text/csv")
        .body(exported)
        .post("/api/import/claims")
        .then()
        .statusCode(200)
        .body("claims.created", equalTo(0))
        .body("claims.unchanged", equalTo(4));
    // a bad bound or high end is reported by line and column, and nothing is written
    given()
        .contentType("text/csv")
        .body(
            "statement,count,bound,count_to,on,source_url,source_kind\n"
                + key
                + ",64,RANGE,,2022-07,https://x.example,PRESS\n"
                + key
                + ",64,SOME,,2022-07,https://x.example,PRESS\n")
        .post("/api/import/claims")
        .then()
        .statusCode(422)
        .body("errors.column", org.hamcrest.Matchers.contains("count_to", "bound"))
        .body("errors.line", org.hamcrest.Matchers.contains(2, 3));
  }
}
