package org.signatorytracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestAccounts;
import org.signatorytracker.security.PageSessions;
import org.signatorytracker.web.WebPagesTest.Browser;

/** With tracker.web.secure-cookies, the cookies are Secure even over plain HTTP. */
@QuarkusTest
@TestProfile(SecureCookiesTest.AlwaysSecure.class)
class SecureCookiesTest {

  public static class AlwaysSecure implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "%test.tracker.web.secure-cookies",
          "true",
          "%test.quarkus.datasource.jdbc.url",
          "${TRACKER_TEST_JDBC_URL:jdbc:h2:mem:secure;DB_CLOSE_DELAY=-1}");
    }
  }

  @Test
  void everyCookieIsSecureWhenTheSettingSaysSo() {
    assertThat(
            given().auth().none().get("/signin").getDetailedCookie(CsrfTokens.COOKIE).isSecured())
        .isTrue();
    Browser browser = new Browser();
    browser.get("/signin");
    var answer =
        browser.post(
            "/signin",
            Map.of("username", TestAccounts.ADMIN, "password", TestAccounts.ADMIN_PASSWORD));
    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.getDetailedCookie(PageSessions.COOKIE).isSecured()).isTrue();
    assertThat(answer.getDetailedCookie(CsrfTokens.COOKIE).isSecured()).isTrue();
  }
}
