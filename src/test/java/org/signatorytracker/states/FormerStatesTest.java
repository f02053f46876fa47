package org.signatorytracker.states;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;

/**
 * The states of the past: listed apart from today's 198, found by their names, and recorded only
 * within the years they existed (today's states are never checked against a date).
 */
@QuarkusTest
class FormerStatesTest {

  @Test
  void formerStatesAreListedApartWithTheirYearsAndSuccessors() {
    given().get("/api/states").then().statusCode(200).body("totalItems", equalTo(198));
    given()
        .queryParam("status", "former")
        .queryParam("size", 50)
        .get("/api/states")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(7))
        .body("items.iso3", contains("CSK", "YMD", "DDR", "SUN", "XUA", "YUG", "XZN"));
    given()
        .get("/api/states/{code}", "USSR")
        .then()
        .statusCode(200)
        .body("iso3", equalTo("SUN"))
        .body("unStatus", equalTo("former"))
        .body("existedFrom", equalTo(1922))
        .body("existedTo", equalTo(1991))
        .body("successors", hasItem("UKR"))
        .body("unSeatContinuedBy", equalTo("RUS"));
    given().get("/api/states/{code}", "East Germany").then().body("iso3", equalTo("DDR"));
    given().get("/api/states/{code}", "UAR").then().body("iso3", equalTo("XUA"));
    given()
        .get("/api/states/{code}", "FRA")
        .then()
        .body("existedTo", nullValue())
        .body("unStatus", equalTo("member"));
    String csv =
        given()
            .queryParam("status", "former")
            .queryParam("format", "csv")
            .get("/api/states")
            .asString();
    assertThat(csv.lines().findFirst().orElseThrow())
        .endsWith(",existed_from,existed_to,successors,un_seat_continued_by");
    assertThat(csv).contains("SUN,SU,810,Union of Soviet Socialist Republics");
    // its page says when it existed and who came after it
    assertThat(given().get("/states/SUN").then().statusCode(200).extract().asString())
        .contains("1922–1991", "<a href=\"/states/UKR\">UKR</a>")
        .contains("its UN seat continued by <a href=\"/states/RUS\">RUS</a>");
  }

  @Test
  void aFormerStateIsRecordedOnlyWithinItsYears() {
    String vote = TestApi.createStatement("former-vote", "VOTE");
    TestApi.record(vote, "USSR", "NO", "1985-12-13");
    // a date that reaches into its years is taken: "some time around its end"
    TestApi.record(vote, "Yugoslavia", "YES", "1992-01-01/1993-12-31");
    // today's states are not checked: UN admission is not when a state began
    TestApi.record(vote, "Russian Federation", "YES", "1950-01-01");

    JsonPath refused =
        given()
            .contentType("application/json")
            .body(TestApi.position("SUN", "YES", "1995-06-01"))
            .post("/api/statements/{key}/positions", vote)
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(refused.getString("errors[0].field")).isEqualTo("date");
    assertThat(refused.getString("errors[0].message"))
        .contains("Union of Soviet Socialist Republics (SUN) existed from 1922 to 1991")
        .contains("dated 1995-06-01 is outside them")
        .contains("RUS");
    Map<String, Object> undated = TestApi.position("East Germany", "YES", null);
    undated.remove("date");
    given()
        .contentType("application/json")
        .body(undated)
        .post("/api/statements/{key}/positions", vote)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("state"))
        .body("errors[0].message", containsString("needs a date within those years"));
    given()
        .contentType("application/json")
        .body(TestApi.position("XZN", "YES", "1963"))
        .post("/api/statements/{key}/positions", vote)
        .then()
        .statusCode(201);
  }
}
