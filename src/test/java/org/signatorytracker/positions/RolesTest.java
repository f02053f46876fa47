package org.signatorytracker.positions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.signatorytracker.TestApi.count;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.exportedPositions;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.signatories;
import static org.signatorytracker.TestApi.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The part a state took: a lead or sponsor of a text signs it, and says more. */
@QuarkusTest
class RolesTest {

  private static final List<Map<String, String>> SOURCES =
      List.of(Map.of("url", "https://example.org/letter", "kind", "OFFICIAL"));

  @Test
  void aLeadSignsAndTheRoleFiltersAndBreaksDownTheCount() {
    String key = createLetter("roles");
    record(key, with(position("Canada", "SIGNED", "2019-07-08"), "role", "LEAD"));
    record(key, "France", "SIGNED", "2019-07-08");
    record(key, "Japan", "SIGNED", "2019-07-10");

    JsonPath all = signatories(key, "asOf", "2019-07-31");
    assertThat(all.getList("states.iso3")).containsExactlyInAnyOrder("CAN", "FRA", "JPN");
    assertThat(all.getString("states.find { it.iso3 == 'CAN' }.role")).isEqualTo("LEAD");
    assertThat(all.getString("states.find { it.iso3 == 'FRA' }.role")).isEqualTo("SIGNATORY");
    assertThat(signatories(key, "asOf", "2019-07-31", "role", "LEAD").getList("states.iso3"))
        .containsExactly("CAN");
    assertThat(
            signatories(key, "asOf", "2019-07-31", "role", "SIGNATORY,SPONSOR")
                .getList("states.iso3"))
        .containsExactlyInAnyOrder("FRA", "JPN");

    JsonPath byRole = count(key, "asOf", "2019-07-31", "by", "role");
    assertThat(byRole.getString("by")).isEqualTo("role");
    assertThat(byRole.getInt("counts.SIGNED")).isEqualTo(3);
    assertThat(byRole.getInt("byGroup.LEAD.SIGNED")).isEqualTo(1);
    assertThat(byRole.getInt("byGroup.SIGNATORY.SIGNED")).isEqualTo(2);

    given()
        .queryParam("role", "CHAIR")
        .get("/api/statements/{key}/signatories", key)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("role"));
  }

  @Test
  void aWithdrawalHasNoLeadingRole() {
    String key = createLetter("role-withdrew");
    given()
        .contentType(ContentType.JSON)
        .body(with(position("Canada", "WITHDREW", "2019-07-08"), "role", "LEAD"))
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("role"));
    // the by=role breakdown is a statement's count only
    given()
        .queryParam("by", "role")
        .get("/api/issues/{issue}/balance", "xinjiang")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("by"));
  }

  @Test
  void leadStatesAreRecordedAsLeadsWhereTheyHaveNoRecord() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("date", "2019-07-08");
    fields.put("sources", SOURCES);
    String key = createStatement("led", "LETTER", fields);
    // France signed before it was named a lead: its record stays the one that counts
    record(key, "France", "SIGNED", "2019-07-08");

    Map<String, Object> body = new HashMap<>(fields);
    body.put("key", key);
    body.put("title", "Led letter");
    body.put("kind", "LETTER");
    body.put("leadStates", List.of("Netherlands", "France"));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(200);

    JsonPath history = report("/api/statements/" + key + "/positions");
    assertThat(history.getList("items.state.iso3")).containsExactlyInAnyOrder("FRA", "NLD");
    Map<String, Object> lead = history.getMap("items.find { it.state.iso3 == 'NLD' }");
    assertThat(lead)
        .containsEntry("action", "SIGNED")
        .containsEntry("role", "LEAD")
        .containsEntry("date", "2019-07-08");
    assertThat(history.getString("items.find { it.state.iso3 == 'NLD' }.sources[0].url"))
        .isEqualTo("https://example.org/letter");
    assertThat(history.getString("items.find { it.state.iso3 == 'FRA' }.role"))
        .isEqualTo("SIGNATORY");

    // naming the leads again records nothing more
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(200);
    assertThat(report("/api/statements/" + key + "/positions").getList("items")).hasSize(2);
    assertThat(count(key, "asOf", "2019-07-08").getInt("counts.SIGNED")).isEqualTo(2);
  }

  @Test
  void leadStatesOfALetterNeedItsSources() {
    Map<String, Object> body = new HashMap<>();
    body.put("key", org.signatorytracker.TestApi.uniqueKey("unsourced-leads"));
    body.put("title", "Unsourced");
    body.put("kind", "LETTER");
    body.put("leadStates", List.of("Canada"));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/statements")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("leadStates"));
  }

  @Test
  void aRoleTravelsThroughTheExchangeFormat() {
    String key = createLetter("role-csv");
    given()
        .contentType("text/csv")
        .body(
            "statement,state,action,date,role,source_url\n"
                + key
                + ",Canada,SIGNED,2019-07-08,LEAD,https://example.org/a\n"
                + key
                + ",France,SIGNED,2019-07-08,,https://example.org/a\n")
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
    Map<String, Map<String, String>> rows = exportedPositions(key);
    assertThat(rows.get("CAN")).containsEntry("role", "LEAD");
    assertThat(rows.get("FRA")).containsEntry("role", "");
    // importing the export again recognises both records
    given().contentType("text/csv").body(csv).post("/api/import/positions").then().statusCode(200);
    assertThat(report("/api/statements/" + key + "/positions").getList("items")).hasSize(2);
  }

  @Test
  void anImportRecordsLeadsOnlyWhereItsOwnRecordsDoNot() {
    String key = org.signatorytracker.TestApi.uniqueKey("imported-leads");
    given()
        .multiPart(
            "statements",
            "statements.csv",
            ("key,title,kind,date,lead_states,url\n"
                    + key
                    + ",Led,LETTER,2019-07-08,CAN;NLD,https://example.org/l\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/csv")
        .multiPart(
            "positions",
            "positions.csv",
            ("statement,state,action,date,source_url\n"
                    + key
                    + ",Canada,SIGNED,2019-07-01,https://example.org/c\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/csv")
        .post("/api/import")
        .then()
        .statusCode(200);
    JsonPath history = report("/api/statements/" + key + "/positions");
    assertThat(history.getList("items.state.iso3")).containsExactlyInAnyOrder("CAN", "NLD");
    assertThat(history.getString("items.find { it.state.iso3 == 'CAN' }.role"))
        .isEqualTo("SIGNATORY");
    assertThat(history.getString("items.find { it.state.iso3 == 'NLD' }.role")).isEqualTo("LEAD");
  }
}
