package org.signatorytracker.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;

@QuarkusTest
class StatementsResourceTest {

  private static Map<String, Object> letter(String key) {
    Map<String, Object> body = new HashMap<>();
    body.put("key", key);
    body.put("title", "Joint letter on Xinjiang");
    body.put("kind", "LETTER");
    body.put("forum", "UN Human Rights Council");
    body.put("session", "HRC41");
    body.put("date", "2019-07");
    body.put("issue", "xinjiang");
    body.put("side", "critical");
    body.put("leadStates", List.of("Netherlands", "uk"));
    body.put("reportedCount", 22);
    body.put("addressee", "President of the Human Rights Council");
    body.put("summary", "Calls on China to end mass detention.");
    body.put("notes", "The annex of 1 October adds six states; the press counted 22 on 10 July.");
    body.put(
        "sources",
        List.of(
            Map.of("url", "https://example.org/letter", "title", "Letter text", "kind", "OFFICIAL"),
            Map.of("url", "https://news.example.org/letter", "kind", "press")));
    return body;
  }

  @Test
  void createAnswers201WithLocationAndTheStatement() {
    String key = uniqueKey("create");
    given()
        .contentType(ContentType.JSON)
        .body(letter(key))
        .when()
        .post("/api/statements")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/statements/" + key))
        .body("key", equalTo(key))
        .body("date", equalTo("2019-07"))
        .body("leadStates.iso3", contains("NLD", "GBR"))
        .body("leadStates[1].name", equalTo("United Kingdom of Great Britain and Northern Ireland"))
        .body("reportedCount", equalTo(22))
        .body("sources.kind", contains("OFFICIAL", "PRESS"))
        .body("sources[0].title", equalTo("Letter text"));

    given()
        .when()
        .get("/api/statements/{key}", key)
        .then()
        .statusCode(200)
        .body("title", equalTo("Joint letter on Xinjiang"))
        .body("kind", equalTo("LETTER"))
        .body("session", equalTo("HRC41"))
        .body("summary", equalTo("Calls on China to end mass detention."))
        .body(
            "notes",
            equalTo("The annex of 1 October adds six states; the press counted 22 on 10 July."));
    // notes are searched like the summary
    given()
        .queryParam("q", "annex of 1 october")
        .get("/api/statements")
        .then()
        .statusCode(200)
        .body("items.key", hasItem(key));
  }

  @Test
  void aSourceWithoutAKindIsOtherAndOneWithoutUrlOrTitleIsRefused() {
    Map<String, Object> body = letter(uniqueKey("source-kinds"));
    body.put("sources", List.of(Map.of("url", "https://example.org/a")));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/statements")
        .then()
        .statusCode(201)
        .body("sources[0].kind", equalTo("OTHER"));
    Map<String, Object> nothing = letter(uniqueKey("source-empty"));
    nothing.put("sources", List.of(Map.of("publisher", "Reuters", "kind", "PRESS")));
    given()
        .contentType(ContentType.JSON)
        .body(nothing)
        .post("/api/statements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sources[0]"));
    Map<String, Object> badKind = letter(uniqueKey("source-bad-kind"));
    badKind.put("sources", List.of(Map.of("url", "https://example.org/a", "kind", "RUMOUR")));
    given()
        .contentType(ContentType.JSON)
        .body(badKind)
        .post("/api/statements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sources[0].kind"))
        .body("errors[0].message", containsString("OFFICIAL, PRESS, ANONYMOUS, OTHER"));
  }

  @Test
  void anUnknownDateStaysUnknown() {
    String key = uniqueKey("undated");
    Map<String, Object> body = letter(key);
    body.remove("date");
    body.remove("reportedCount"); // a count is claimed as of the statement's date
    given().contentType(ContentType.JSON).body(body).post("/api/statements").then().statusCode(201);
    given().get("/api/statements/{key}", key).then().body("date", nullValue());
  }

  @Test
  void aTakenKeyIsAConflict() {
    String key = uniqueKey("taken");
    given().contentType(ContentType.JSON).body(letter(key)).post("/api/statements");
    given()
        .contentType(ContentType.JSON)
        .body(letter(key))
        .when()
        .post("/api/statements")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(key));
  }

  @Test
  void putReplacesEveryField() {
    String key = uniqueKey("replace");
    given().contentType(ContentType.JSON).body(letter(key)).post("/api/statements");
    Map<String, Object> changed = letter(key);
    changed.put("title", "Corrected title");
    changed.put("date", "2019-07-08");
    changed.put("leadStates", List.of());
    changed.remove("summary");
    changed.remove("notes");
    given()
        .contentType(ContentType.JSON)
        .body(changed)
        .when()
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(200)
        .body("title", equalTo("Corrected title"))
        .body("date", equalTo("2019-07-08"))
        .body("leadStates", hasSize(0))
        .body("summary", nullValue())
        .body("notes", nullValue());
  }

  @Test
  void putCannotRenameAKey() {
    String key = uniqueKey("rename");
    given().contentType(ContentType.JSON).body(letter(key)).post("/api/statements");
    given()
        .contentType(ContentType.JSON)
        .body(letter(key + "-new"))
        .when()
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("key"));
  }

  @Test
  void putOnAnUnknownStatementIsNotFound() {
    String key = uniqueKey("missing");
    given()
        .contentType(ContentType.JSON)
        .body(letter(key))
        .when()
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void aLetterWithSignaturesCannotBecomeAVote() {
    String key = uniqueKey("kind-change");
    given().contentType(ContentType.JSON).body(letter(key)).post("/api/statements");
    record(key, "France", "SIGNED", "2019-07-08");
    Map<String, Object> asVote = letter(key);
    asVote.put("kind", "VOTE");
    given()
        .contentType(ContentType.JSON)
        .body(asVote)
        .when()
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(409);
    Map<String, Object> asJointStatement = letter(key);
    asJointStatement.put("kind", "JOINT_STATEMENT");
    given()
        .contentType(ContentType.JSON)
        .body(asJointStatement)
        .when()
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(200)
        .body("kind", equalTo("JOINT_STATEMENT"));
  }

  @Test
  void anUnknownStatementIsNotFound() {
    given()
        .when()
        .get("/api/statements/no-such-statement")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("detail", startsWith("There is no statement with key 'no-such-statement'"));
  }

  @Test
  void listsFilterByIssueKindAndDateAndPage() {
    String issue = uniqueKey("topic");
    createStatement("list-a", "LETTER", Map.of("issue", issue, "date", "2020-03-01"));
    createStatement("list-b", "VOTE", Map.of("issue", issue, "date", "2021-06"));
    createStatement("list-c", "JOINT_STATEMENT", Map.of("issue", issue, "date", "2022"));
    createStatement("list-d", "LETTER", Map.of("issue", issue));

    given()
        .queryParam("issue", issue)
        .when()
        .get("/api/statements")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(4))
        .body("items.kind", contains("JOINT_STATEMENT", "VOTE", "LETTER", "LETTER"))
        .body("items[3].date", nullValue());
    given()
        .queryParam("issue", issue)
        .queryParam("kind", "letter")
        .get("/api/statements")
        .then()
        .body("totalItems", equalTo(2));
    given()
        .queryParam("issue", issue)
        .queryParam("from", "2021")
        .queryParam("to", "2021-12-31")
        .get("/api/statements")
        .then()
        .body("items.kind", contains("VOTE"));
    given()
        .queryParam("issue", issue)
        .queryParam("size", 3)
        .queryParam("page", 1)
        .get("/api/statements")
        .then()
        .body("items", hasSize(1))
        .body("page", equalTo(1))
        .body("totalPages", equalTo(2));
  }

  @Test
  void badListParametersAreBadRequests() {
    given()
        .queryParam("size", 0)
        .get("/api/statements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("size"));
    given().queryParam("size", 501).get("/api/statements").then().statusCode(400);
    given()
        .queryParam("page", "first")
        .get("/api/statements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("page"));
    given()
        .queryParam("kind", "PETITION")
        .get("/api/statements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kind"));
    given()
        .queryParam("from", "2019-13")
        .get("/api/statements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
  }

  // Bad input: each is a 4xx problem naming the field, and nothing is created.

  private static void rejected(Map<String, Object> body, String field, String message) {
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/statements")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", org.hamcrest.Matchers.hasItem(field))
        .body("errors.message", org.hamcrest.Matchers.hasItem(containsString(message)));
    given().get("/api/statements/{key}", body.get("key")).then().statusCode(404);
  }

  @Test
  void rejectsAnUnknownKind() {
    Map<String, Object> body = letter(uniqueKey("bad-kind"));
    body.put("kind", "PETITION");
    rejected(body, "kind", "must be one of LETTER, JOINT_STATEMENT, VOTE");
  }

  @Test
  void rejectsImpossibleDates() {
    Map<String, Object> body = letter(uniqueKey("bad-date"));
    body.put("date", "2019-02-30");
    rejected(body, "date", "there is no day 30 in 2019-02");
    body.put("date", "2019-13");
    rejected(body, "date", "there is no month 13");
    body.put("date", "12 July 2019");
    rejected(body, "date", "write YYYY-MM-DD, YYYY-MM, YYYY, or an interval");
  }

  @Test
  void rejectsOverLongStrings() {
    Map<String, Object> body = letter(uniqueKey("long"));
    body.put("title", "x".repeat(501));
    rejected(body, "title", "size must be between 0 and 500");
  }

  @Test
  void rejectsABadKey() {
    Map<String, Object> body = letter("Not A Slug");
    rejected(body, "key", "letters, digits or hyphens");
  }

  @Test
  void rejectsAnUnknownLeadStateWithASuggestion() {
    Map<String, Object> body = letter(uniqueKey("bad-lead"));
    body.put("leadStates", List.of("France", "Nort Korea"));
    rejected(body, "leadStates[1]", "did you mean Democratic People's Republic of Korea (PRK)");
  }

  @Test
  void rejectsANegativeCountAndAWrongType() {
    Map<String, Object> body = letter(uniqueKey("bad-count"));
    body.put("reportedCount", -1);
    rejected(body, "reportedCount", "must be greater than or equal to 0");
    body.put("reportedCount", "many");
    rejected(body, "reportedCount", "must be a whole number");
  }

  @Test
  void rejectsTheNulCharacterWhichNoDatabaseStores() {
    Map<String, Object> body = letter(uniqueKey("nul"));
    body.put("title", "Joint\u0000letter");
    rejected(body, "title", "must not contain the NUL character");
    given()
        .get("/api/statements/{key}", "bad\u0000key")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void rejectsAnUnknownField() {
    Map<String, Object> body = letter(uniqueKey("extra"));
    body.put("signatories", 12);
    rejected(body, "signatories", "is not a field of this request");
  }

  @Test
  void rejectsMalformedJsonWithoutLeakingInternals() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"key\": \"broken\", \"title\": ")
        .when()
        .post("/api/statements")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", startsWithText("The body is not valid JSON"))
        .body("detail", not(containsString("Exception")))
        .body("detail", not(containsString("org.")));
  }

  @Test
  void rejectsAMissingBody() {
    given()
        .contentType(ContentType.JSON)
        .when()
        .post("/api/statements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("body"));
  }

  @Test
  void rejectsTheWrongContentType() {
    given()
        .contentType(ContentType.TEXT)
        .body("key=x")
        .when()
        .post("/api/statements")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  private static org.hamcrest.Matcher<String> startsWithText(String prefix) {
    return org.hamcrest.Matchers.startsWith(prefix);
  }

  @Test
  void anAdminDeletesAStatementOnWhichNothingWasRecordedAndTheTrailKeepsIt() {
    String key = TestApi.createLetter("mistake");
    given().delete("/api/statements/{key}", key.toUpperCase()).then().statusCode(204);
    given().get("/api/statements/{key}", key).then().statusCode(404);
    given().delete("/api/statements/{key}", key).then().statusCode(404);
    given()
        .queryParam("since", "2000-01-01")
        .queryParam("size", 500)
        .get("/api/audit")
        .then()
        .statusCode(200)
        .body(
            "items.findAll { it.subject == '" + key + "' }.action",
            contains("statement.deleted", "statement.created"));

    String kept = TestApi.createLetter("kept");
    long id = TestApi.record(kept, "France", "SIGNED", "2020");
    TestApi.retract(id, "wrong letter");
    given()
        .delete("/api/statements/{key}", kept)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("retracted, not deleted"));
    given().get("/api/statements/{key}", kept).then().statusCode(200);
  }
}
