package org.signatorytracker.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.signatorytracker.TestApi.count;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.signatoryCodes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every import that wrote something has an id, and can be undone: its records and claims only. */
@QuarkusTest
class ImportRetractionTest {

  private static JsonPath importPositions(String csv) {
    return given()
        .contentType("text/csv")
        .body(csv)
        .post("/api/import/positions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void anImportIsListedAndRetractingItRetractsWhatItWroteAndOnlyThat() {
    String key = createLetter("undo-import");
    // recorded by hand before the import: the retraction leaves it alone
    record(key, "Chile", "SIGNED", "2020-01-01");
    JsonPath imported =
        importPositions(
            "statement,state,action,date,source_url\n"
                + key
                + ",France,SIGNED,2020-01-01,https://example.org/a\n"
                + key
                + ",Spain,SIGNED,2020-01-01,https://example.org/a\n");
    long id = imported.getLong("importId");
    given()
        .contentType("text/csv")
        .body("statement,count,on,source_url\n" + key + ",3,2020-01-01,https://example.org/c\n")
        .post("/api/import/claims")
        .then()
        .statusCode(200);
    assertThat(signatoryCodes(key, "asOf", "2020-02-01"))
        .containsExactlyInAnyOrder("CHL", "FRA", "ESP");
    long before = count(key, "asOf", "2020-02-01").getLong("recordedThroughRevision");

    JsonPath listed = report("/api/imports");
    Map<String, Object> entry = listed.getMap("items.find { it.id == " + id + " }");
    assertThat(entry)
        .containsEntry("recordsWritten", 2)
        .containsEntry("claimsWritten", 0)
        .containsEntry("retracted", false)
        .containsEntry("retractable", true)
        .containsEntry("files", "positions");

    given()
        .contentType("application/json")
        .body(Map.of("reason", "Wrong letter: these belong to the counter-letter"))
        .post("/api/imports/{id}/retraction", id)
        .then()
        .statusCode(201)
        .body("retracted", equalTo(true))
        .body("retraction.reason", equalTo("Wrong letter: these belong to the counter-letter"));

    assertThat(signatoryCodes(key, "asOf", "2020-02-01")).containsExactly("CHL");
    // the claim came from another import: it stands
    assertThat(count(key, "asOf", "2020-02-01").getInt("reportedCount")).isEqualTo(3);
    // as recorded before, the records are still there
    assertThat(signatoryCodes(key, "asOf", "2020-02-01", "asRecorded", Long.toString(before)))
        .containsExactlyInAnyOrder("CHL", "FRA", "ESP");
    JsonPath history = report("/api/statements/" + key + "/positions");
    assertThat(history.getString("items.find { it.state.iso3 == 'FRA' }.retraction.reason"))
        .isEqualTo("Import " + id + " retracted: Wrong letter: these belong to the counter-letter");

    // once only
    given()
        .contentType("application/json")
        .body(Map.of("reason", "again"))
        .post("/api/imports/{id}/retraction", id)
        .then()
        .statusCode(409);
    // audited as one change
    assertThat(
            report("/api/audit", "size", "500")
                .getList("items.findAll { it.action == 'import.retracted' }.subject"))
        .contains(Long.toString(id));
  }

  @Test
  void anImportThatWritesNothingHasNoId() {
    String key = createLetter("no-id");
    String csv =
        "statement,state,action,date,source_url\n"
            + key
            + ",Peru,SIGNED,2020-01-01,https://e.org\n";
    assertThat(importPositions(csv).getLong("importId")).isPositive();
    // the same file again writes nothing
    assertThat(importPositions(csv).getMap("")).doesNotContainKey("importId");
    given().get("/api/imports/{id}", "nope").then().statusCode(404);
    given()
        .contentType("application/json")
        .body(Map.of("reason", ""))
        .post("/api/imports/{id}/retraction", 1)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
  }
}
