package org.signatorytracker.statements;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.csvRows;
import static org.signatorytracker.TestApi.exportCsv;
import static org.signatorytracker.TestApi.importCsv;
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
 * A statement's life: dated, sourced stages, said in answers, filtered on, and kept as recorded.
 */
@QuarkusTest
class StatementStagesTest {

  private static final Map<String, Object> REUTERS =
      Map.of(
          "title",
          "China tries to stop U.N. rights chief from releasing Xinjiang report",
          "publisher",
          "Reuters",
          "published",
          "2022-07-19",
          "kind",
          "PRESS",
          "via",
          List.of(Map.of("kind", "ANONYMOUS", "note", "three diplomats and a rights expert")));

  private static Map<String, Object> circulating() {
    return Map.of(
        "stage",
        "CIRCULATING",
        "date",
        "2022-06-15/2022-06-30",
        "sources",
        List.of(REUTERS),
        "note",
        "circulated among missions in Geneva from late June");
  }

  private static JsonPath statement(String key) {
    return given().get("/api/statements/{key}", key).then().statusCode(200).extract().jsonPath();
  }

  private static void put(String key, Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>(fields);
    body.put("key", key);
    body.put("title", "Test statement " + key);
    body.put("kind", "LETTER");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(200);
  }

  @Test
  void aLetterStillCirculatingSaysWhereItStandsAndItsTimelineDoesNotEnd() {
    String key = createStatement("circulating", "LETTER", Map.of("stages", List.of(circulating())));
    JsonPath s = statement(key);
    assertThat(s.getString("stage")).isEqualTo("CIRCULATING");
    assertThat(s.getString("stageSummary"))
        .isEqualTo("circulating since late June 2022, reported 19 July 2022, delivery not known");
    assertThat(s.getString("stages[0].date")).isEqualTo("2022-06-15/2022-06-30");
    assertThat(s.getString("stages[0].sources[0].via[0].kind")).isEqualTo("ANONYMOUS");
    assertThat(s.getString("date")).isNull();

    record(key, "Pakistan", "SIGNED", "2022-07-01");
    JsonPath timeline = report("/api/statements/" + key + "/timeline");
    assertThat(timeline.getBoolean("stillCirculating")).isTrue();
    assertThat(timeline.getString("stageSummary")).startsWith("circulating since late June 2022");
    given()
        .get("/statements/{key}", key)
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("Still circulating"))
        .body(org.hamcrest.Matchers.containsString("delivery not known"));

    // lists filter by the furthest stage reached
    assertThat(
            report("/api/statements", "stage", "CIRCULATING", "size", "500").getList("items.key"))
        .contains(key);
    assertThat(report("/api/statements", "stage", "DELIVERED", "size", "500").getList("items.key"))
        .doesNotContain(key);
  }

  @Test
  void aDeliveryGivesTheDateAndEndsTheCirculationAndAsRecordedSeesTheStagesAsTheyWere() {
    String key = createStatement("delivered", "LETTER", Map.of("stages", List.of(circulating())));
    record(key, "Pakistan", "SIGNED", "2022-07-01");
    long before = report("/api/statements/" + key + "/timeline").getLong("recordedThroughRevision");

    put(
        key,
        Map.of(
            "stages", List.of(circulating(), Map.of("stage", "DELIVERED", "date", "2022-08-10"))));
    JsonPath s = statement(key);
    assertThat(s.getString("date")).isEqualTo("2022-08-10");
    assertThat(s.getString("stage")).isEqualTo("DELIVERED");
    assertThat(s.getString("stageSummary"))
        .isEqualTo("circulated from late June 2022, delivered 10 August 2022");
    assertThat(report("/api/statements/" + key + "/timeline").getMap(""))
        .doesNotContainKey("stillCirculating");
    assertThat(
            report("/api/statements/" + key + "/timeline", "asRecorded", Long.toString(before))
                .getBoolean("stillCirculating"))
        .isTrue();

    // a PUT without stages keeps them; [] removes them
    put(key, Map.of("date", "2022-08-10"));
    assertThat(statement(key).getList("stages")).hasSize(2);
    put(key, Map.of("date", "2022-08-10", "stages", List.of()));
    assertThat(statement(key).getMap("")).doesNotContainKey("stages");
  }

  @Test
  void stagesThatCannotHoldAreRefusedNamingTheField() {
    Map<String, Object> body = new HashMap<>();
    body.put("key", org.signatorytracker.TestApi.uniqueKey("stages-refused"));
    body.put("title", "Refused");
    body.put("kind", "LETTER");
    body.put(
        "stages",
        List.of(
            circulating(),
            Map.of("stage", "DELIVERED", "date", "2022-06-01"),
            Map.of("stage", "CIRCULATING")));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/statements")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("stages[2].stage"))
        .body("errors.field", hasItem("stages[1].date"));
    body.put("stages", List.of(Map.of("stage", "SIGNED")));
    given().contentType(ContentType.JSON).body(body).post("/api/statements").then().statusCode(400);
  }

  /** stages.csv carries every field there and back; its rows replace a statement's stages. */
  @Test
  void stagesRoundTripThroughTheirTable() {
    String key =
        createStatement(
            "stages-csv",
            "LETTER",
            Map.of(
                "stages",
                List.of(
                    circulating(),
                    Map.of("stage", "ABANDONED", "note", "reported dropped, \"for now\""))));
    String exported = exportCsv("stages.csv", key);
    List<Map<String, String>> rows = csvRows(exported);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .containsEntry("statement", key)
        .containsEntry("stage", "CIRCULATING")
        .containsEntry("date", "2022-06-15/2022-06-30")
        .containsEntry("date_earliest", "2022-06-15")
        .containsEntry("date_latest", "2022-06-30")
        .containsEntry("source_publisher", "Reuters")
        .containsEntry("source_published", "2022-07-19")
        .containsEntry(
            "source_via",
            "[{\"kind\":\"ANONYMOUS\",\"note\":\"three diplomats and a rights expert\"}]");
    assertThat(rows.get(1))
        .containsEntry("date", "")
        .containsEntry("note", "reported dropped, \"for now\"");

    importCsv("stages", exported).statusCode(200).body("statements.unchanged", equalTo(1));

    // the file's rows replace the statement's stages: now delivered
    importCsv(
            "stages",
            "statement,stage,date,source_title\n"
                + key
                + ",CIRCULATING,2022-06-15/2022-06-30,Reuters\n"
                + key
                + ",DELIVERED,2022-08,Mission's note\n")
        .statusCode(200)
        .body("statements.changed", equalTo(1));
    JsonPath s = statement(key);
    assertThat(s.getList("stages.stage")).containsExactly("CIRCULATING", "DELIVERED");
    assertThat(s.getString("date")).isEqualTo("2022-08");

    // a problem names its line and column, and nothing changes
    importCsv(
            "stages",
            "statement,stage,date,source_title\n"
                + key
                + ",CIRCULATING,2022-06,Reuters\n"
                + key
                + ",CIRCULATING,2022-07,Reuters\n"
                + key
                + ",SIGNED,2022-07,Reuters\n")
        .statusCode(422)
        .body("errors.column", org.hamcrest.Matchers.contains("stage", "stage"))
        .body("errors.line", org.hamcrest.Matchers.containsInAnyOrder(3, 4));
    assertThat(statement(key).getList("stages.stage")).containsExactly("CIRCULATING", "DELIVERED");

    // a statements.csv row leaves the stages stored
    importCsv("statements", exportCsv("statements.csv", key))
        .statusCode(200)
        .body("statements.unchanged", equalTo(1));
  }
}
