package org.signatorytracker.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs that used to be coerced into something the caller did not write are refused. */
@QuarkusTest
class StrictInputTest {

  private static final String SOURCES = "\"sources\": [{\"url\": \"https://example.org/a\"}]";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"action\": 1, \"date\": \"2019-07-12\"|action",
        "\"action\": true, \"date\": \"2019-07-12\"|action",
        "\"action\": [\"SIGNED\"], \"date\": \"2019-07-12\"|action",
        "\"action\": {\"name\": \"SIGNED\"}, \"date\": \"2019-07-12\"|action",
        "\"action\": \"SIGNED\", \"date\": 2019|date",
        "\"action\": \"SIGNED\", \"date\": {\"year\": 2019}|date",
        "\"action\": \"SIGNED\", \"date\": \"2019-07-12\", \"note\": 5|note",
        "\"action\": \"SIGNED\", \"date\": \"2019-07-12\", \"note\": false|note",
        "\"action\": \"SIGNED\", \"date\": \"2019-07-12\", \"confidence\": 0|confidence",
      })
  void aPositionWithAValueOfTheWrongJsonTypeIsRefusedNamingTheField(String fields, String field) {
    String key = createLetter("strict");
    given()
        .contentType(ContentType.JSON)
        .body("{\"state\": \"Cuba\", " + fields + ", " + SOURCES + "}")
        .when()
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo(field));
    given()
        .get("/api/statements/{key}/positions", key)
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"title\": true|title",
        "\"title\": 12|title",
        "\"kind\": \"2\"|kind",
        "\"kind\": 2|kind",
        "\"reportedCount\": 1000.9|reportedCount",
        "\"reportedCount\": 20.0|reportedCount",
        "\"reportedCount\": \"20\"|reportedCount",
        "\"leadStates\": \"France\"|leadStates",
      })
  void aStatementWithAValueOfTheWrongJsonTypeIsRefused(String field, String name) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("key", "\"" + uniqueKey("strict") + "\"");
    fields.put("title", "\"A letter\"");
    fields.put("kind", "\"LETTER\"");
    String[] wrong = field.split(":", 2);
    fields.put(wrong[0].replace("\"", "").strip(), wrong[1].strip());
    StringBuilder body = new StringBuilder("{");
    fields.forEach(
        (k, v) ->
            body.append(body.length() > 1 ? ", " : "")
                .append('"')
                .append(k)
                .append("\": ")
                .append(v));
    body.append('}');
    given()
        .contentType(ContentType.JSON)
        .body(body.toString())
        .when()
        .post("/api/statements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo(name));
  }

  @Test
  void accountFieldsAreNotCoerced() {
    for (String body :
        new String[] {
          "{\"name\": \"strict-role\", \"password\": \"a long password\", \"role\": 2}",
          "{\"name\": \"strict-role\", \"password\": \"a long password\", \"role\": \"2\"}",
        }) {
      given()
          .contentType(ContentType.JSON)
          .body(body)
          .when()
          .post("/api/users")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("role"));
    }
    given()
        .contentType(ContentType.JSON)
        .body("{\"disabled\": 5}")
        .when()
        .put("/api/users/admin")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("disabled"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"disabled\": \"true\"}")
        .when()
        .put("/api/users/admin")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("disabled"));
  }

  @Test
  void dataAfterTheJsonValueIsRefused() {
    String key = createLetter("trailing");
    for (String tail : new String[] {" xyz", " {}", " []", " 1"}) {
      given()
          .contentType(ContentType.JSON)
          .body(
              "{\"state\": \"Cuba\", \"action\": \"SIGNED\", \"date\": \"2019-07-12\", "
                  + SOURCES
                  + "}"
                  + tail)
          .when()
          .post("/api/statements/{key}/positions", key)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"not voting", "Not-Voting", "not_voting", "NOT_VOTING", " NoT VoTiNg "})
  void aVoteOptionIsReadTheSameWayInJsonQueryParametersAndCsv(String spelling) {
    String key = createStatement("spelling", "VOTE");
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"state\": \"Cuba\", \"action\": \"%s\", \"date\": \"2022-10-06\", %s}"
                .formatted(spelling, SOURCES))
        .when()
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(201)
        .body("action", equalTo("NOT_VOTING"));
    given()
        .contentType("text/csv")
        .body(
            "statement,state,action,date,source_url\n%s,Chile,\"%s\",2022-10-06,https://example.org/v\n"
                .formatted(key, spelling))
        .when()
        .post("/api/import/positions")
        .then()
        .statusCode(200);
    given()
        .queryParam("kind", spelling.contains("o") ? "vote" : "VOTE")
        .queryParam("minConfidence", "reported")
        .get("/api/statements/{key}/count", key)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kind"));
    given()
        .queryParam("asOf", "2022-10-06")
        .get("/api/statements/{key}/count", key)
        .then()
        .statusCode(200)
        .body("counts.NOT_VOTING", equalTo(2));
  }

  @Test
  void anUnknownEnumeratedValueListsTheAllowedOnesEverywhere() {
    String key = createLetter("allowed");
    given()
        .contentType(ContentType.JSON)
        .body(position("Cuba", "SIGNEDD", "2019-07-12"))
        .when()
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("action"))
        .body(
            "errors[0].message", containsString("SIGNED, WITHDREW, YES, NO, ABSTAIN, NOT_VOTING"));
    given()
        .queryParam("minConfidence", "sure")
        .get("/api/statements/{key}/count", key)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("minConfidence"))
        .body("errors[0].message", containsString("CONFIRMED, REPORTED, DISPUTED"));
    given()
        .contentType("text/csv")
        .body(
            "statement,state,action,date,source_url\n%s,Chile,SIGNEDD,2022,https://example.org/v\n"
                .formatted(key))
        .when()
        .post("/api/import/positions")
        .then()
        .statusCode(422)
        .body("errors[0].column", equalTo("action"))
        .body(
            "errors[0].message", containsString("SIGNED, WITHDREW, YES, NO, ABSTAIN, NOT_VOTING"));
  }

  @Test
  void anUnknownQueryParameterIsRefusedNamingItAndTheKnownOnes() {
    given()
        .queryParam("signedBy", "FRA")
        .get("/api/statements")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("signedBy"))
        .body("errors[0].message", containsString("known parameters are"))
        .body("errors[0].message", containsString("issue"))
        .body("errors[0].message", containsString("format"))
        .body("errors[0].message", containsString("bom"));
    given()
        .queryParam("asof", "2019-07-12")
        .get("/api/statements/{key}/count", createLetter("typo"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("asof"))
        .body("errors[0].message", containsString("asOf"));
    given()
        .queryParam("issue", "xinjiang")
        .queryParam("includeRetracted", "true")
        .get("/api/export/positions.csv")
        .then()
        .statusCode(200);
    given()
        .queryParam("isue", "xinjiang")
        .get("/api/export/positions.csv")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("isue"));
  }

  @Test
  void controlCharactersAreRefusedAndTheLongestStatementFitsItsAuditTrail() {
    Map<String, Object> junk = new java.util.HashMap<>();
    junk.put("key", uniqueKey("control"));
    junk.put("title", "A letter");
    junk.put("kind", "LETTER");
    junk.put("summary", "\u0001".repeat(6_000));
    given()
        .contentType(ContentType.JSON)
        .body(junk)
        .post("/api/statements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("summary"))
        .body("errors[0].message", containsString("control characters (U+0001 here)"));
    given()
        .queryParam("q", "a\u0007b")
        .get("/api/statements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("q"));
    given()
        .contentType("text/csv")
        .body("key,title,kind\n" + uniqueKey("control") + ",A\u000Bletter,LETTER\n")
        .post("/api/import/statements")
        .then()
        .statusCode(422)
        .body("errors[0].column", equalTo("title"));

    Map<String, Object> longest = new java.util.HashMap<>();
    String key = uniqueKey("longest");
    longest.put("key", key);
    longest.put("title", "x".repeat(500));
    longest.put("kind", "LETTER");
    longest.put("summary", "line\n".repeat(2_000));
    longest.put(
        "sources",
        java.util.Collections.nCopies(
            20,
            Map.of("url", "https://example.org/" + "p".repeat(1_970), "title", "t".repeat(500))));
    given()
        .contentType(ContentType.JSON)
        .body(longest)
        .post("/api/statements")
        .then()
        .statusCode(201);
    given().get("/api/statements/{key}/history", key).then().statusCode(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'state': 'Cuba'}",
        "{state: \"Cuba\"}",
        "{\"state\": \"Cuba\",}",
        "{\"note\": \"a\tb\"}",
        "{\"state\": NaN}",
        "{\"state\": 01}",
        "[1, 2,]",
        "{\"state\": \"Cuba\" /* comment */}",
        "{\"state\": \"\\q\"}"
      })
  void malformedJsonIsExplainedWithoutTheParsersInternals(String body) {
    String detail =
        given()
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/statements/{key}/positions", createLetter("malformed"))
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .jsonPath()
            .getString("detail");
    org.assertj.core.api.Assertions.assertThat(detail)
        .doesNotContain("Feature", "fasterxml", "jackson", "`", "Source:");
  }
}
