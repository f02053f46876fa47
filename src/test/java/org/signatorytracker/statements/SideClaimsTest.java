package org.signatorytracker.statements;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.csvRows;
import static org.signatorytracker.TestApi.importCsv;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Claims about an issue's side ("nearly 100 countries support China's position on Xinjiang"):
 * recorded with their sources, shown by the balance as of dates before and after them beside the
 * side's documented count, retracted, and carried through CSV.
 */
@QuarkusTest
class SideClaimsTest {

  private static final Map<String, Object> SPOKESPERSON =
      Map.of(
          "url",
          "https://press.example/reuters-2022-07-19",
          "kind",
          "PRESS",
          "via",
          List.of(
              Map.of("kind", "PRESS", "title", "Reuters"),
              Map.of("kind", "OFFICIAL", "title", "China's mission in Geneva")));

  /** An issue with two sides and a supportive letter three states signed on 1 July 2022. */
  private static String issueWithThreeSupporters() {
    String issue = uniqueKey("sideclaims");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Side claims", "sides", List.of("critical", "Supportive")))
        .put("/api/issues/{issue}", issue)
        .then()
        .statusCode(201);
    String letter =
        createStatement(
            "side-letter",
            "LETTER",
            Map.of("issue", issue, "side", "supportive", "date", "2022-07-01"));
    for (String state : List.of("Pakistan", "Cuba", "Venezuela")) {
      record(letter, state, "SIGNED", "2022-07-01");
    }
    return issue;
  }

  private static Map<String, Object> claim(int count, String bound, String on) {
    Map<String, Object> body = new HashMap<>();
    body.put("side", "supportive");
    body.put("count", count);
    body.put("bound", bound);
    body.put("on", on);
    body.put("sources", List.of(SPOKESPERSON));
    body.put("quote", "nearly 100 countries");
    return body;
  }

  private static JsonPath post(String issue, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/issues/{issue}/claims", issue)
        .then()
        .statusCode(201)
        .header(
            "Location", org.hamcrest.Matchers.containsString("/api/issues/" + issue + "/claims/"))
        .extract()
        .jsonPath();
  }

  private static JsonPath balance(String issue, String... params) {
    return report("/api/issues/" + issue + "/balance", params);
  }

  @Test
  void aClaimAboutASideStandsInTheBalanceFromItsDateWithTheDocumentedShare() {
    String issue = issueWithThreeSupporters();
    long before = balance(issue, "asOf", "2022-07-31").getLong("recordedThroughRevision");
    JsonPath created = post(issue, claim(100, "NEARLY", "2022-07-19"));
    assertThat(created.getString("side")).isEqualTo("Supportive"); // as the issue spells it
    assertThat(created.getString("reported")).isEqualTo("nearly 100");
    assertThat(created.getString("quote")).isEqualTo("nearly 100 countries");

    JsonPath earlier = balance(issue, "asOf", "2022-07-18");
    assertThat(earlier.getInt("sides.Supportive.count")).isEqualTo(3);
    assertThat(earlier.getMap("sides.Supportive")).doesNotContainKeys("claims", "shareOfClaim");

    JsonPath later = balance(issue, "asOf", "2022-07-31");
    assertThat(later.getInt("sides.Supportive.count")).isEqualTo(3);
    assertThat(later.getString("sides.Supportive.claims[0].reported")).isEqualTo("nearly 100");
    assertThat(later.getString("sides.Supportive.claims[0].sources[0].via[1].kind"))
        .isEqualTo("OFFICIAL");
    assertThat(later.getDouble("sides.Supportive.shareOfClaim")).isEqualTo(0.03);
    assertThat(later.getMap("sides.critical")).doesNotContainKey("claims");

    // known by a day before the claim was made, or as recorded before it: not there
    assertThat(
            balance(issue, "asOf", "2022-07-31", "knownBy", "2022-07-18")
                .getMap("sides.Supportive"))
        .doesNotContainKey("claims");
    assertThat(
            balance(issue, "asOf", "2022-07-31", "asRecorded", Long.toString(before))
                .getMap("sides.Supportive"))
        .doesNotContainKey("claims");

    // a later claim is chosen; a claim resting on unnamed people can be left out
    Map<String, Object> anonymous = claim(60, "ABOUT", "2022-07-25");
    anonymous.put("sources", List.of(Map.of("title", "Diplomats said", "kind", "ANONYMOUS")));
    post(issue, anonymous);
    assertThat(balance(issue, "asOf", "2022-07-31").getList("sides.Supportive.claims.reported"))
        .containsExactly("about 60", "nearly 100");
    assertThat(
            balance(issue, "asOf", "2022-07-31", "excludeAnonymous", "true")
                .getList("sides.Supportive.claims.reported"))
        .containsExactly("nearly 100");

    // the issue page shows them
    given()
        .get("/issues/{issue}?asOf=2022-07-31", issue)
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("nearly 100"));
  }

  @Test
  void aRetractedClaimLeavesTheBalanceAndStaysListed() {
    String issue = issueWithThreeSupporters();
    long id = post(issue, claim(100, "NEARLY", "2022-07-19")).getLong("id");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "the spokesperson spoke of statements, not of this issue"))
        .post("/api/issues/{issue}/claims/{id}/retraction", issue, id)
        .then()
        .statusCode(201)
        .header("Location", endsWith("/claims/" + id + "/retraction"))
        .body("retracted", equalTo(true));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "again"))
        .post("/api/issues/{issue}/claims/{id}/retraction", issue, id)
        .then()
        .statusCode(409);
    assertThat(balance(issue, "asOf", "2022-07-31").getMap("sides.Supportive"))
        .doesNotContainKey("claims");
    assertThat(report("/api/issues/" + issue + "/claims").getList("items.retracted"))
        .containsExactly(true);
  }

  @Test
  void aClaimThatCannotHoldIsRefusedNamingTheField() {
    String issue = issueWithThreeSupporters();
    Map<String, Object> noSide = claim(100, "NEARLY", "2022-07-19");
    noSide.put("side", "neutral");
    refused(issue, noSide, "side");
    refused(issue, claim(64, "RANGE", "2022-07-19"), "countTo");
    Map<String, Object> noSources = claim(100, "NEARLY", "2022-07-19");
    noSources.put("sources", List.of());
    refused(issue, noSources, "sources");
    given()
        .contentType(ContentType.JSON)
        .body(claim(100, "NEARLY", "2022-07-19"))
        .post("/api/issues/{issue}/claims", "no-such-issue-anywhere")
        .then()
        .statusCode(404);
    assertThat(report("/api/issues/" + issue + "/claims").getInt("totalItems")).isZero();
  }

  private static void refused(String issue, Map<String, Object> body, String field) {
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/issues/{issue}/claims", issue)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(field));
  }

  /** side-claims.csv carries every field there and back; a repeated import changes nothing. */
  @Test
  void claimsAboutSidesRoundTripThroughTheirTable() {
    String issue = issueWithThreeSupporters();
    post(issue, claim(100, "NEARLY", "2022-07-19"));
    String exported =
        given()
            .queryParam("issue", issue)
            .get("/api/export/side-claims.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<Map<String, String>> rows = csvRows(exported);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0))
        .containsEntry("issue", issue)
        .containsEntry("side", "Supportive")
        .containsEntry("count", "100")
        .containsEntry("bound", "NEARLY")
        .containsEntry("on", "2022-07-19")
        .containsEntry("quote", "nearly 100 countries")
        .containsEntry(
            "source_via",
            "[{\"kind\":\"PRESS\",\"title\":\"Reuters\"},"
                + "{\"kind\":\"OFFICIAL\",\"title\":\"China's mission in Geneva\"}]");
    importCsv("side-claims", exported)
        .statusCode(200)
        .body("claims.created", equalTo(0))
        .body("claims.unchanged", equalTo(1));
    // a new claim, and the stored one retracted by its reason
    importCsv(
            "side-claims",
            "issue,side,count,bound,on,source_url,retraction_reason\n"
                + issue
                + ",critical,40,AT_LEAST,2022-08,https://x.example,\n"
                + issue
                + ",critical,40,AT_LEAST,2022-08,https://x.example,said of another issue\n")
        .statusCode(200)
        .body("claims.created", equalTo(1))
        .body("claims.unchanged", equalTo(1))
        .body("claims.retracted", equalTo(1));
    assertThat(report("/api/issues/" + issue + "/claims").getList("items.reported"))
        .containsExactly("nearly 100", "at least 40");
    assertThat(report("/api/issues/" + issue + "/claims").getList("items.retracted"))
        .containsExactly(false, true);
    // a problem names its line and column, and nothing is written
    importCsv(
            "side-claims",
            "issue,side,count,on,source_url\n"
                + issue
                + ",neutral,5,2022-08,https://x.example\n"
                + "no-such-issue-anywhere,critical,5,2022-08,https://x.example\n")
        .statusCode(422)
        .body("errors.column", org.hamcrest.Matchers.contains("side", "issue"))
        .body("errors.line", org.hamcrest.Matchers.contains(2, 3));
  }
}
