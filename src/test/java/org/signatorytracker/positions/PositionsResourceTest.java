package org.signatorytracker.positions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.retract;
import static org.signatorytracker.TestApi.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class PositionsResourceTest {

  @Test
  void recordingAnswers201WithTheRecordAndItsId() {
    String key = createLetter("record");
    Map<String, Object> body =
        Map.of(
            "state", "Qatar",
            "action", "WITHDREW",
            "date", "2019-07-18",
            "reported", "2019-08-21",
            "confidence", "CONFIRMED",
            "sources",
                List.of(
                    Map.of(
                        "url", "https://news.example.org/qatar",
                        "title", "Qatar withdraws",
                        "publisher", "Bloomberg",
                        "published", "2019-08-21")),
            "note", "Withdrawal letter dated 18 July 2019.");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/positions/"))
        .body("id", notNullValue())
        .body("statement", equalTo(key))
        .body("state.iso3", equalTo("QAT"))
        .body("state.name", equalTo("Qatar"))
        .body("action", equalTo("WITHDREW"))
        .body("date", equalTo("2019-07-18"))
        .body("reported", equalTo("2019-08-21"))
        .body("confidence", equalTo("CONFIRMED"))
        .body("sources[0].publisher", equalTo("Bloomberg"))
        .body("sources[0].published", equalTo("2019-08-21"))
        .body("note", equalTo("Withdrawal letter dated 18 July 2019."))
        .body("recordedAt", notNullValue())
        .body("retracted", equalTo(false));
  }

  @Test
  void reportedDefaultsToTheDateAndConfidenceToReported() {
    String key = createLetter("defaults");
    long id = record(key, "Yemen", "SIGNED", "2019-08");
    given()
        .get("/api/positions/{id}", id)
        .then()
        .statusCode(200)
        .body("date", equalTo("2019-08"))
        .body("reported", equalTo("2019-08"))
        .body("confidence", equalTo("REPORTED"));
  }

  @ParameterizedTest(name = "{0} is recorded as {1}")
  @CsvSource({
    "north korea, PRK",
    "DPRK, PRK",
    "KP, PRK",
    "Türkiye, TUR",
    "Turkey, TUR",
    "TURKIYE, TUR",
    "Côte d’Ivoire, CIV",
    "Cote d'Ivoire, CIV"
  })
  void acceptsAnyNameOfAState(String name, String iso3) {
    String key = createLetter("alias");
    record(key, name, "SIGNED", "2020-01-01");
    given()
        .get("/api/statements/{key}/positions", key)
        .then()
        .body("items.state.iso3", contains(iso3));
  }

  @Test
  void anActionThatDoesNotFitTheKindIsABadRequest() {
    String letter = createLetter("letter-vote");
    given()
        .contentType(ContentType.JSON)
        .body(position("France", "YES", "2020-01-01"))
        .post("/api/statements/{key}/positions", letter)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("action"))
        .body("errors[0].message", containsString("SIGNED, WITHDREW"));
    String vote = createStatement("vote-sign", "VOTE");
    given()
        .contentType(ContentType.JSON)
        .body(position("France", "SIGNED", "2020-01-01"))
        .post("/api/statements/{key}/positions", vote)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("YES, NO, ABSTAIN, NOT_VOTING"));
  }

  @Test
  void anUnknownStateIsABadRequestWithTheClosestMatch() {
    String key = createLetter("unknown-state");
    given()
        .contentType(ContentType.JSON)
        .body(position("Nort Korea", "SIGNED", "2020-01-01"))
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("state"))
        .body("errors[0].value", equalTo("Nort Korea"))
        .body("errors[0].suggestions[0]", equalTo("PRK"));
    given().get("/api/statements/{key}/positions", key).then().body("items", hasSize(0));
  }

  @Test
  void anAmbiguousStateIsABadRequestListingTheCandidates() {
    String key = createLetter("ambiguous");
    given()
        .contentType(ContentType.JSON)
        .body(position("Korea", "SIGNED", "2020-01-01"))
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("ambiguous"))
        .body("errors[0].suggestions", hasItem("KOR"))
        .body("errors[0].suggestions", hasItem("PRK"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String key = createLetter("many-problems");
    Map<String, Object> body = position("Atlantis", "YES", "2020-01-01");
    body = with(body, "sources", List.of(Map.of("publisher", "Nobody")));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(400)
        .body("errors.field", contains("state", "action", "sources[0]"));
  }

  @Test
  void aPositionNeedsASource() {
    String key = createLetter("no-source");
    given()
        .contentType(ContentType.JSON)
        .body(with(position("France", "SIGNED", "2020-01-01"), "sources", List.of()))
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sources"))
        .body("errors[0].message", equalTo("at least one source is required"));
    given()
        .contentType(ContentType.JSON)
        .body(
            with(
                position("France", "SIGNED", "2020-01-01"),
                "sources",
                List.of(Map.of("url", "javascript:alert(1)"))))
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sources[0].url"));
  }

  @Test
  void badValuesAreBadRequestsNamingTheField() {
    String key = createLetter("bad-values");
    Map<String, Object> good = position("France", "SIGNED", "2020-01-01");
    assertRejected(key, with(good, "action", "SIGN"), "action");
    assertRejected(key, with(good, "confidence", "SURE"), "confidence");
    assertRejected(key, with(good, "date", "2019-02-30"), "date");
    assertRejected(key, with(good, "reported", "2019-13"), "reported");
    assertRejected(key, with(good, "note", "n".repeat(4001)), "note");
    assertRejected(key, with(good, "state", ""), "state");
    given().get("/api/statements/{key}/positions", key).then().body("items", hasSize(0));
  }

  private static void assertRejected(String key, Map<String, Object> body, String field) {
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }

  @Test
  void recordingOnAnUnknownStatementIsNotFound() {
    given()
        .contentType(ContentType.JSON)
        .body(position("France", "SIGNED", "2020-01-01"))
        .post("/api/statements/no-such-letter/positions")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void retractionKeepsTheRecordInTheHistoryMarked() {
    String key = createLetter("retract");
    long mistaken = record(key, "France", "SIGNED", "2020-01-01");
    record(key, "Germany", "SIGNED", "2020-01-02");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "France never signed; misread the annex."))
        .when()
        .post("/api/positions/{id}/retraction", mistaken)
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/positions/" + mistaken + "/retraction"))
        .body("retracted", equalTo(true))
        .body("retraction.reason", equalTo("France never signed; misread the annex."))
        .body("retraction.retractedAt", notNullValue());
    given()
        .get("/api/statements/{key}/positions", key)
        .then()
        .body("items.state.iso3", contains("FRA", "DEU"))
        .body("items.retracted", contains(true, false))
        .body("items[1].retraction", nullValue());
  }

  @Test
  void aRecordIsRetractedOnlyOnce() {
    String key = createLetter("retract-twice");
    long id = record(key, "France", "SIGNED", "2020-01-01");
    retract(id, "mistake");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "again"))
        .post("/api/positions/{id}/retraction", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void retractingNeedsAReasonAndAnExistingRecord() {
    String key = createLetter("retract-bad");
    long id = record(key, "France", "SIGNED", "2020-01-01");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", " "))
        .post("/api/positions/{id}/retraction", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "mistake"))
        .post("/api/positions/{id}/retraction", 999_999_999L)
        .then()
        .statusCode(404);
    given().get("/api/positions/not-a-number").then().statusCode(404);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2019-07-26/..|an open end",
        "2019-07-26/|an unknown end",
        "2019-07?|qualifiers",
        "2019-XX|unspecified digits",
        "2019-22|seasons",
      })
  void dateFormsTheRuleCannotCountFromAreRefusedInJsonAndCsv(String date, String reason) {
    String key = createLetter("edtf-refused");
    given()
        .contentType(ContentType.JSON)
        .body(position("Cuba", "SIGNED", date))
        .when()
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("date"))
        .body("errors[0].message", containsString(reason));
    given()
        .contentType("text/csv")
        .body(
            "statement,state,action,date,source_url\n"
                + key
                + ",Cuba,SIGNED,"
                + date
                + ",https://e.org\n")
        .when()
        .post("/api/import/positions")
        .then()
        .statusCode(422)
        .body("errors[0].column", equalTo("date"))
        .body("errors[0].message", containsString(reason));
  }

  @Test
  void anIntervalDateImportsAndExportsWithItsResolvedDays() {
    String key = createLetter("edtf-csv");
    given()
        .contentType("text/csv")
        .body(
            "statement,state,action,date,reported,source_url\n"
                + key
                + ",Yemen,SIGNED,2019-07-26/2019-10-01,2019-10,https://e.org\n"
                + key
                + ",Oman,SIGNED,../2019-08-15,,https://e.org\n")
        .when()
        .post("/api/import/positions")
        .then()
        .statusCode(200);
    String csv =
        given()
            .queryParam("statement", key)
            .get("/api/export/positions.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    org.assertj.core.api.Assertions.assertThat(csv.lines().toList())
        .anyMatch(line -> line.startsWith(key + ",YEM,SIGNED,2019-07-26/2019-10-01,2019-10,"))
        .anyMatch(line -> line.contains(",2019-07-26,2019-10-01,2019-10-01,2019-10-31,"))
        .anyMatch(line -> line.contains(",,2019-08-15,,2019-08-15,"));
  }
}
