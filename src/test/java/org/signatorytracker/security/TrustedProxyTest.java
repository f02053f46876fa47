package org.signatorytracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestAccounts;
import org.signatorytracker.TestApi;

/**
 * Behind a proxy Quarkus trusts (loopback here, as nginx in the compose file): the request id it
 * sends is kept, a request it forwarded over HTTPS gets Secure cookies, and the site it names is
 * the service's own origin. ({@link SignInThrottleTest}, on the same profile, checks the client
 * address it forwards.)
 */
@QuarkusTest
@TestProfile(SignInThrottleTest.Throttled.class)
class TrustedProxyTest {

  @Test
  void theProxysRequestIdIsKept() {
    given()
        .header("X-Request-Id", "proxy-1234abcd")
        .get("/api/states/FRA")
        .then()
        .header("X-Request-Id", equalTo("proxy-1234abcd"));
  }

  @Test
  void aRequestTheProxyTookOverHttpsGetsSecureCookies() {
    Response page = given().auth().none().header("X-Forwarded-Proto", "https").get("/signin");
    Cookie csrf = page.getDetailedCookie("tracker-csrf");
    assertThat(csrf.isSecured()).isTrue();
    Response signedIn =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .header("X-Forwarded-Proto", "https")
            .cookie("tracker-csrf", csrf.getValue())
            .formParams(
                Map.of(
                    "username", TestAccounts.ADMIN,
                    "password", TestAccounts.ADMIN_PASSWORD,
                    "csrf-token", csrf.getValue()))
            .post("/signin");
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.getDetailedCookie("tracker-session").isSecured()).isTrue();
    assertThat(signedIn.getDetailedCookie("tracker-session").isHttpOnly()).isTrue();
    // over plain HTTP, no Secure (the browser would not send it back)
    assertThat(given().auth().none().get("/signin").getDetailedCookie("tracker-csrf").isSecured())
        .isFalse();
  }

  @Test
  void theSiteTheProxyNamesIsTheServicesOwnOrigin() {
    String key = TestApi.uniqueKey("proxied");
    given()
        .header("X-Forwarded-Proto", "https")
        .header("Host", "tracker.example.org")
        .header("Origin", "https://tracker.example.org")
        .contentType("application/json")
        .body(Map.of("key", key, "title", "Through the proxy", "kind", "LETTER"))
        .post("/api/statements")
        .then()
        .statusCode(201);
    given()
        .header("X-Forwarded-Proto", "https")
        .header("Host", "tracker.example.org")
        .header("Origin", "http://tracker.example.org")
        .contentType("application/json")
        .body(Map.of("key", key + "-b", "title", "Through the proxy", "kind", "LETTER"))
        .post("/api/statements")
        .then()
        .statusCode(403);
  }
}
