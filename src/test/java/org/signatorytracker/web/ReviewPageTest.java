package org.signatorytracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.signatoryCodes;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.positions.ReviewRequired;
import org.signatorytracker.security.Accounts;

/**
 * The review page lists what waits by statement; confirming and rejecting follow the API's rules.
 */
@QuarkusTest
@TestProfile(ReviewRequired.class)
class ReviewPageTest {

  private static long propose(String editor, String key, String state) {
    return given()
        .auth()
        .preemptive()
        .basic(editor, Accounts.PASSWORD)
        .contentType(ContentType.JSON)
        .body(position(state, "SIGNED", "2019-07-12"))
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  @Test
  void anEditorConfirmsAndRejectsAnotherEditorsProposalsButNotHisOwn() {
    String alice = Accounts.create("editor");
    String bob = Accounts.create("editor");
    String key = createLetter("review-page");
    long oman = propose(alice, key, "Oman");
    long cuba = propose(alice, key, "Cuba");
    long laos = propose(bob, key, "Laos");

    WebPagesTest.Browser browser = new WebPagesTest.Browser();
    browser.signIn(bob, Accounts.PASSWORD, 303);
    String page = browser.get("/reviews").then().statusCode(200).extract().asString();
    assertThat(page)
        .contains(key, "Oman", "Cuba", "Lao People")
        .contains("action=\"/reviews/positions/" + oman + "/confirmation\"")
        // his own proposal: no confirm button
        .doesNotContain("action=\"/reviews/positions/" + laos + "/confirmation\"")
        .contains("Your proposal: another editor confirms it.");

    // recorded on the page, it is proposed, and the page says so
    Response recorded =
        browser.post(
            "/statements/" + key + "/positions",
            Map.of(
                "state", "Nepal",
                "action", "SIGNED",
                "date", "2019-07-12",
                "sourceUrl", "https://example.org/annex",
                "sourceKind", "OFFICIAL"));
    assertThat(recorded.statusCode()).isEqualTo(303);
    assertThat(
            browser
                .get(
                    java.net.URI.create(recorded.getHeader("Location")).getRawPath()
                        + "?"
                        + java.net.URI.create(recorded.getHeader("Location")).getRawQuery())
                .asString())
        .contains("1 position proposed: they count once another editor confirms them.");

    // the statement's history says what waits and who proposed it
    assertThat(browser.get("/statements/" + key).asString())
        .contains("waiting for review, proposed by " + alice)
        .contains("href=\"/reviews#record-" + oman + "\"");

    Response confirmed = browser.post("/reviews/positions/" + oman + "/confirmation", Map.of());
    assertThat(confirmed.statusCode()).isEqualTo(303);
    assertThat(confirmed.getHeader("Location")).endsWith("/reviews?decided=confirmed-" + oman);
    assertThat(browser.get("/reviews?decided=confirmed-" + oman).asString())
        .contains("Record " + oman + " confirmed.")
        .doesNotContain("id=\"record-" + oman + "\"");

    // a rejection needs its reason
    Response noReason =
        browser.post("/reviews/positions/" + cuba + "/rejection", Map.of("reason", " "));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.asString()).contains("give the reason");
    assertThat(
            browser
                .post("/reviews/positions/" + cuba + "/rejection", Map.of("reason", "An observer"))
                .statusCode())
        .isEqualTo(303);
    // his own: refused on the page as in the API
    Response own = browser.post("/reviews/positions/" + laos + "/confirmation", Map.of());
    assertThat(own.statusCode()).isEqualTo(403);
    assertThat(own.asString()).contains("proposed by " + bob);

    assertThat(signatoryCodes(key, "asOf", "2019-08-01")).containsExactly("OMN");
    assertThat(browser.get("/statements/" + key).asString())
        .contains("rejected on review: An observer");
  }
}
