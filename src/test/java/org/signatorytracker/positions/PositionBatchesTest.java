package org.signatorytracker.positions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;

/** Several states' records from one confirmed list: one transaction, one revision, all or none. */
@QuarkusTest
class PositionBatchesTest {

  private static Map<String, Object> batch(List<String> states, String action) {
    Map<String, Object> body = new HashMap<>();
    body.put("states", states);
    body.put("action", action);
    body.put("date", "2019-07-12");
    body.put("reported", "2019-07-13");
    body.put("confidence", "CONFIRMED");
    body.put(
        "sources",
        List.of(
            Map.of(
                "url", "https://undocs.org/A/HRC/41/G/17", "title", "Annex", "kind", "OFFICIAL")));
    body.put("note", "From the annex");
    return body;
  }

  private static int history(String key) {
    return given()
        .queryParam("size", 500)
        .get("/api/statements/{key}/positions", key)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items")
        .size();
  }

  @Test
  void eachStateGetsItsRecordInOneRevision() {
    String key = TestApi.createLetter("batch");
    JsonPath created =
        given()
            .contentType(ContentType.JSON)
            .body(batch(List.of("DZA", "Angola", "bahrain"), "SIGNED"))
            .post("/api/statements/{key}/positions/batch", key)
            .then()
            .statusCode(201)
            .header("Location", endsWith("/api/statements/" + key + "/positions"))
            .extract()
            .jsonPath();
    assertThat(created.getList("state.iso3", String.class)).containsExactly("DZA", "AGO", "BHR");
    assertThat(created.getList("action", String.class)).containsOnly("SIGNED");
    assertThat(created.getList("confidence", String.class)).containsOnly("CONFIRMED");
    assertThat(created.getList("note", String.class)).containsOnly("From the annex");
    assertThat(created.getList("revision", Long.class).stream().distinct()).hasSize(1);
    assertThat(TestApi.signatoryCodes(key, "asOf", "2019-07-12"))
        .containsExactlyInAnyOrder("DZA", "AGO", "BHR");
  }

  @Test
  void everyProblemIsReportedByTheStatesPlaceAndNothingIsWritten() {
    String key = TestApi.createLetter("batch-problems");
    TestApi.record(key, "FRA", "SIGNED", "2019-07-08");
    given()
        .contentType(ContentType.JSON)
        .body(batch(List.of("DZA", "Narnia", "Algeria", "Korea"), "SIGNED"))
        .post("/api/statements/{key}/positions/batch", key)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", containsInAnyOrder("states[1]", "states[2]", "states[3]"))
        .body("errors.find { it.field == 'states[2]' }.message", containsString("states[0]"));
    given()
        .contentType(ContentType.JSON)
        .body(batch(List.of("DZA", "AGO"), "YES"))
        .post("/api/statements/{key}/positions/batch", key)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.contains("action"));
    assertThat(history(key)).as("nothing written").isEqualTo(1);
  }

  @Test
  void aBatchNeedsItsStatesAndSources() {
    String key = TestApi.createLetter("batch-empty");
    Map<String, Object> body = batch(List.of(), "SIGNED");
    body.put("sources", List.of());
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/statements/{key}/positions/batch", key)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("states"))
        .body("errors.field", hasItem("sources"));
    given()
        .contentType(ContentType.JSON)
        .body(batch(List.of("DZA"), "SIGNED"))
        .post("/api/statements/{key}/positions/batch", "no-such-letter")
        .then()
        .statusCode(404);
  }
}
