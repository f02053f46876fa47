package org.signatorytracker.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With tracker.auth.public-read=false, reading needs an account with the reader role. */
@QuarkusTest
@TestProfile(PrivateReads.class)
class PrivateReadsTest {

  @Test
  void anonymousReadersMustSignIn() {
    for (String path :
        new String[] {
          "/api/statements",
          "/api/states",
          "/api/states/FRA",
          "/api/statements/hrc41-2019-xinjiang-supportive/count",
          "/api/export/positions.csv"
        }) {
      given()
          .auth()
          .none()
          .get(path)
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", startsWith("Basic"));
    }
  }

  @Test
  void everyRoleMayRead() {
    String reader = Accounts.create("reader");
    given()
        .auth()
        .preemptive()
        .basic(reader, Accounts.PASSWORD)
        .get("/api/states/FRA")
        .then()
        .statusCode(200);
    String editor = Accounts.create("editor");
    given()
        .auth()
        .preemptive()
        .basic(editor, Accounts.PASSWORD)
        .get("/api/statements")
        .then()
        .statusCode(200);
  }

  @Test
  void aDisabledAccountCannotRead() {
    String gone = Accounts.disabled("reader");
    given()
        .auth()
        .preemptive()
        .basic(gone, Accounts.PASSWORD)
        .get("/api/states/FRA")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
  java.net.URL management;

  @Test
  void healthStaysOpenButTheApiDescriptionNeedsAReader() {
    // health is on the management port, which no caller of the public one reaches
    given()
        .auth()
        .none()
        .baseUri("http://" + management.getHost())
        .port(management.getPort())
        .get("/q/health/ready")
        .then()
        .statusCode(200);
    for (String path : List.of("/q/openapi", "/q/openapi?format=json", "/q/swagger-ui/")) {
      given().auth().none().redirects().follow(false).get(path).then().statusCode(401);
    }
    String reader = Accounts.create("reader");
    given()
        .auth()
        .preemptive()
        .basic(reader, Accounts.PASSWORD)
        .get("/q/openapi")
        .then()
        .statusCode(200);
  }
}
