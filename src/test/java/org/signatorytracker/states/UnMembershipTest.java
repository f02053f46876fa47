package org.signatorytracker.states;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;

/**
 * The UN's membership over time, as the service answers it from the shipped group {@code un}: the
 * counts of Member States that sources state (the checks of the reference data's check_un.py, which
 * the data was built to pass), the seats that passed from one state to another on the day, and a
 * vote's count broken down and shared out by UN membership on its date.
 */
@QuarkusTest
class UnMembershipTest {

  /** Members at the end of each year, from the UN's table of growth in membership. */
  static final Map<Integer, Integer> GROWTH_BY_YEAR = new LinkedHashMap<>();

  static {
    int[] totals = {
      115, 117, 122, 123, 126, 126, 127, 132, 132, 135, 138, 144, 147, 149, 151, 152, 154, 157, 157,
      158, 159, 159, 159, 159, 159, 159, 159, 166, 179, 184, 185, 185, 185, 185, 185, 188, 189, 189,
      191, 191, 191, 191, 192, 192, 192, 192, 192, 193, 193, 193, 193, 193, 193, 193, 193, 193, 193,
      193, 193, 193
    };
    for (int i = 0; i < totals.length; i++) {
      GROWTH_BY_YEAR.put(1964 + i, totals[i]);
    }
  }

  /** Counts on a day that a source states (check_un.py's COUNTS). */
  static final Map<String, Integer> COUNTS =
      Map.of(
          "1945-12-31", 51,
          "1946-12-16", 55,
          "1955-12-13", 60,
          "1955-12-31", 76,
          "1960-12-31", 99,
          "1965-06-01", 114,
          "2002-09-27", 191,
          "2006-06-28", 192,
          "2011-07-14", 193);

  private static List<String> members(String day) {
    return given()
        .queryParam("asOf", day)
        .get("/api/groups/un")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("members.iso3", String.class);
  }

  @Test
  void theMembersOnEachDayASourceCounts() {
    List<String> wrong = new ArrayList<>();
    GROWTH_BY_YEAR.forEach(
        (year, n) -> {
          int got = members(year + "-12-31").size();
          if (got != n) {
            wrong.add(year + "-12-31: " + got + " instead of " + n);
          }
        });
    COUNTS.forEach(
        (day, n) -> {
          int got = members(day).size();
          if (got != n) {
            wrong.add(day + ": " + got + " instead of " + n);
          }
        });
    assertThat(wrong).isEmpty();
    assertThat(members("2026-11-29")).hasSize(193).doesNotContain("TWN", "PSE", "VAT");
  }

  @Test
  void seatsPassOnTheDayWithoutAGap() {
    assertThat(members("1991-12-23")).contains("SUN").doesNotContain("RUS");
    assertThat(members("1991-12-24")).contains("RUS").doesNotContain("SUN");
    assertThat(members("1971-10-24")).contains("TWN").doesNotContain("CHN");
    assertThat(members("1971-10-25")).contains("CHN").doesNotContain("TWN");
    assertThat(members("1960-01-01")).contains("XUA").doesNotContain("EGY", "SYR");
    assertThat(members("1961-10-13")).contains("EGY", "SYR").doesNotContain("XUA");
    assertThat(members("2000-10-31")).contains("YUG").doesNotContain("SRB");
    assertThat(members("2000-11-01")).contains("SRB").doesNotContain("YUG");
    // Indonesia left in 1965 and came back in 1966
    assertThat(members("1965-06-01")).doesNotContain("IDN");
    assertThat(members("1990-10-02")).contains("DDR", "DEU");
    assertThat(members("1990-10-03")).contains("DEU").doesNotContain("DDR");
  }

  @Test
  void aVoteIsSharedOutByUnMembershipOnItsDate() {
    String vote = TestApi.createStatement("un-vote", "VOTE");
    TestApi.record(vote, "USSR", "NO", "1980-11-20");
    TestApi.record(vote, "German Democratic Republic", "NO", "1980-11-20");
    TestApi.record(vote, "France", "YES", "1980-11-20");
    TestApi.record(vote, "Switzerland", "ABSTAIN", "1980-11-20");
    JsonPath count =
        TestApi.report(
            "/api/statements/" + vote + "/count", "asOf", "1980-11-20", "by", "groups:un");
    // 154 Members at the end of 1980, none admitted between 20 November and 31 December
    assertThat(count.getInt("byGroup.un.members")).isEqualTo(154);
    assertThat(count.getInt("byGroup.un.counts.NO")).isEqualTo(2);
    assertThat(count.getInt("byGroup.un.counts.YES")).isEqualTo(1);
    assertThat(count.getDouble("byGroup.un.share.NO")).isEqualTo(0.013);
    // Switzerland joined in 2002: in 1980 it voted as no Member
    assertThat(count.getInt("byGroup.none.counts.ABSTAIN")).isEqualTo(1);
    // by regional group, the USSR and the GDR sat with Eastern Europe
    JsonPath regions = TestApi.report("/api/statements/" + vote + "/count", "asOf", "1980-11-20");
    assertThat(regions.getInt("byGroup['Eastern European'].NO")).isEqualTo(2);
  }
}
