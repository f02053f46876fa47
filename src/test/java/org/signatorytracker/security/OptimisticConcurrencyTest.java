package org.signatorytracker.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;

/** GET gives the statement's version as ETag; PUT with If-Match refuses a stale copy. */
@QuarkusTest
class OptimisticConcurrencyTest {

  @Test
  void aStaleIfMatchIsRefusedWith412() {
    String key = TestApi.createLetter("etag");
    String etag =
        given().get("/api/statements/{key}", key).then().statusCode(200).extract().header("ETag");
    Map<String, Object> first = Map.of("key", key, "title", "First edit", "kind", "LETTER");
    Map<String, Object> second = Map.of("key", key, "title", "Second edit", "kind", "LETTER");

    String newer =
        given()
            .header("If-Match", etag)
            .contentType(ContentType.JSON)
            .body(first)
            .put("/api/statements/{key}", key)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(second)
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given()
        .get("/api/statements/{key}", key)
        .then()
        .body("title", equalTo("First edit"))
        .header("ETag", equalTo(newer));
    given()
        .header("If-Match", newer)
        .contentType(ContentType.JSON)
        .body(second)
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(200);
    given()
        .header("If-Match", "\"not-a-version\"")
        .contentType(ContentType.JSON)
        .body(first)
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(412);
    given()
        .header("If-Match", "*")
        .contentType(ContentType.JSON)
        .body(first)
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(200);
  }
}
