package org.signatorytracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestAccounts;
import org.signatorytracker.TestApi;

/**
 * The pasted-list flow on the pages: the statement's page offers it to editors, the text comes back
 * with each name marked (a state to record, one already standing, a name of two states, an item not
 * placed), and the editor's choices become one write of all the chosen records, or none, with every
 * problem shown beside the same choices.
 */
@QuarkusTest
class PastedListPageTest {

  static final String ANNEX =
      "1. Algeria\n2. Angola\n3. Bahrain\n4. Congo\n5. Narnia\n"
          + "6. Venezuela (Bolivarian Republic of)\n";

  @Test
  void anEditorPastesAListUnticksResolvesAndConfirms() {
    String key = TestApi.createLetter("web-pasted");
    TestApi.record(key, "DZA", "SIGNED", "2019-07-10");
    WebPagesTest.Browser browser = new WebPagesTest.Browser();
    browser.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD, 303);
    assertThat(browser.get("/statements/" + key).asString())
        .contains("Record from a pasted list", "action=\"/statements/" + key + "/pasted\"");

    String read =
        browser
            .post("/statements/" + key + "/pasted", Map.of("text", ANNEX))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(read)
        .contains(
            "<mark class=\"standing\" data-iso3=\"DZA\">Algeria</mark>",
            "<mark class=\"found\" data-iso3=\"AGO\">Angola</mark>",
            "<mark class=\"ambiguous\">Congo</mark>",
            "<mark class=\"unplaced\">Narnia</mark>",
            "data-iso3=\"VEN\">Venezuela (Bolivarian Republic of)</mark>",
            "name=\"states\" value=\"AGO\" checked",
            "name=\"states\" value=\"BHR\" checked",
            "<option value=\"COG\">",
            "<option value=\"COD\">",
            "4 states named, 3 of them without a position on it today")
        .doesNotContain("value=\"DZA\"");

    // Bahrain unticked, Congo read as the Democratic Republic, Narnia taken as Tuvalu
    browser
        .postAll(
            "/statements/" + key + "/pasted/positions",
            Map.of(
                "text", List.of(ANNEX),
                "states", List.of("AGO", "VEN"),
                "pick", List.of("COD"),
                "other", List.of("Tuvalu"),
                "action", List.of("SIGNED"),
                "date", List.of("2019-07-12"),
                "sourceTitle", List.of("Annex to the letter"),
                "sourceKind", List.of("OFFICIAL")))
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.containsString("recorded=4"));
    assertThat(TestApi.signatoryCodes(key, "asOf", "2019-07-12"))
        .containsExactlyInAnyOrder("DZA", "AGO", "VEN", "COD", "TUV");
    assertThat(browser.get("/statements/" + key + "?recorded=4").asString())
        .contains("4 positions recorded.");

    // a problem anywhere: nothing written, every problem shown, the choices kept
    String refused =
        browser
            .postAll(
                "/statements/" + key + "/pasted/positions",
                Map.of(
                    "text", List.of(ANNEX),
                    "states", List.of("BHR"),
                    "pick", List.of(""),
                    "other", List.of("Atlantis"),
                    "action", List.of("SIGNED"),
                    "date", List.of("2019-13"),
                    "sourceTitle", List.of("Annex")))
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertThat(refused)
        .contains(
            "Nothing was recorded",
            "<strong>date</strong>",
            "name=\"states\" value=\"BHR\" checked",
            "value=\"Atlantis\"")
        .doesNotContain("name=\"states\" value=\"AGO\"");
    String unknownState =
        browser
            .postAll(
                "/statements/" + key + "/pasted/positions",
                Map.of(
                    "text", List.of(ANNEX),
                    "states", List.of("BHR"),
                    "other", List.of("Atlantis"),
                    "action", List.of("SIGNED"),
                    "date", List.of("2019-07-12"),
                    "sourceTitle", List.of("Annex")))
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertThat(unknownState).contains("<strong>states[1]</strong> (Atlantis)");
    assertThat(TestApi.signatoryCodes(key, "asOf", "2019-07-12")).hasSize(5);

    // nothing ticked, or nothing pasted
    assertThat(
            browser
                .postAll(
                    "/statements/" + key + "/pasted/positions",
                    Map.of(
                        "text", List.of(ANNEX),
                        "action", List.of("SIGNED"),
                        "sourceTitle", List.of("Annex")))
                .then()
                .statusCode(400)
                .extract()
                .asString())
        .contains("tick at least one state");
    browser.post("/statements/" + key + "/pasted", Map.of("text", " ")).then().statusCode(400);
  }
}
