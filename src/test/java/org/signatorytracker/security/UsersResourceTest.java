package org.signatorytracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;

@QuarkusTest
class UsersResourceTest {

  @Test
  void anAdminCreatesAnAccountThatCanSignIn() {
    String name = TestApi.uniqueKey("rita");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "password", "a long enough secret", "role", "editor"))
        .post("/api/users")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/users/" + name))
        .body("name", equalTo(name))
        .body("role", equalTo("editor"))
        .body("disabled", equalTo(false))
        .body("$", not(org.hamcrest.Matchers.hasKey("password")));
    given()
        .auth()
        .preemptive()
        .basic(name, "a long enough secret")
        .contentType(ContentType.JSON)
        .body(Map.of("key", TestApi.uniqueKey("by-rita"), "title", "T", "kind", "LETTER"))
        .post("/api/statements")
        .then()
        .statusCode(201);
    given()
        .queryParam("size", 500)
        .get("/api/users")
        .then()
        .statusCode(200)
        .body("items.name", hasItem(name));
  }

  @Test
  void everyByteOfAPasswordCountsAndBlankOnesAreRefused() {
    for (String password :
        List.of(
            "a".repeat(72) + "REALTAIL", // bcrypt would sign it in with any other tail
            "é".repeat(37), // 74 bytes in UTF-8
            " ".repeat(20),
            "\t".repeat(14))) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("name", TestApi.uniqueKey("bytes"), "password", password, "role", "reader"))
          .post("/api/users")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("password"));
    }
    String name = TestApi.uniqueKey("longest");
    String longest = "a".repeat(71) + "b";
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "password", longest, "role", "reader"))
        .post("/api/users")
        .then()
        .statusCode(201);
    given().auth().preemptive().basic(name, longest).get("/api/states/FRA").then().statusCode(200);
    given()
        .auth()
        .preemptive()
        .basic(name, "a".repeat(71) + "c")
        .get("/api/users")
        .then()
        .statusCode(401);
  }

  @Test
  void shortPasswordsAreRefused() {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of("name", TestApi.uniqueKey("short"), "password", "elevenchars", "role", "reader"))
        .post("/api/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("password"));
    String name = Accounts.create("reader");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("password", "too short"))
        .put("/api/users/{name}", name)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("password"));
  }

  @Test
  void namesAreUniqueAndRolesKnown() {
    String name = Accounts.create("reader");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "password", Accounts.PASSWORD, "role", "reader"))
        .post("/api/users")
        .then()
        .statusCode(409);
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of("name", TestApi.uniqueKey("x"), "password", Accounts.PASSWORD, "role", "owner"))
        .post("/api/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"));
  }

  @Test
  void rolesPasswordsAndDisablingChange() {
    String name = Accounts.create("reader");
    given()
        .auth()
        .preemptive()
        .basic(name, Accounts.PASSWORD)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/statements")
        .then()
        .statusCode(403);

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("role", "editor", "password", "a new long password"))
        .put("/api/users/{name}", name)
        .then()
        .statusCode(200)
        .body("role", equalTo("editor"));
    given()
        .auth()
        .preemptive()
        .basic(name, Accounts.PASSWORD)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/statements")
        .then()
        .statusCode(401);
    given()
        .auth()
        .preemptive()
        .basic(name, "a new long password")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/statements")
        .then()
        .statusCode(400);

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("disabled", true))
        .put("/api/users/{name}", name)
        .then()
        .statusCode(200)
        .body("disabled", equalTo(true));
    given()
        .auth()
        .preemptive()
        .basic(name, "a new long password")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/statements")
        .then()
        .statusCode(401);
  }

  @Test
  void theLastActiveAdminStays() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("disabled", true))
        .put("/api/users/admin")
        .then()
        .statusCode(409);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("role", "reader"))
        .put("/api/users/admin")
        .then()
        .statusCode(409);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("role", "reader"))
        .put("/api/users/no-such-account")
        .then()
        .statusCode(404);
  }

  @Test
  void accountChangesAreRevisionsWithoutPasswords() {
    String name = Accounts.create("reader");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("role", "editor", "password", "another long one"))
        .put("/api/users/{name}", name)
        .then()
        .statusCode(200);
    List<Map<String, Object>> events =
        given()
            .queryParam("size", 500)
            .get("/api/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.findAll { it.subject == '" + name + "' }");
    assertThat(events)
        .extracting(e -> e.get("action"))
        .containsExactly("user.updated", "user.created");
    Map<String, Object> update = events.get(0);
    assertThat(update.get("actor")).isEqualTo("admin");
    assertThat((Map<String, Object>) update.get("before"))
        .containsEntry("role", "reader")
        .containsEntry("passwordChanged", false);
    assertThat((Map<String, Object>) update.get("after"))
        .containsEntry("role", "editor")
        .containsEntry("passwordChanged", true);
    assertThat(events.toString()).doesNotContain("another long one").doesNotContain("$2a$");
  }
}
