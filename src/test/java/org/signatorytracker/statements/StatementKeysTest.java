package org.signatorytracker.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys in any case, suggestions for unknown keys, and the list's filters. */
@QuarkusTest
class StatementKeysTest {

  @Test
  void aKeyWrittenInCapitalsIsStoredInLowercaseAndFoundInAnyCase() {
    String key = uniqueKey("HRC41-2019-Critical");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("key", key, "title", "Joint letter", "kind", "LETTER", "issue", "XinJiang"))
        .when()
        .post("/api/statements")
        .then()
        .statusCode(201)
        .body("key", equalTo(key.toLowerCase(Locale.ROOT)))
        .body("issue", equalTo("xinjiang"))
        .header("Location", containsString(key.toLowerCase(Locale.ROOT)));
    String upper = key.toUpperCase(Locale.ROOT);
    given().get("/api/statements/{key}", upper).then().statusCode(200);
    record(upper, "France", "SIGNED", "2019-07-08");
    given()
        .queryParam("asOf", "2019-07-08")
        .get("/api/statements/{key}/count", upper)
        .then()
        .statusCode(200)
        .body("statement", equalTo(key.toLowerCase(Locale.ROOT)))
        .body("counts.SIGNED", equalTo(1));
    given()
        .queryParam("a", upper)
        .queryParam("b", key.toLowerCase(Locale.ROOT))
        .queryParam("asOf", "2019-07-08")
        .get("/api/compare")
        .then()
        .statusCode(200)
        .body("both", contains("FRA"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("key", upper, "title", "Another", "kind", "LETTER"))
        .when()
        .post("/api/statements")
        .then()
        .statusCode(409);
    given()
        .contentType("text/csv")
        .body(
            "statement,state,action,date,source_url\n"
                + upper
                + ",Germany,SIGNED,2019-07-08,https://example.org/a\n")
        .when()
        .post("/api/import/positions")
        .then()
        .statusCode(200)
        .body("positions.created", equalTo(1));
    given()
        .queryParam("statement", upper)
        .get("/api/export/positions.csv")
        .then()
        .statusCode(200)
        .body(containsString("DEU"));
  }

  @Test
  void anUnknownKeyIsA404ThatSuggestsTheClosestKeys() {
    String key = createStatement("hrc50-2022-xinjiang-supportive", "LETTER");
    String typo = key.replace("supportive", "suportive");
    given()
        .get("/api/statements/{key}", typo)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("did you mean '" + key + "'"))
        .body("errors[0].field", equalTo("key"))
        .body("errors[0].value", equalTo(typo))
        .body("errors[0].suggestions", hasItem(key));
    given()
        .get("/api/statements/{key}/signatories", typo)
        .then()
        .statusCode(404)
        .body("errors[0].suggestions", hasItem(key));
    given()
        .queryParam("a", key)
        .queryParam("b", typo)
        .get("/api/compare")
        .then()
        .statusCode(404)
        .body("errors[0].field", equalTo("b"))
        .body("errors[0].suggestions", hasItem(key));
  }

  @Test
  void filtersMatchWithoutRegardToCaseAndTextIsSearchedEverywhere() {
    String issue = uniqueKey("topic");
    String marker = uniqueKey("marker");
    createStatement(
        "filter-a",
        "LETTER",
        Map.of(
            "issue",
            issue,
            "side",
            "Critical",
            "forum",
            "UN Human Rights Council",
            "session",
            "HRC41"));
    createStatement(
        "filter-b",
        "LETTER",
        Map.of("issue", issue, "side", "supportive", "summary", "Mentions " + marker + " here"));
    createStatement(
        "filter-c",
        "VOTE",
        Map.of("issue", issue, "title", "Vote on " + marker.toUpperCase(Locale.ROOT)));

    given()
        .queryParam("issue", issue.toUpperCase(Locale.ROOT))
        .get("/api/statements")
        .then()
        .body("totalItems", equalTo(3));
    given()
        .queryParam("issue", issue)
        .queryParam("side", "CRITICAL")
        .get("/api/statements")
        .then()
        .body("totalItems", equalTo(1))
        .body("items[0].side", equalTo("Critical"));
    given()
        .queryParam("issue", issue)
        .queryParam("forum", "un human rights council")
        .queryParam("kind", "Letter")
        .get("/api/statements")
        .then()
        .body("totalItems", equalTo(1));
    given().queryParam("q", marker).get("/api/statements").then().body("totalItems", equalTo(2));
    given()
        .queryParam("issue", issue)
        .queryParam("q", "hrc41")
        .get("/api/statements")
        .then()
        .body("totalItems", equalTo(1));
    given().queryParam("q", "100%_!").get("/api/statements").then().body("totalItems", equalTo(0));
  }
}
