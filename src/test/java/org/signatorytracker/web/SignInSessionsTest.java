package org.signatorytracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestAccounts;
import org.signatorytracker.TestApi;
import org.signatorytracker.security.PageSessions;
import org.signatorytracker.web.WebPagesTest.Browser;

/**
 * A sign-in session ends where it should, for every copy of its cookie: at sign-out, when the
 * password changes (every other session), at an admin's reset or disabling (all of them, and a
 * reset revokes the API tokens too), after its idle timeout and after its absolute lifetime. The
 * forms' CSRF token belongs to one session.
 */
@QuarkusTest
class SignInSessionsTest {

  static final String PASSWORD = "a long first password";

  @Inject EntityManager entities;

  @Test
  void signingOutEndsTheSessionForEveryCopyOfItsCookie() {
    String name = account("editor");
    Browser owner = signedIn(name);
    Browser thief = copyOf(owner);
    thief.get("/account").then().statusCode(200);
    owner.post("/signout", Map.of()).then().statusCode(303);
    assertThat(owner.cookies).doesNotContainKey(PageSessions.COOKIE);
    endedFor(thief);
  }

  @Test
  void changingOnesPasswordEndsEveryOtherSessionOfTheAccount() {
    String name = account("reader");
    Browser here = signedIn(name);
    Browser elsewhere = signedIn(name);
    Browser thief = copyOf(elsewhere);
    here.post(
            "/account/password",
            Map.of(
                "current", PASSWORD,
                "password", "a long second password",
                "repeated", "a long second password"))
        .then()
        .statusCode(200);
    here.get("/account").then().statusCode(200);
    endedFor(elsewhere);
    endedFor(thief);
  }

  @Test
  void anAdminsResetEndsEverySessionAndRevokesTheApiTokens() {
    String name = account("editor");
    Browser browser = signedIn(name);
    String token =
        given()
            .auth()
            .preemptive()
            .basic(name, PASSWORD)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "script"))
            .post("/api/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("password", "a password the admin chose"))
        .put("/api/users/{name}", name)
        .then()
        .statusCode(200);
    endedFor(browser);
    given()
        .auth()
        .none()
        .header("Authorization", "Bearer " + token)
        .get("/api/tokens")
        .then()
        .statusCode(401);
    // the new password signs in again
    signedIn(name, "a password the admin chose").get("/account").then().statusCode(200);
  }

  @Test
  void disablingAnAccountEndsItsSessionsForGood() {
    String name = account("editor");
    Browser browser = signedIn(name);
    enabled(name, false);
    enabled(name, true);
    endedFor(browser);
  }

  @Test
  void aSessionEndsAfterItsIdleTimeoutAndAfterItsAbsoluteLifetime() {
    String name = account("reader");
    Browser idle = signedIn(name);
    age(idle, "last_seen_at", Duration.ofHours(8).plusMinutes(1));
    endedFor(idle);

    Browser busy = signedIn(name);
    // used a minute ago, but signed in twelve hours ago
    age(busy, "created_at", Duration.ofHours(12).plusMinutes(1));
    age(busy, "last_seen_at", Duration.ofMinutes(1));
    endedFor(busy);

    Browser fresh = signedIn(name);
    age(fresh, "created_at", Duration.ofHours(11));
    fresh.get("/account").then().statusCode(200);
  }

  @Test
  void aVisitorsCsrfTokenPlantedBesideAnEditorsSessionIsRefused() {
    String key = TestApi.createLetter("planted-token");
    Browser visitor = new Browser();
    visitor.get("/signin");
    Browser editor = signedIn(account("editor"));
    editor.get("/statements/" + key);
    given()
        .auth()
        .none()
        .redirects()
        .follow(false)
        .cookie(PageSessions.COOKIE, editor.cookies.get(PageSessions.COOKIE))
        .cookie(CsrfTokens.COOKIE, visitor.cookies.get(CsrfTokens.COOKIE))
        .formParams(
            Map.of(
                "state",
                "Cuba",
                "action",
                "SIGNED",
                "date",
                "2022-06-01",
                "sourceTitle",
                "Planted",
                CsrfTokens.FIELD,
                visitor.token))
        .post("/statements/" + key + "/positions")
        .then()
        .statusCode(403)
        .contentType(containsString("text/html"));
    assertThat(TestApi.signatoryCodes(key)).isEmpty();
    // the editor's own token works
    editor
        .post(
            "/statements/" + key + "/positions",
            Map.of("state", "Cuba", "action", "SIGNED", "date", "2022-06-01", "sourceTitle", "Own"))
        .then()
        .statusCode(303);
    assertThat(TestApi.signatoryCodes(key)).containsExactly("CUB");
  }

  @Test
  void aForwardedSchemeFromAnUntrustedCallerMakesNoCookieSecure() {
    // no proxy is trusted here (TrustedProxyTest: behind a trusted one it does)
    assertThat(
            given()
                .auth()
                .none()
                .header("X-Forwarded-Proto", "https")
                .get("/signin")
                .getDetailedCookie(CsrfTokens.COOKIE)
                .isSecured())
        .isFalse();
  }

  @Test
  void signingInRenewsTheCsrfToken() {
    Browser browser = new Browser();
    browser.get("/signin");
    String before = browser.cookies.get(CsrfTokens.COOKIE);
    browser.post("/signin", Map.of("username", TestAccounts.ADMIN, "password", "x"));
    browser
        .post(
            "/signin",
            Map.of("username", TestAccounts.ADMIN, "password", TestAccounts.ADMIN_PASSWORD))
        .then()
        .statusCode(303);
    assertThat(browser.cookies.get(CsrfTokens.COOKIE)).isNotNull().isNotEqualTo(before);
    // the visitor's token is no longer accepted
    String visitorsToken = browser.token;
    browser.get("/account").then().statusCode(200);
    assertThat(browser.token).isNotEqualTo(visitorsToken);
  }

  @Test
  void aSignInSendsOnlyToAPlainPathOfThisSite() {
    for (String then :
        new String[] {
          "/a b",
          "/a\"b",
          "/%zz",
          "/a<script>",
          "/é",
          "//evil.example/",
          "/\\evil.example",
          "https://evil.example/",
          "javascript:alert(1)",
          "/a\tb"
        }) {
      signInThen(then)
          .then()
          .statusCode(303)
          .header("Location", org.hamcrest.Matchers.endsWith("/"))
          .header("Location", org.hamcrest.Matchers.not(containsString("evil")));
    }
    signInThen("/statements/a-key?asOf=2019-08-01&by=groups%3Ahrc")
        .then()
        .statusCode(303)
        .header(
            "Location",
            org.hamcrest.Matchers.endsWith("/statements/a-key?asOf=2019-08-01&by=groups%3Ahrc"));
    assertThat(SignInPage.safeTarget("/a b")).isEqualTo("/");
  }

  /** The admin signs in by a fresh browser's form, asking to be sent to {@code then}. */
  private static io.restassured.response.Response signInThen(String then) {
    Browser browser = new Browser();
    browser.get("/signin");
    return browser.post(
        "/signin",
        Map.of(
            "username", TestAccounts.ADMIN,
            "password", TestAccounts.ADMIN_PASSWORD,
            "then", then));
  }

  /** An account of this role with the password {@link #PASSWORD}. */
  private static String account(String role) {
    String name = TestApi.uniqueKey("session-" + role);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "password", PASSWORD, "role", role))
        .post("/api/users")
        .then()
        .statusCode(201);
    return name;
  }

  private static Browser signedIn(String name) {
    return signedIn(name, PASSWORD);
  }

  private static Browser signedIn(String name, String password) {
    Browser browser = new Browser();
    browser.signIn(name, password, 303);
    browser.get("/account").then().statusCode(200);
    return browser;
  }

  /** Another browser with the same cookies: a stolen session. */
  private static Browser copyOf(Browser browser) {
    Browser copy = new Browser();
    copy.cookies.putAll(browser.cookies);
    return copy;
  }

  /** The session's cookie no longer opens the account page: the page asks to sign in. */
  private static void endedFor(Browser browser) {
    given()
        .auth()
        .none()
        .redirects()
        .follow(false)
        .cookies(browser.cookies)
        .get("/account")
        .then()
        .statusCode(303)
        .header("Location", containsString("/signin?then="));
  }

  private static void enabled(String name, boolean enabled) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("disabled", !enabled))
        .put("/api/users/{name}", name)
        .then()
        .statusCode(200);
  }

  /** Moves a session's {@code column} this long into the past, as if time had passed. */
  private void age(Browser browser, String column, Duration ago) {
    String id =
        org.signatorytracker.common.Fingerprint.sha256(browser.cookies.get(PageSessions.COOKIE));
    int updated =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    entities
                        .createNativeQuery(
                            "UPDATE page_session SET " + column + " = :at WHERE id = :id")
                        .setParameter("at", Instant.now().minus(ago))
                        .setParameter("id", id)
                        .executeUpdate());
    assertThat(updated).isEqualTo(1);
  }
}
