package org.signatorytracker.states;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatesResourceTest {

  @Test
  void listsEveryStateByName() {
    given()
        .when()
        .get("/api/states")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(198))
        .body("items", hasSize(50))
        .body("items[0].name", equalTo("Afghanistan"));
  }

  @Test
  void filtersByRegionalGroupInAnyCase() {
    given()
        .queryParam("group", "weog")
        .when()
        .get("/api/states")
        .then()
        .statusCode(200)
        .body("items", hasSize(29))
        .body("items.regionalGroup", everyItem(equalTo("WEOG")))
        .body("items.iso3", hasItem("USA"))
        .body("items.iso3", hasItem("TUR"));
  }

  @Test
  void statesWithoutAGroupAreListedUnderNone() {
    given()
        .queryParam("group", "none")
        .when()
        .get("/api/states")
        .then()
        .statusCode(200)
        .body("items.iso3", contains("COK", "VAT", "NIU", "PSE", "TWN"));
  }

  @Test
  void anUnknownGroupIsABadRequest() {
    given()
        .queryParam("group", "Nordic")
        .when()
        .get("/api/states")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("group"))
        .body("errors[0].value", equalTo("Nordic"));
  }

  @Test
  void findsAStateByAnyOfItsNames() {
    given()
        .when()
        .get("/api/states/{code}", "Türkiye")
        .then()
        .statusCode(200)
        .body("iso3", equalTo("TUR"))
        .body("name", equalTo("Türkiye"))
        .body("regionalGroup", equalTo("WEOG"));
    given().when().get("/api/states/dprk").then().statusCode(200).body("iso3", equalTo("PRK"));
  }

  @Test
  void anUnknownStateIsNotFoundWithSuggestions() {
    given()
        .when()
        .get("/api/states/{code}", "Nort Korea")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", startsWith("'Nort Korea': unknown state; did you mean"))
        .body("errors[0].suggestions[0]", equalTo("PRK"));
  }
}
