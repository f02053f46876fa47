package org.signatorytracker.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.security.Accounts;

@QuarkusTest
class AuditTrailTest {

  private static Map<String, Object> letter(String key, String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("key", key);
    body.put("title", title);
    body.put("kind", "LETTER");
    return body;
  }

  @Test
  void recordsAndRetractionsNameWhoRecordedThemAndWhen() {
    String editor = Accounts.create("editor");
    String key = uniqueKey("audit-records");
    given()
        .auth()
        .preemptive()
        .basic(editor, Accounts.PASSWORD)
        .contentType(ContentType.JSON)
        .body(letter(key, "Letter"))
        .post("/api/statements")
        .then()
        .statusCode(201);
    long id =
        given()
            .auth()
            .preemptive()
            .basic(editor, Accounts.PASSWORD)
            .contentType(ContentType.JSON)
            .body(with(position("France", "SIGNED", "2020-01-01"), "recordedBy", "someone else"))
            .post("/api/statements/{key}/positions", key)
            .then()
            .statusCode(400)
            .extract()
            .statusCode();
    long recorded =
        given()
            .auth()
            .preemptive()
            .basic(editor, Accounts.PASSWORD)
            .contentType(ContentType.JSON)
            .body(position("France", "SIGNED", "2020-01-01"))
            .post("/api/statements/{key}/positions", key)
            .then()
            .statusCode(201)
            .body("recordedBy", equalTo(editor))
            .body("recordedAt", notNullValue())
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "wrong letter"))
        .post("/api/positions/{id}/retraction", recorded)
        .then()
        .statusCode(201)
        .body("retraction.retractedBy", equalTo("admin"));
    assertThat(id).isEqualTo(400);

    JsonPath trail =
        given()
            .queryParam("user", editor)
            .get("/api/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(trail.getList("items.action", String.class))
        .containsExactly("position.recorded", "statement.created");
    assertThat(trail.getString("items[0].summary")).isEqualTo(key + " FRA SIGNED");
    JsonPath admin =
        given()
            .queryParam("user", "admin")
            .queryParam("size", 500)
            .get("/api/audit")
            .then()
            .extract()
            .jsonPath();
    assertThat(
            admin.getList(
                "items.findAll { it.action == 'position.retracted' && it.subject == '"
                    + recorded
                    + "' }.summary",
                String.class))
        .containsExactly("wrong letter");
  }

  @Test
  void statementHistoryKeepsEveryRevisionWithBeforeAndAfter() {
    String key = uniqueKey("audit-history");
    given()
        .contentType(ContentType.JSON)
        .body(letter(key, "First title"))
        .post("/api/statements")
        .then()
        .statusCode(201);
    Map<String, Object> changed = letter(key, "Second title");
    changed.put("forum", "UN Human Rights Council");
    given()
        .contentType(ContentType.JSON)
        .body(changed)
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(200);
    // replacing with the same values is not a revision
    given()
        .contentType(ContentType.JSON)
        .body(changed)
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(200);

    List<Map<String, Object>> history =
        given()
            .get("/api/statements/{key}/history", key)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(history)
        .extracting(h -> h.get("action"))
        .containsExactly("statement.created", "statement.updated");
    Map<String, Object> update = history.get(1);
    assertThat(update.get("actor")).isEqualTo("admin");
    assertThat(update.get("summary")).isEqualTo("changed: title, forum");
    assertThat((Map<String, Object>) update.get("before")).containsEntry("title", "First title");
    assertThat((Map<String, Object>) update.get("after"))
        .containsEntry("title", "Second title")
        .containsEntry("forum", "UN Human Rights Council");
    given().get("/api/statements/no-such-letter/history").then().statusCode(404);
  }

  @Test
  void importsAreInTheTrail() {
    String key = uniqueKey("audit-import");
    given()
        .contentType("text/csv")
        .body("key,title,kind\n" + key + ",Imported,LETTER\n")
        .post("/api/import/statements")
        .then()
        .statusCode(200);
    JsonPath trail = given().queryParam("size", 50).get("/api/audit").then().extract().jsonPath();
    assertThat(trail.getList("items.action", String.class)).contains("import.completed");
    assertThat(trail.getString("items.find { it.action == 'import.completed' }.summary"))
        .startsWith("statements: 1 created");
  }

  @Test
  void theTrailFiltersBySinceAndRejectsBadDates() {
    given()
        .queryParam("since", "2100-01-01")
        .get("/api/audit")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    given()
        .queryParam("since", "yesterday")
        .get("/api/audit")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("since"));
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(field, value);
    return copy;
  }
}
