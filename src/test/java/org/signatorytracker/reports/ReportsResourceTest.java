package org.signatorytracker.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.signatorytracker.TestApi.count;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.retract;
import static org.signatorytracker.TestApi.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts, timelines, comparisons and state histories on small hand-counted data. */
@QuarkusTest
class ReportsResourceTest {

  @Test
  void countsByRegionalGroupWithStatesWithoutAGroupUnderNone() {
    String key = createLetter("groups");
    for (String state : List.of("France", "Germany", "Poland", "China", "Egypt", "Palestine")) {
      record(key, state, "SIGNED", "2022-01-01");
    }
    record(key, "Germany", "WITHDREW", "2022-02-01");

    JsonPath january = count(key, "asOf", "2022-01-31");
    assertThat(january.getInt("named")).isEqualTo(6);
    assertThat(january.getMap("counts")).isEqualTo(Map.of("SIGNED", 6));
    assertThat(january.getMap("byGroup"))
        .isEqualTo(
            Map.of(
                "WEOG", Map.of("SIGNED", 2),
                "Eastern European", Map.of("SIGNED", 1),
                "Asia-Pacific", Map.of("SIGNED", 1),
                "African", Map.of("SIGNED", 1),
                "none", Map.of("SIGNED", 1)));

    JsonPath february = count(key, "asOf", "2022-02-01");
    assertThat(february.getInt("counts.SIGNED")).isEqualTo(5);
    assertThat(february.getInt("byGroup.WEOG.SIGNED")).isEqualTo(1);
  }

  @Test
  void countsByM49Region() {
    String key = createLetter("m49");
    for (String state : List.of("France", "Türkiye", "Brazil", "Fiji", "Taiwan")) {
      record(key, state, "SIGNED", "2022-01-01");
    }
    JsonPath byRegion = count(key, "asOf", "2022-01-01", "by", "m49Region");
    assertThat(byRegion.getString("by")).isEqualTo("m49Region");
    assertThat(byRegion.getMap("byGroup"))
        .isEqualTo(
            Map.of(
                "Europe", Map.of("SIGNED", 1),
                "Asia", Map.of("SIGNED", 2),
                "Americas", Map.of("SIGNED", 1),
                "Oceania", Map.of("SIGNED", 1)));
  }

  @Test
  void reportsShowTheReportedCountBesideTheNamedStates() {
    String key =
        createStatement(
            "partial",
            "LETTER",
            Map.of(
                "reportedCount",
                50,
                "date",
                "2019-07-12",
                "sources",
                List.of(Map.of("url", "https://example.org/letter"))));
    record(key, "Cuba", "SIGNED", "2019-07-12");
    JsonPath counted = count(key, "asOf", "2019-07-12");
    assertThat(counted.getInt("reportedCount")).isEqualTo(50);
    assertThat(counted.getInt("named")).isEqualTo(1);
    assertThat(report("/api/statements/" + key + "/signatories").getInt("reportedCount"))
        .isEqualTo(50);
  }

  @Test
  void aVoteCountsEachStatesLatestVote() {
    String key = createStatement("vote", "VOTE");
    record(key, "United States", "YES", "2022-03-02");
    record(key, "UK", "YES", "2022-03-02");
    record(key, "China", "NO", "2022-03-02");
    record(key, "India", "ABSTAIN", "2022-03-02");
    record(key, "Brazil", "NOT_VOTING", "2022-03-02");
    // India later has its vote corrected in the record
    record(key, "India", "YES", "2022-03-03");

    JsonPath onTheDay = count(key, "asOf", "2022-03-02");
    assertThat(onTheDay.getMap("counts"))
        .isEqualTo(Map.of("YES", 2, "NO", 1, "ABSTAIN", 1, "NOT_VOTING", 1));
    assertThat(onTheDay.getInt("named")).isEqualTo(5);
    assertThat(onTheDay.getMap("byGroup"))
        .isEqualTo(
            Map.of(
                "WEOG", Map.of("YES", 2, "NO", 0, "ABSTAIN", 0, "NOT_VOTING", 0),
                "Asia-Pacific", Map.of("YES", 0, "NO", 1, "ABSTAIN", 1, "NOT_VOTING", 0),
                "GRULAC", Map.of("YES", 0, "NO", 0, "ABSTAIN", 0, "NOT_VOTING", 1)));

    JsonPath after = count(key, "asOf", "2022-03-03");
    assertThat(after.getMap("counts"))
        .isEqualTo(Map.of("YES", 3, "NO", 1, "ABSTAIN", 0, "NOT_VOTING", 1));

    JsonPath votes = report("/api/statements/" + key + "/signatories", "asOf", "2022-03-03");
    assertThat(votes.getList("states.action"))
        .containsExactly("NOT_VOTING", "NO", "YES", "YES", "YES"); // Brazil, China, India, UK, US
  }

  @Test
  void aVoteTimelineTracksYesVotesAndEveryVote() {
    String key = createStatement("vote-timeline", "VOTE");
    record(key, "United States", "YES", "2022-03-02");
    record(key, "China", "NO", "2022-03-02");
    record(key, "India", "ABSTAIN", "2022-03-02");
    record(key, "India", "YES", "2022-03-03");
    record(key, "United States", "ABSTAIN", "2022-03-04");

    List<Map<String, Object>> timeline = timeline(key);
    assertThat(timeline).hasSize(3);
    assertThat(timeline.get(0))
        .containsEntry("date", "2022-03-02")
        .containsEntry("joined", 1)
        .containsEntry("withdrew", 0)
        .containsEntry("total", 1)
        .containsEntry("counts", Map.of("YES", 1, "NO", 1, "ABSTAIN", 1, "NOT_VOTING", 0));
    assertThat(timeline.get(1))
        .containsEntry("date", "2022-03-03")
        .containsEntry("joined", 1)
        .containsEntry("total", 2)
        .containsEntry("counts", Map.of("YES", 2, "NO", 1, "ABSTAIN", 0, "NOT_VOTING", 0));
    assertThat(timeline.get(2))
        .containsEntry("date", "2022-03-04")
        .containsEntry("joined", 0)
        .containsEntry("withdrew", 1)
        .containsEntry("total", 1)
        .containsEntry("counts", Map.of("YES", 1, "NO", 1, "ABSTAIN", 1, "NOT_VOTING", 0));
  }

  @Test
  void timelineHasOneEntryPerDateOnWhichAStandingChanged() {
    String key = createLetter("timeline");
    record(key, "France", "SIGNED", "2020-01-10");
    record(key, "Germany", "SIGNED", "2020-01-10");
    record(key, "Germany", "SIGNED", "2020-01-20"); // a second source, no change
    record(key, "France", "WITHDREW", "2020-02-01");
    record(key, "Italy", "SIGNED", "2020-02-01");
    record(key, "France", "SIGNED", "2020-03-01");
    record(key, "Spain", "SIGNED", "2020-04");
    record(key, "Peru", "WITHDREW", "2020-05-01"); // never signed: no change
    record(key, "Malta", "SIGNED", "2020-06-06");
    record(key, "Malta", "WITHDREW", "2020-06-06"); // same day, recorded last: no change

    assertThat(timeline(key))
        .containsExactly(
            entry("2020-01-10", 2, 0, 2, false),
            entry("2020-02-01", 1, 1, 2, false),
            entry("2020-03-01", 1, 0, 3, false),
            entry("2020-04-30", 1, 0, 4, true));
  }

  @Test
  void timelineFollowsKnownByMinConfidenceAndRetractions() {
    String key = createLetter("timeline-filters");
    record(key, "Qatar", "SIGNED", "2019-07-12");
    record(key, "Oman", "SIGNED", "2019-07-12");
    record(key, with(position("Qatar", "WITHDREW", "2019-07-18"), "reported", "2019-08-21"));
    record(key, with(position("Kuwait", "SIGNED", "2019-07-20"), "confidence", "DISPUTED"));
    long mistake = record(key, "Iraq", "SIGNED", "2019-07-26");
    retract(mistake, "Iraq signed a different letter.");

    assertThat(timeline(key))
        .containsExactly(entry("2019-07-12", 2, 0, 2, false), entry("2019-07-18", 0, 1, 1, false));
    assertThat(timeline(key, "knownBy", "2019-08-01"))
        .containsExactly(entry("2019-07-12", 2, 0, 2, false));
    assertThat(timeline(key, "minConfidence", "DISPUTED"))
        .containsExactly(
            entry("2019-07-12", 2, 0, 2, false),
            entry("2019-07-18", 0, 1, 1, false),
            entry("2019-07-20", 1, 0, 2, false));
  }

  @Test
  void compareSplitsSignatoriesIntoBothAndEither() {
    String a = createLetter("compare-a");
    String b = createLetter("compare-b");
    record(a, "France", "SIGNED", "2020-01-01");
    record(a, "Germany", "SIGNED", "2020-01-01");
    record(a, "Italy", "SIGNED", "2020-01-01");
    record(a, "Italy", "WITHDREW", "2020-02-01");
    record(b, "Germany", "SIGNED", "2020-01-15");
    record(b, "Spain", "SIGNED", "2020-01-15");

    JsonPath now = report("/api/compare", "a", a, "b", b, "asOf", "2020-03-01");
    assertThat(now.getList("both")).containsExactly("DEU");
    assertThat(now.getList("onlyA")).containsExactly("FRA");
    assertThat(now.getList("onlyB")).containsExactly("ESP");

    JsonPath earlier = report("/api/compare", "a", a, "b", b, "asOf", "2020-01-10");
    assertThat(earlier.getList("both")).isEmpty();
    assertThat(earlier.getList("onlyA")).containsExactly("DEU", "FRA", "ITA");
    assertThat(earlier.getList("onlyB")).isEmpty();
  }

  @Test
  void compareOnVotesUsesYesVotes() {
    String a = createStatement("compare-vote-a", "VOTE");
    String b = createLetter("compare-vote-b");
    record(a, "France", "YES", "2020-01-01");
    record(a, "Chile", "NO", "2020-01-01");
    record(b, "Chile", "SIGNED", "2020-01-01");
    JsonPath result = report("/api/compare", "a", a, "b", b, "asOf", "2020-01-01");
    assertThat(result.getList("onlyA")).containsExactly("FRA");
    assertThat(result.getList("onlyB")).containsExactly("CHL");
    assertThat(result.getList("both")).isEmpty();
  }

  @Test
  void statePositionsShowTheStandingOnEveryStatementAndTheFullHistory() {
    String signed = createStatement("state-signed", "LETTER", Map.of("date", "2019-07-12"));
    String withdrawn = createStatement("state-withdrawn", "LETTER", Map.of("date", "2019-07-08"));
    String voted = createStatement("state-voted", "VOTE", Map.of("date", "2019-10"));
    String other = createLetter("state-other");
    // Tuvalu is used by no other test, so its history is exactly what is recorded here
    record(signed, "Tuvalu", "SIGNED", "2019-07-12");
    record(withdrawn, "TV", "SIGNED", "2019-07-08");
    record(withdrawn, "Tuvalu", "WITHDREW", "2019-07-30");
    record(voted, "TUV", "ABSTAIN", "2019-10-31");
    long retracted = record(other, "Tuvalu", "SIGNED", "2019-07-01");
    retract(retracted, "Wrong state.");

    JsonPath result = report("/api/states/tuvalu/positions", "asOf", "2019-12-31");
    assertThat(result.getString("state.iso3")).isEqualTo("TUV");
    assertThat(result.getList("standings.statement")).containsExactly(voted, signed, withdrawn);
    assertThat(result.getList("standings.action")).containsExactly("ABSTAIN", "SIGNED", "WITHDREW");
    assertThat(result.getList("standings.since"))
        .containsExactly("2019-10-31", "2019-07-12", "2019-07-30");
    assertThat(result.getList("history")).hasSize(5);
    assertThat(result.getList("history.retracted", Boolean.class)).containsOnlyOnce(true);

    JsonPath july = report("/api/states/TUV/positions", "asOf", "2019-07-20");
    assertThat(july.getList("standings.action")).containsExactly("SIGNED", "SIGNED");
  }

  @Test
  void aStateWithMoreThanAHundredRecordsShowsTheFirstHundredAndTheirTotal() {
    String letter = createLetter("long-history");
    LocalDate day = LocalDate.of(2019, 1, 1);
    for (int i = 0; i < 102; i++) {
      record(letter, "Nauru", i % 2 == 0 ? "SIGNED" : "WITHDREW", day.plusDays(i).toString());
    }
    JsonPath records = report("/api/states/NRU/records", "size", "100");
    JsonPath result = report("/api/states/NRU/positions", "asOf", "2019-04-12");
    assertThat(result.getLong("historyTotal"))
        .isEqualTo(records.getLong("totalItems"))
        .isGreaterThan(101);
    assertThat(result.getList("history.id")).isEqualTo(records.getList("items.id"));
    // the standing still stands on every record: the 102nd (a withdrawal on April 12) decides
    assertThat(result.getList("standings.findAll { it.statement == '" + letter + "' }.action"))
        .containsExactly("WITHDREW");
    assertThat(
            report("/api/states/NRU/positions", "asOf", "2019-04-11")
                .getList("standings.findAll { it.statement == '" + letter + "' }.action"))
        .containsExactly("SIGNED");
  }

  /** A state's report, read again with nothing written, is kept; a write shows at once. */
  @Test
  void aStatesPositionsShowARecordTheMomentItIsWritten() {
    String first = createLetter("kiribati-first");
    record(first, "Kiribati", "SIGNED", "2021-02-01");
    JsonPath before = report("/api/states/KIR/positions", "asOf", "2021-12-31");
    assertThat(before.getList("standings.statement")).contains(first);
    assertThat(report("/api/states/KIR/positions", "asOf", "2021-12-31").getList("history.id"))
        .isEqualTo(before.getList("history.id"));

    String second = createLetter("kiribati-second");
    record(second, "KIR", "SIGNED", "2021-03-01");
    record(first, "KIR", "WITHDREW", "2021-04-01");
    JsonPath after = report("/api/states/KIR/positions", "asOf", "2021-12-31");
    assertThat(after.getList("standings.statement")).contains(first, second);
    assertThat(after.getList("standings.findAll { it.statement == '" + first + "' }.action"))
        .containsExactly("WITHDREW");
    assertThat(after.getLong("historyTotal")).isEqualTo(before.getLong("historyTotal") + 2);
  }

  /** Beyond 64 statements not in memory, the standings read the state's own records instead. */
  @Test
  void aStateOnSeventyStatementsNeverReportedBeforeGetsEveryStanding() {
    Map<String, String> expected = new java.util.TreeMap<>();
    for (int i = 0; i < 70; i++) {
      String letter = createStatement("palau-" + i, "LETTER", Map.of("date", "2020-03-01"));
      record(letter, "Palau", "SIGNED", "2020-03-01");
      if (i % 3 == 0) {
        record(letter, "PLW", "WITHDREW", "2020-05-01");
      }
      if (i % 5 == 0) {
        record(letter, "Vanuatu", "SIGNED", "2020-03-02");
      }
      expected.put(letter, i % 3 == 0 ? "WITHDREW" : "SIGNED");
    }
    JsonPath result = report("/api/states/PLW/positions", "asOf", "2020-06-01", "size", "500");
    Map<String, String> standings = new java.util.TreeMap<>();
    List<String> keys = result.getList("standings.statement");
    List<String> actions = result.getList("standings.action");
    for (int i = 0; i < keys.size(); i++) {
      if (expected.containsKey(keys.get(i))) {
        standings.put(keys.get(i), actions.get(i));
      }
    }
    assertThat(standings).isEqualTo(expected);
    // as of April, before any withdrawal: every letter signed; and the letters' own reports agree
    JsonPath april = report("/api/states/PLW/positions", "asOf", "2020-04-01", "size", "500");
    assertThat(april.getList("standings.findAll { it.statement.startsWith('palau-') }.action"))
        .hasSize(70)
        .containsOnly("SIGNED");
    String first = expected.keySet().iterator().next();
    assertThat(
            report("/api/statements/" + first + "/signatories", "asOf", "2020-06-01")
                .getList("states.iso3"))
        .doesNotContain("PLW")
        .contains("VUT");
  }

  @Test
  void aStatementWithoutRecordsReportsNobody() {
    String letter = createLetter("empty");
    String vote = createStatement("empty-vote", "VOTE");
    assertThat(report("/api/statements/" + letter + "/signatories").getList("states")).isEmpty();
    // nobody named: the counts are unknown, not zero
    JsonPath counted = count(letter);
    assertThat(counted.getString("listStatus")).isEqualTo("NONE");
    assertThat(counted.getMap("")).containsEntry("counts", null);
    assertThat(counted.getMap("byGroup")).isNull();
    assertThat(counted.getInt("named")).isZero();
    assertThat(count(vote).getMap("")).containsEntry("counts", null);
    assertThat(timeline(letter)).isEmpty();
    JsonPath compared = report("/api/compare", "a", letter, "b", vote);
    assertThat(compared.getList("both")).isEmpty();
    assertThat(compared.getList("onlyA")).isEmpty();
    assertThat(compared.getList("onlyB")).isEmpty();
    assertThat(report("/api/statements/" + letter + "/positions").getList("items")).isEmpty();
  }

  @Test
  void comparingAStatementWithItselfPutsEverySignatoryInBoth() {
    String key = createLetter("self");
    record(key, "Chile", "SIGNED", "2020-01-01");
    JsonPath compared = report("/api/compare", "a", key, "b", key, "asOf", "2020-01-01");
    assertThat(compared.getList("both")).containsExactly("CHL");
    assertThat(compared.getList("onlyA")).isEmpty();
  }

  @Test
  void badReportParametersAreBadRequests() {
    String key = createLetter("bad-params");
    String path = "/api/statements/" + key + "/count";
    given()
        .queryParam("asOf", "2019-02-30")
        .get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("asOf"));
    given()
        .queryParam("knownBy", "2019-13")
        .get(path)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("knownBy"));
    given()
        .queryParam("minConfidence", "SURE")
        .get(path)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("minConfidence"));
    given()
        .queryParam("by", "continent")
        .get(path)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("by"));
    given()
        .get("/api/compare?a=" + key)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("b"));
    given()
        .get("/api/compare?a=" + key + "&b=no-such-letter")
        .then()
        .statusCode(404)
        .body("detail", startsWith("There is no statement with key 'no-such-letter'"));
    given()
        .get("/api/compare?a=no-such-letter&b=" + key)
        .then()
        .statusCode(404)
        .body("detail", startsWith("There is no statement with key 'no-such-letter'"));
    given().get("/api/statements/no-such-letter/signatories").then().statusCode(404);
    given().get("/api/statements/no-such-letter/count").then().statusCode(404);
    given().get("/api/statements/no-such-letter/positions").then().statusCode(404);
    given()
        .get("/api/statements/no-such-letter/timeline")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .get("/api/states/Atlantis/positions")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static List<Map<String, Object>> timeline(String key, String... params) {
    return report("/api/statements/" + key + "/timeline", params).getList("entries");
  }

  private static Map<String, Object> entry(
      String date, int joined, int withdrew, int total, boolean approximate) {
    return Map.of(
        "date", date,
        "joined", joined,
        "withdrew", withdrew,
        "total", total,
        "approximate", approximate);
  }
}
