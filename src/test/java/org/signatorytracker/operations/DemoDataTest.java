package org.signatorytracker.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.signatorytracker.TestApi.count;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.signatoryCodes;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer the demo data's README promises, on the July 2019 Xinjiang letters. The test profile
 * loads the demo set at start (tracker.demo.load=true); this test also loads it itself in case the
 * database was not empty then.
 */
@QuarkusTest
class DemoDataTest {

  static final String SUPPORTIVE = "hrc41-2019-xinjiang-supportive";
  static final String CRITICAL = "hrc41-2019-xinjiang-critical";

  @Inject DemoData demo;

  @BeforeEach
  void demoDataIsLoaded() {
    demo.loadUnlessPresent();
  }

  @Test
  void supportiveLetterHad37SignatoriesOnDelivery() {
    assertThat(supportiveCount("asOf", "2019-07-12")).isEqualTo(37);
  }

  @Test
  void qatarsWithdrawalCountsFromItsLetterOnceKnown() {
    assertThat(supportiveCount("asOf", "2019-07-18")).isEqualTo(36);
    assertThat(supportiveCount("asOf", "2019-07-18", "knownBy", "2019-07-31")).isEqualTo(37);
  }

  @Test
  void thirteenLaterJoinersMake49KnownTodayBut50KnownThen() {
    assertThat(supportiveCount("asOf", "2019-08-01")).isEqualTo(49);
    assertThat(supportiveCount("asOf", "2019-08-01", "knownBy", "2019-08-01")).isEqualTo(50);
    assertThat(signatoryCodes(SUPPORTIVE, "asOf", "2019-08-01", "knownBy", "2019-08-01"))
        .contains("QAT")
        .doesNotContain("YEM");
  }

  @Test
  void yemenCountsFromTheLastDayOfAugust() {
    assertThat(supportiveCount("asOf", "2019-08-30")).isEqualTo(49);
    assertThat(supportiveCount("asOf", "2019-08-31")).isEqualTo(50);
    assertThat(supportiveCount("asOf", "2019-09-01")).isEqualTo(50);
    assertThat(signatoryCodes(SUPPORTIVE, "asOf", "2019-09-01"))
        .contains("YEM")
        .doesNotContain("QAT");
  }

  @Test
  void criticalLetterHad22Signatories() {
    assertThat(count(CRITICAL, "asOf", "2019-07-08").getInt("counts.SIGNED")).isEqualTo(22);
    assertThat(count(CRITICAL, "asOf", "2019-07-07").getInt("counts.SIGNED")).isZero();
  }

  @Test
  void noStateSignedBothLetters() {
    var comparison = report("/api/compare", "a", CRITICAL, "b", SUPPORTIVE, "asOf", "2019-09-01");
    assertThat(comparison.getList("both")).isEmpty();
    assertThat(comparison.getList("onlyA")).hasSize(22);
    assertThat(comparison.getList("onlyB")).hasSize(50);
  }

  @Test
  void theReportedCountFollowsTheClaimsDates() {
    // the claim of 50 is dated August 2019, so it counts from 31 August
    assertThat(count(SUPPORTIVE, "asOf", "2019-08-01").getInt("reportedCount")).isEqualTo(37);
    assertThat(count(SUPPORTIVE, "asOf", "2019-09-01").getInt("reportedCount")).isEqualTo(50);
    assertThat(count(SUPPORTIVE, "asOf", "2019-09-01").getList("claims.count"))
        .containsExactly(50, 37);
  }

  @Test
  void supportiveLetterByRegionalGroup() {
    // hand count of the 50 on 1 September 2019: Palestine (observer) has no group
    var counted = count(SUPPORTIVE, "asOf", "2019-09-01");
    assertThat(counted.getInt("reportedCount")).isEqualTo(50);
    assertThat(counted.getMap("byGroup"))
        .isEqualTo(
            Map.of(
                "African", Map.of("SIGNED", 22),
                "Asia-Pacific", Map.of("SIGNED", 21),
                "Eastern European", Map.of("SIGNED", 3),
                "GRULAC", Map.of("SIGNED", 3),
                "none", Map.of("SIGNED", 1)));
  }

  @Test
  void supportiveLetterTimeline() {
    List<Map<String, Object>> timeline =
        report("/api/statements/" + SUPPORTIVE + "/timeline").getList("entries");
    assertThat(timeline)
        .extracting(
            e -> e.get("date"), e -> e.get("joined"), e -> e.get("withdrew"), e -> e.get("total"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2019-07-12", 37, 0, 37),
            org.assertj.core.groups.Tuple.tuple("2019-07-18", 0, 1, 36),
            org.assertj.core.groups.Tuple.tuple("2019-07-26", 13, 0, 49),
            org.assertj.core.groups.Tuple.tuple("2019-08-31", 1, 0, 50));
  }

  @Test
  void qatarsHistoryShowsTheSignatureAndTheWithdrawal() {
    given()
        .queryParam("asOf", "2019-09-01")
        .get("/api/states/qatar/positions")
        .then()
        .statusCode(200)
        .body("standings.find { it.statement == '" + SUPPORTIVE + "' }.action", equalTo("WITHDREW"))
        .body(
            "history.findAll { it.statement == '" + SUPPORTIVE + "' }.action",
            org.hamcrest.Matchers.contains("SIGNED", "WITHDREW"));
  }

  /** The 2022 letter as it was reported: circulating, no list, no count, two quoted sentences. */
  @Test
  void theLetterOf2022IsStillCirculatingWithoutAListAsReportedByReuters() {
    var letter =
        given()
            .get("/api/statements/ohchr-2022-xinjiang-letter")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(letter.getString("stage")).isEqualTo("CIRCULATING");
    assertThat(letter.getString("stageSummary"))
        .isEqualTo("circulating since late June 2022, reported 19 July 2022, delivery not known");
    assertThat(letter.getString("date")).isNull();
    assertThat(letter.getString("list.status")).isEqualTo("NONE");
    assertThat(letter.getString("quote"))
        .startsWith("The assessment (on Xinjiang), if published,")
        .endsWith("We strongly urge Madame High Commissioner not to publish such an assessment.");
    assertThat(letter.getList("stages[0].sources.via.kind.flatten()", String.class))
        .contains("ANONYMOUS");
    assertThat(count("ohchr-2022-xinjiang-letter").getString("listStatus")).isEqualTo("NONE");
    given()
        .get("/statements/ohchr-2022-xinjiang-letter")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("delivery not known"))
        .body(org.hamcrest.Matchers.containsString("We strongly urge Madame High Commissioner"))
        .body(org.hamcrest.Matchers.containsString("Still circulating"));
    // the spokesperson's claim is about the supportive side, not the letter: the issue shows it
    var balance = report("/api/issues/xinjiang/balance", "asOf", "2022-07-31");
    assertThat(balance.getString("sides.supportive.claims[0].reported")).isEqualTo("nearly 100");
    assertThat(balance.getString("sides.supportive.claims[0].quote"))
        .isEqualTo("nearly 100 countries");
    assertThat(balance.getMap("sides.supportive")).containsKey("shareOfClaim");
    assertThat(
            report("/api/issues/xinjiang/balance", "asOf", "2022-07-18").getMap("sides.supportive"))
        .doesNotContainKey("claims");
    given()
        .get("/issues/xinjiang?asOf=2022-07-31")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("nearly 100 claimed on 19 July 2022"));
  }

  private static int supportiveCount(String... params) {
    return count(SUPPORTIVE, params).getInt("counts.SIGNED");
  }
}
