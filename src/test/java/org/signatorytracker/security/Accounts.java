package org.signatorytracker.security;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import org.signatorytracker.TestApi;

/** Accounts for tests of access control, created through the API by the test admin. */
public final class Accounts {

  public static final String PASSWORD = "correct horse battery";

  private Accounts() {}

  /** Creates an account with a fresh name and returns the name. */
  public static String create(String role) {
    String name = TestApi.uniqueKey(role);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "password", PASSWORD, "role", role))
        .post("/api/users")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201);
    return name;
  }

  public static String disabled(String role) {
    String name = create(role);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("disabled", true))
        .put("/api/users/{name}", name)
        .then()
        .statusCode(200);
    return name;
  }
}
