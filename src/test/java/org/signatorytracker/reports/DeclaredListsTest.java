package org.signatorytracker.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.signatorytracker.TestApi.count;
import static org.signatorytracker.TestApi.createStatement;
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
 * A statement can declare its list: the final official list is known, or no list was published.
 * Answers show the declared status, with the computed one beside it.
 */
@QuarkusTest
class DeclaredListsTest {

  private static final Map<String, Object> ANNEX =
      Map.of(
          "status",
          "COMPLETE",
          "source",
          Map.of("url", "https://undocs.example/A/HRC/41/G/17", "kind", "OFFICIAL"),
          "note",
          "The annex prints the final list.");

  private static Map<String, Object> letter(String key, int reported, Object list) {
    Map<String, Object> body = new HashMap<>();
    if (key != null) {
      body.put("key", key);
      body.put("title", "Letter with an annex");
      body.put("kind", "LETTER");
    }
    body.put("date", "2019-07-12");
    body.put("reportedCount", reported);
    body.put("sources", List.of(Map.of("url", "https://example.org/letter")));
    if (list != null) {
      body.put("list", list);
    }
    return body;
  }

  private static void put(String key, Map<String, Object> body) {
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(200);
  }

  @Test
  void aDeclaredCompleteListIsWhatAnswersShowWithTheComputedOneBeside() {
    String key = createStatement("annexed", "LETTER", letter(null, 3, ANNEX));
    record(key, "FRA", "SIGNED", "2019-07-12");
    record(key, "DEU", "SIGNED", "2019-07-12");
    record(key, "QAT", "SIGNED", "2019-07-12");
    // Qatar withdrew before the list was counted: named, not standing
    record(key, "QAT", "WITHDREW", "2019-07-12");

    JsonPath answer = count(key, "asOf", "2019-08-01");
    assertThat(answer.getInt("named")).isEqualTo(3);
    assertThat(answer.getInt("standingOnClaimDate")).isEqualTo(2);
    assertThat(answer.getString("listStatus")).isEqualTo("COMPLETE");
    assertThat(answer.getBoolean("listStatusDeclared")).isTrue();
    assertThat(answer.getString("computedListStatus")).isEqualTo("PARTIAL");

    JsonPath statement =
        given().get("/api/statements/{key}", key).then().statusCode(200).extract().jsonPath();
    assertThat(statement.getString("list.status")).isEqualTo("COMPLETE");
    assertThat(statement.getString("list.source.kind")).isEqualTo("OFFICIAL");
    assertThat(statement.getString("list.note")).isEqualTo("The annex prints the final list.");

    // the coverage list says the same
    JsonPath coverage = report("/api/coverage", "asOf", "2019-08-01");
    Map<String, Object> row = coverage.getMap("statements.find { it.key == '" + key + "' }");
    assertThat(row)
        .containsEntry("listStatus", "COMPLETE")
        .containsEntry("listStatusDeclared", true)
        .containsEntry("computedListStatus", "PARTIAL");
  }

  @Test
  void noListPublishedIsNotTheSameAsNoCountReported() {
    String key =
        createStatement(
            "no-list",
            "LETTER",
            letter(
                null,
                50,
                Map.of("status", "NONE", "note", "Only the count was ever made public.")));
    JsonPath answer = count(key);
    assertThat(answer.getString("listStatus")).isEqualTo("NONE");
    assertThat(answer.getBoolean("listStatusDeclared")).isTrue();
    assertThat(answer.getString("computedListStatus")).isEqualTo("NONE");
    assertThat(answer.getInt("reportedCount")).isEqualTo(50);
    // undeclared, the status is the computed one and nothing more is said
    String plain = createStatement("plain", "LETTER", letter(null, 5, null));
    record(plain, "FRA", "SIGNED", "2019-07-12");
    JsonPath computed = count(plain);
    assertThat(computed.getString("listStatus")).isEqualTo("PARTIAL");
    assertThat(computed.getMap("")).doesNotContainKeys("listStatusDeclared", "computedListStatus");
  }

  @Test
  void anAnswerAsRecordedBeforeTheDeclarationShowsTheComputedStatus() {
    String key = createStatement("declared-later", "LETTER", letter(null, 2, null));
    record(key, "FRA", "SIGNED", "2019-07-12");
    long before = count(key).getLong("recordedThroughRevision");
    Map<String, Object> declared = letter(key, 2, ANNEX);
    put(key, declared);

    assertThat(count(key).getString("listStatus")).isEqualTo("COMPLETE");
    JsonPath then = count(key, "asRecorded", Long.toString(before));
    assertThat(then.getString("listStatus")).isEqualTo("PARTIAL");
    assertThat(then.getMap("")).doesNotContainKey("listStatusDeclared");

    // removing the declaration is a change like any other
    put(key, letter(key, 2, null));
    assertThat(count(key).getString("listStatus")).isEqualTo("PARTIAL");
  }

  @Test
  void aBadDeclarationIsRefusedNamingTheField() {
    for (Object[] bad :
        List.of(
            new Object[] {Map.of("note", "no status"), "list.status"},
            new Object[] {Map.of("status", "UNKNOWN"), "list.status"},
            new Object[] {
              Map.of("status", "COMPLETE", "source", Map.of("kind", "PRESS")), "list.source"
            })) {
      given()
          .contentType(ContentType.JSON)
          .body(letter(uniqueKey("bad-list"), 3, bad[0]))
          .post("/api/statements")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem((String) bad[1]));
    }
  }

  @Test
  void aDeclaredListImportsFromItsColumns() {
    String key = uniqueKey("csv-list");
    String csv =
        "key,title,kind,date,list_status,list_note,list_source_url,list_source_kind\n"
            + key
            + ",Annexed,LETTER,2019-07-12,COMPLETE,Final"
            + " annex,https://undocs.example/annex,OFFICIAL\n";
    given().contentType("text/csv").body(csv).post("/api/import/statements").then().statusCode(200);
    JsonPath statement =
        given().get("/api/statements/{key}", key).then().statusCode(200).extract().jsonPath();
    assertThat(statement.getString("list.status")).isEqualTo("COMPLETE");
    assertThat(statement.getString("list.note")).isEqualTo("Final annex");
    assertThat(statement.getString("list.source.url")).isEqualTo("https://undocs.example/annex");

    // a list's note without its status is a problem of that cell
    given()
        .contentType("text/csv")
        .body("key,title,kind,list_note\n" + uniqueKey("csv-list") + ",No status,LETTER,A note\n")
        .post("/api/import/statements")
        .then()
        .statusCode(422)
        .body("errors.column", hasItem("list_status"));
  }
}
