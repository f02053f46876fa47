package org.signatorytracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;

/** Failed sign-ins make the next attempts wait, before any password is checked. */
@QuarkusTest
@TestProfile(SignInThrottleTest.Throttled.class)
class SignInThrottleTest {

  /**
   * Three free failures per account and address, eight per address; behind a proxy on loopback that
   * Quarkus trusts, as the compose file's nginx.
   */
  public static class Throttled implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "%test.tracker.auth.throttle.free-per-account",
          "3",
          "%test.tracker.auth.throttle.free-per-address",
          "8",
          // tests come from loopback: behind it, each test is a client address of its own
          "%test.quarkus.http.proxy.proxy-address-forwarding",
          "true",
          "%test.quarkus.http.proxy.trusted-proxies",
          "127.0.0.1,::1",
          "%test.quarkus.datasource.jdbc.url",
          "${TRACKER_TEST_JDBC_URL:jdbc:h2:mem:throttled;DB_CLOSE_DELAY=-1}");
    }
  }

  private static Response signIn(String from, String name, String password) {
    return given()
        .header("X-Forwarded-For", from)
        .auth()
        .preemptive()
        .basic(name, password)
        .get("/api/users");
  }

  @Test
  void failuresOnOneAccountMakeItWaitThenItsOwnerGetsBackIn() throws Exception {
    String name = Accounts.create("admin");
    for (int i = 0; i < 3; i++) {
      assertThat(signIn("203.0.113.1", name, "wrong guess " + i).statusCode()).isEqualTo(401);
    }
    assertThat(signIn("203.0.113.1", name, "wrong guess 4").statusCode())
        .isEqualTo(401); // starts a wait
    Response waiting = signIn("203.0.113.1", name, Accounts.PASSWORD);
    assertThat(waiting.statusCode()).isEqualTo(429);
    assertThat(waiting.contentType()).startsWith("application/problem+json");
    assertThat(Integer.parseInt(waiting.header("Retry-After"))).isBetween(1, 2);
    Thread.sleep(2_100);
    assertThat(signIn("203.0.113.1", name, Accounts.PASSWORD).statusCode()).isEqualTo(200);
    // the success forgot the failures
    assertThat(signIn("203.0.113.1", name, "wrong again").statusCode()).isEqualTo(401);
    assertThat(signIn("203.0.113.1", name, Accounts.PASSWORD).statusCode()).isEqualTo(200);
    given()
        .queryParam("user", "")
        .queryParam("size", 500)
        .get("/api/audit")
        .then()
        .statusCode(200)
        .body(
            "items.findAll { it.action == 'signin.throttled' && it.subject == '"
                + name
                + "' }.size()",
            equalTo(1));
  }

  @Test
  void manyFailuresFromOneAddressMakeEveryAccountWaitThere() throws Exception {
    String owner = Accounts.create("admin");
    for (int i = 0; i < 9; i++) {
      signIn("198.51.100.7", TestApi.uniqueKey("nobody"), "junk");
    }
    Response waiting = signIn("198.51.100.7", owner, Accounts.PASSWORD);
    // the same account elsewhere is not waiting
    assertThat(signIn("198.51.100.8", owner, Accounts.PASSWORD).statusCode()).isEqualTo(200);
    assertThat(waiting.statusCode()).isEqualTo(429);
    assertThat(waiting.header("Retry-After")).isNotNull();
    Thread.sleep(Integer.parseInt(waiting.header("Retry-After")) * 1000L + 100);
    assertThat(signIn("198.51.100.7", owner, Accounts.PASSWORD).statusCode()).isEqualTo(200);
  }
}
