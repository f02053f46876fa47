package org.signatorytracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;

/** Personal API tokens: shown once, stored hashed, acting as their account, revocable. */
@QuarkusTest
class TokensTest {

  private static final String POSITION =
      "{\"state\":\"Chile\",\"action\":\"SIGNED\",\"date\":\"2020-01-01\","
          + "\"sources\":[{\"title\":\"Statement\"}]}";

  private static RequestSpecification as(String account) {
    return given().auth().preemptive().basic(account, Accounts.PASSWORD);
  }

  private static RequestSpecification bearer(String token) {
    return given().auth().none().header("Authorization", "Bearer " + token);
  }

  private static JsonPath create(String account, Map<String, Object> body) {
    return as(account)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/tokens")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/tokens/"))
        .extract()
        .jsonPath();
  }

  @Test
  void aTokenActsAsItsAccountAndIsShownOnce() {
    String editor = Accounts.create("editor");
    JsonPath created = create(editor, Map.of("name", "nightly import"));
    String token = created.getString("token");
    assertThat(token).startsWith("st_").hasSizeGreaterThanOrEqualTo(3 + 43);
    assertThat(created.getString("account")).isEqualTo(editor);
    assertThat(created.getString("expiresOn")).isNull();
    // only the hash is kept
    assertThat(TokenService.hash(token)).hasSize(64).isNotEqualTo(token);

    String key = TestApi.createLetter("token-writes");
    bearer(token)
        .contentType(ContentType.JSON)
        .body(POSITION)
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(201);
    given()
        .get("/api/statements/{key}/positions", key)
        .then()
        .body("items[0].recordedBy", equalTo(editor));

    // listed without the secret, with its last use
    as(editor)
        .get("/api/tokens")
        .then()
        .statusCode(200)
        .body("items.name", hasItem("nightly import"))
        .body("items[0].token", nullValue())
        .body("items[0].lastUsedAt", not(nullValue()))
        .body("items[0].account", equalTo(editor));
    as(editor)
        .get("/api/tokens/{id}", created.getLong("id"))
        .then()
        .statusCode(200)
        .body("token", nullValue());
    // a token can ask for its own list too
    bearer(token)
        .get("/api/tokens")
        .then()
        .statusCode(200)
        .body("items", hasItem(org.hamcrest.Matchers.hasEntry("name", "nightly import")));
  }

  @Test
  void aReadersTokenCannotWriteAndAnUnknownTokenIsRefused() {
    String reader = Accounts.create("reader");
    String token = create(reader, Map.of("name", "reading")).getString("token");
    String key = TestApi.createLetter("token-reader");
    bearer(token)
        .contentType(ContentType.JSON)
        .body(POSITION)
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    bearer("st_" + "A".repeat(43))
        .contentType(ContentType.JSON)
        .body(POSITION)
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Basic"));
    bearer("not-a-token")
        .get("/api/tokens")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().auth().none().get("/api/tokens").then().statusCode(401);
  }

  @Test
  void revokingOrDisablingStopsATokenAtOnce() {
    String editor = Accounts.create("editor");
    JsonPath first = create(editor, Map.of("name", "first"));
    String second = create(editor, Map.of("name", "second")).getString("token");
    bearer(first.getString("token")).get("/api/tokens").then().statusCode(200);

    as(editor).delete("/api/tokens/{id}", first.getLong("id")).then().statusCode(204);
    bearer(first.getString("token")).get("/api/tokens").then().statusCode(401);
    as(editor).delete("/api/tokens/{id}", first.getLong("id")).then().statusCode(404);

    bearer(second).get("/api/tokens").then().statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("disabled", true))
        .put("/api/users/{name}", editor)
        .then()
        .statusCode(200);
    bearer(second).get("/api/tokens").then().statusCode(401);
  }

  @Test
  void anAdminSeesAndRevokesAnyonesTokensOthersOnlyTheirOwn() {
    String owner = Accounts.create("editor");
    String other = Accounts.create("editor");
    JsonPath token = create(owner, Map.of("name", "owner's"));
    long id = token.getLong("id");

    as(other).get("/api/tokens/{id}", id).then().statusCode(404);
    as(other).delete("/api/tokens/{id}", id).then().statusCode(404);
    as(other).queryParam("account", owner).get("/api/tokens").then().statusCode(403);
    bearer(token.getString("token")).get("/api/tokens").then().statusCode(200);

    given()
        .queryParam("account", owner)
        .get("/api/tokens")
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) id));
    given()
        .queryParam("account", "*")
        .get("/api/tokens")
        .then()
        .body("items.account", hasItem(owner));
    given().delete("/api/tokens/{id}", id).then().statusCode(204);
    bearer(token.getString("token")).get("/api/tokens").then().statusCode(401);
  }

  @Test
  void expiryIsItsLastDayAndCannotBeInThePast() {
    String editor = Accounts.create("editor");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String token =
        create(editor, Map.of("name", "today only", "expiresOn", today.toString()))
            .getString("token");
    bearer(token)
        .get("/api/tokens")
        .then()
        .statusCode(200)
        .body("items[0].expiresOn", equalTo(today.toString()));
    as(editor)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "too late", "expiresOn", today.minusDays(1).toString()))
        .post("/api/tokens")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("expiresOn"));
    as(editor)
        .contentType(ContentType.JSON)
        .body(Map.of("name", " "))
        .post("/api/tokens")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
  }
}
