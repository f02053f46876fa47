package org.signatorytracker.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.uniqueKey;
import static org.signatorytracker.TestApi.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of disagreement, one small constructed case each, and what is not one. */
@QuarkusTest
class ConflictsTest {

  private static final String ASOF = "2020-12-31";

  private static String letter(
      String issue, String session, String side, Map<String, Object> more) {
    Map<String, Object> fields = new HashMap<>(more);
    fields.put("issue", issue);
    fields.put("side", side);
    fields.put("session", session);
    fields.put("date", "2020-03-01");
    fields.put("sources", List.of(Map.of("url", "https://example.org/" + side)));
    return createStatement(side, "LETTER", fields);
  }

  private static void claim(String key, int count, String on, String source) {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "count",
                count,
                "on",
                on,
                "sources",
                List.of(Map.of("url", "https://example.org/" + source))))
        .post("/api/statements/{key}/claims", key)
        .then()
        .statusCode(201);
  }

  private static Map<String, Object> sourced(Map<String, Object> position, String url) {
    return with(position, "sources", List.of(Map.of("url", url)));
  }

  private static JsonPath conflicts(String... params) {
    return report("/api/conflicts", params);
  }

  @Test
  void eachKindOfDisagreementIsListedWithWhatItRestsOn() {
    String issue = uniqueKey("conflicted");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Conflicted", "sides", List.of("critical", "supportive")))
        .put("/api/issues/{issue}", issue)
        .then()
        .statusCode(201);
    String critical = letter(issue, "HRC44", "critical", Map.of());
    String supportive =
        letter(
            issue,
            "HRC44",
            "supportive",
            Map.of(
                "list",
                Map.of("status", "COMPLETE", "source", Map.of("url", "https://un.example/annex"))));

    // two same-day claims that differ; and one earlier claim that competes with neither
    claim(critical, 44, "2020-03-01", "can-mission");
    claim(critical, 43, "2020-03-01", "press");
    claim(critical, 40, "2020-02-01", "early");
    // Qatar: signed says one source, withdrew on the same day says another
    record(critical, sourced(position("Qatar", "SIGNED", "2020-03-01"), "https://a.example/1"));
    record(critical, sourced(position("Qatar", "WITHDREW", "2020-03-01"), "https://b.example/2"));
    // Italy signed and withdrew on one day from one source: a correction, not a dispute
    record(critical, sourced(position("Italy", "SIGNED", "2020-03-01"), "https://a.example/1"));
    record(critical, sourced(position("Italy", "WITHDREW", "2020-03-01"), "https://a.example/1"));
    // Cuba stands on both rival letters of HRC44
    record(critical, "Cuba", "SIGNED", "2020-03-01");
    record(supportive, "Cuba", "SIGNED", "2020-03-01");
    // the supportive letter: claimed 1 on its date, 2 stand then, declared complete
    claim(supportive, 3, "2020-03-01", "mission");
    record(supportive, "Oman", "SIGNED", "2020-03-01");

    JsonPath all = conflicts("issue", issue, "asOf", ASOF);
    assertThat(all.getList("items.kind"))
        .containsExactlyInAnyOrder(
            "COMPETING_CLAIMS", "CONTRADICTING_RECORDS", "BOTH_SIDES", "DECLARED_LIST_DISAGREES");
    Map<String, Object> claims = all.getMap("items.find { it.kind == 'COMPETING_CLAIMS' }");
    assertThat(claims).containsEntry("statement", critical);
    assertThat(all.getList("items.find { it.kind == 'COMPETING_CLAIMS' }.claims.count"))
        .containsExactly(43, 44);
    assertThat(all.getString("items.find { it.kind == 'COMPETING_CLAIMS' }.detail"))
        .isEqualTo("The sources disagree on the count: 43 (2020-03-01) or 44 (2020-03-01)");

    Map<String, Object> records = all.getMap("items.find { it.kind == 'CONTRADICTING_RECORDS' }");
    assertThat(records).containsEntry("state", "QAT").containsEntry("statement", critical);
    assertThat(
            all.getList(
                "items.find { it.kind == 'CONTRADICTING_RECORDS' }.records.sources.url.flatten()"))
        .containsExactly("https://a.example/1", "https://b.example/2");

    Map<String, Object> both = all.getMap("items.find { it.kind == 'BOTH_SIDES' }");
    assertThat(both).containsEntry("state", "CUB").containsEntry("issue", issue);
    assertThat(all.getList("items.find { it.kind == 'BOTH_SIDES' }.statements"))
        .containsExactlyInAnyOrder(critical, supportive);
    assertThat(all.getList("items.find { it.kind == 'BOTH_SIDES' }.records")).hasSize(2);

    assertThat(all.getString("items.find { it.kind == 'DECLARED_LIST_DISAGREES' }.detail"))
        .isEqualTo("The list is declared COMPLETE, but the records give PARTIAL (2 of 3)");

    // the home page links each issue's disagreements, counted as the list counts them
    assertThat(given().get("/").then().statusCode(200).extract().asString())
        .contains("href=\"/api/conflicts?issue=" + issue + "\">4 disagreements</a>");

    // records count for a dispute as they count for every answer: not below minConfidence
    assertThat(
            conflicts("issue", issue, "asOf", ASOF, "minConfidence", "CONFIRMED")
                .getList("items.kind"))
        .doesNotContain("CONTRADICTING_RECORDS", "BOTH_SIDES")
        .contains("COMPETING_CLAIMS");

    // one statement's conflicts; and as CSV
    assertThat(conflicts("statement", supportive, "asOf", ASOF).getList("items.kind"))
        .containsExactlyInAnyOrder("BOTH_SIDES", "DECLARED_LIST_DISAGREES");
    String csv =
        given()
            .accept("text/csv")
            .queryParam("issue", issue)
            .queryParam("asOf", ASOF)
            .get("/api/conflicts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo("kind,statement,statements,state,detail,claim_ids,record_ids");
    assertThat(csv.lines().count()).isEqualTo(5);

    // the home page's count is kept between views, but only until the next write: a new dispute
    // shows on the next view
    record(critical, sourced(position("Bahrain", "SIGNED", "2020-03-01"), "https://a.example/1"));
    record(critical, sourced(position("Bahrain", "WITHDREW", "2020-03-01"), "https://c.example/3"));
    assertThat(given().get("/").then().statusCode(200).extract().asString())
        .contains("href=\"/api/conflicts?issue=" + issue + "\">5 disagreements</a>");
  }

  @Test
  void moreStatesStandingThanTheClaimSaysIsAConflict() {
    String issue = uniqueKey("too-many");
    String key = letter(issue, null, "critical", Map.of());
    claim(key, 1, "2020-03-01", "press");
    record(key, "France", "SIGNED", "2020-03-01");
    record(key, "Spain", "SIGNED", "2020-03-01");
    // Portugal joined later: not standing on the claim's date
    record(key, "Portugal", "SIGNED", "2020-05-01");
    JsonPath found = conflicts("statement", key, "asOf", ASOF);
    assertThat(found.getList("items.kind")).containsExactly("MORE_STANDING_THAN_CLAIMED");
    assertThat(found.getString("items[0].detail"))
        .isEqualTo("2 states stand on 2020-03-01, the date of the claim of 1");
  }

  @Test
  void anUnknownStatementOrIssueIsNotFoundNamingTheParameter() {
    given()
        .queryParam("statement", "no-such-statement")
        .get("/api/conflicts")
        .then()
        .statusCode(404);
    given().queryParam("issue", "no-such-issue").get("/api/conflicts").then().statusCode(404);
    given()
        .queryParam("asOf", "2020-13")
        .get("/api/conflicts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("asOf"));
  }

  @Test
  void anAnswerThatListsADisputedStateMarksItWithBothRecords() {
    String key = letter(uniqueKey("marked"), null, "critical", Map.of());
    long month =
        record(key, sourced(position("Spain", "SIGNED", "2020-03"), "https://a.example/1"));
    long day =
        record(key, sourced(position("Spain", "WITHDREW", "2020-03-10"), "https://b.example/2"));
    record(key, "France", "SIGNED", "2020-03-01");

    // the rule still decides: the month counts from its last day, after the withdrawal
    JsonPath answer = report("/api/statements/" + key + "/signatories", "asOf", "2020-04-01");
    assertThat(answer.getList("states.iso3")).containsExactlyInAnyOrder("ESP", "FRA");
    assertThat(answer.getBoolean("states.find { it.iso3 == 'ESP' }.disputed")).isTrue();
    assertThat(answer.getList("states.find { it.iso3 == 'ESP' }.disputedRecords", Long.class))
        .containsExactly(month, day);
    assertThat(answer.getMap("states.find { it.iso3 == 'FRA' }")).doesNotContainKey("disputed");

    // a vote: two different votes on one day from two sources
    Map<String, Object> fields = new HashMap<>();
    fields.put("date", "2020-03-01");
    String vote = createStatement("disputed-vote", "VOTE", fields);
    long yes = record(vote, sourced(position("Chile", "YES", "2020-03-01"), "https://a.example/v"));
    long no = record(vote, sourced(position("Chile", "NO", "2020-03-01"), "https://b.example/v"));
    JsonPath votes = report("/api/statements/" + vote + "/signatories", "asOf", "2020-03-01");
    assertThat(votes.getString("states[0].action")).isEqualTo("NO");
    assertThat(votes.getList("states[0].disputedRecords", Long.class)).containsExactly(yes, no);
  }
}
