package org.signatorytracker.states;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.signatorytracker.TestApi.member;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Groups with dated membership, and the reference groups shipped with the service. */
@QuarkusTest
class GroupsResourceTest {

  /** The as-of date of the reference data (its NOTES.md), not the clock. */
  private static final String DATA_AS_OF = "2026-11-29";

  private static int members(String group, String asOf) {
    return report("/api/groups/" + group, "asOf", asOf).getInt("count");
  }

  /** The counts the reference data's own check (check_groups.py) verifies. */
  @Test
  void theReferenceGroupsHaveTheirDocumentedSizes() {
    assertThat(members("eu", "2019-01-01")).isEqualTo(28);
    assertThat(members("eu", "2026-01-01")).isEqualTo(27);
    assertThat(members("eu", DATA_AS_OF)).isEqualTo(27);
    assertThat(members("gcc", DATA_AS_OF)).isEqualTo(6);
    assertThat(members("oic", DATA_AS_OF)).isEqualTo(57);
    assertThat(members("oic", "2019-01-01")).isEqualTo(56); // Syria suspended 2012-2025
    assertThat(members("au", DATA_AS_OF)).isEqualTo(54); // 55 with the Sahrawi Republic, uncoded
    assertThat(members("au", "2016-01-01")).isEqualTo(53);
    assertThat(members("arab-league", DATA_AS_OF)).isEqualTo(22);
    assertThat(members("arab-league", "2019-01-01")).isEqualTo(21);
    assertThat(members("asean", DATA_AS_OF)).isEqualTo(11);
    assertThat(members("asean", "2025-01-01")).isEqualTo(10);
    assertThat(members("nam", "2023-06-30")).isEqualTo(120);
    assertThat(members("nam", DATA_AS_OF)).isEqualTo(121);
  }

  @Test
  void theHumanRightsCouncilHas47MembersWithTheirSeatsEveryDecember() {
    Map<String, Integer> seats =
        Map.of("African", 13, "Asia-Pacific", 13, "Eastern European", 6, "GRULAC", 8, "WEOG", 7);
    Map<String, String> groupOf = new HashMap<>();
    JsonPath states =
        given().queryParam("size", 500).get("/api/states").then().extract().jsonPath();
    List<Map<String, Object>> items = states.getList("items");
    items.forEach(s -> groupOf.put((String) s.get("iso3"), (String) s.get("regionalGroup")));
    for (int year = 2006; year <= 2025; year++) {
      JsonPath council = report("/api/groups/hrc", "asOf", year + "-12-01");
      assertThat(council.getInt("count")).as("HRC on %d-12-01", year).isEqualTo(47);
      Map<String, Integer> bySeat = new HashMap<>();
      for (String iso3 : council.<String>getList("members.iso3")) {
        bySeat.merge(groupOf.get(iso3), 1, Integer::sum);
      }
      assertThat(bySeat).as("HRC seats on %d-12-01", year).isEqualTo(seats);
    }
    // 2018: the United States left on 19 June, Iceland was elected to its seat on 13 July
    assertThat(members("hrc", "2018-07-01")).isEqualTo(46);
    assertThat(report("/api/groups/hrc", "asOf", "2019-07-01").getList("members.iso3"))
        .contains("PAK", "QAT", "SAU", "GBR", "CHN")
        .doesNotContain("USA");
  }

  @Test
  void aGroupsMembersAreTakenOnTheDateWithPartialDatesCoveringTheirWholePeriod() {
    String key = uniqueKey("bloc");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("key", key, "name", "A bloc", "kind", "political-grouping"))
        .post("/api/groups")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/groups/" + key));
    given()
        .contentType(ContentType.JSON)
        .body(
            List.of(
                member("Pakistan", "1969", null),
                member("Egypt", "2010-03", "2012-08"), // ends mid-period
                member("Egypt", "2014", null),
                member("UK", "2011-01-15", "2011-01-15")))
        .put("/api/groups/{key}/members", key)
        .then()
        .statusCode(200)
        .body("periods", equalTo(4));
    assertThat(report("/api/groups/" + key, "asOf", "1969-01-01").getList("members.iso3"))
        .containsExactly("PAK");
    assertThat(report("/api/groups/" + key, "asOf", "2010-03-01").getList("members.iso3"))
        .containsExactly("EGY", "PAK");
    assertThat(report("/api/groups/" + key, "asOf", "2012-08-31").getInt("count")).isEqualTo(2);
    assertThat(report("/api/groups/" + key, "asOf", "2012-09-01").getList("members.iso3"))
        .containsExactly("PAK");
    assertThat(report("/api/groups/" + key, "asOf", "2011-01-15").getInt("count")).isEqualTo(3);
    assertThat(report("/api/groups/" + key, "asOf", "2014-01-01").getString("members[0].start"))
        .isEqualTo("2014");

    given()
        .contentType(ContentType.JSON)
        .body(
            List.of(
                member("Pakistan", "1969", null),
                member("Pakistan", "2000", "2001"),
                member("Atlantis", "2000", null),
                member("Egypt", "2010", "2009")))
        .put("/api/groups/{key}/members", key)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", org.hamcrest.Matchers.contains("[2].state", "[3].end", "[1].start"));
    assertThat(report("/api/groups/" + key, "asOf", "2014-01-01").getInt("count")).isEqualTo(2);
    assertThat(report("/api/groups/" + key + "/history").getList("action"))
        .containsExactly("group.created", "group.members.replaced");
  }

  @Test
  void membershipsImportAndExportAsCsvAndABadFileChangesNothing() {
    String key = uniqueKey("csvbloc");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("key", key, "name", "CSV bloc", "kind", "other"))
        .post("/api/groups")
        .then()
        .statusCode(201);
    String csv =
        "group,iso3,start,end,source_url,note\n"
            + key
            + ",FRA,1958-01-01,,https://example.org/a,founder\n"
            + key
            + ",GBR,1973,2020-01-31,https://example.org/b,\"left, in the end\"\n";
    given()
        .contentType("text/csv")
        .body(csv)
        .post("/api/groups/memberships")
        .then()
        .statusCode(200)
        .body(key, equalTo(2));
    String exported =
        given()
            .queryParam("group", key)
            .get("/api/groups/memberships.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(exported.replace("\r\n", "\n")).isEqualTo(csv);

    String bad =
        "group,iso3,start,end,source_url,note\n"
            + key
            + ",DEU,1958-01-01,,,\n"
            + key
            + ",XXX,1990,,,\n"
            + key
            + ",ITA,1958-13,,,\n";
    JsonPath refused =
        given()
            .contentType("text/csv")
            .body(bad)
            .post("/api/groups/memberships")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(refused.getList("errors.field")).containsExactly("line 3: iso3", "line 4: start");
    assertThat(report("/api/groups/" + key, "asOf", "2000-01-01").getList("members.iso3"))
        .containsExactly("FRA", "GBR");
  }

  @Test
  void countsBreakDownByGroupsAsOfTheReportsDateWithOverlapsAndNone() {
    String a = uniqueKey("bloc-a");
    String b = uniqueKey("bloc-b");
    for (String key : List.of(a, b)) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("key", key, "name", key, "kind", "other"))
          .post("/api/groups")
          .then()
          .statusCode(201);
    }
    given()
        .contentType(ContentType.JSON)
        .body(
            List.of(
                member("PAK", "1969", null),
                member("EGY", "2010-03", "2012-08"),
                member("FRA", "2000", null)))
        .put("/api/groups/{key}/members", a)
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(List.of(member("PAK", "2005", null), member("CUB", "2000", null)))
        .put("/api/groups/{key}/members", b)
        .then()
        .statusCode(200);
    String letter = org.signatorytracker.TestApi.createLetter("grouped");
    for (String state : List.of("PAK", "EGY", "CUB", "CHN")) {
      org.signatorytracker.TestApi.record(letter, state, "SIGNED", "2011-01-01");
    }
    int all = given().get("/api/states").then().extract().path("totalItems");
    String by = "groups:" + a + "," + b;

    JsonPath inOffice =
        report("/api/statements/" + letter + "/count", "asOf", "2011-06-30", "by", by);
    assertThat(inOffice.getString("by")).isEqualTo(by);
    assertThat(inOffice.getInt("byGroup." + a + ".members")).isEqualTo(3);
    assertThat(inOffice.getInt("byGroup." + a + ".counts.SIGNED")).isEqualTo(2);
    assertThat(inOffice.getDouble("byGroup." + a + ".share.SIGNED")).isEqualTo(0.6667);
    assertThat(inOffice.getInt("byGroup." + b + ".members")).isEqualTo(2);
    assertThat(inOffice.getDouble("byGroup." + b + ".share.SIGNED")).isEqualTo(1.0);
    assertThat(inOffice.getInt("byGroup.none.members")).isEqualTo(all - 4);
    assertThat(inOffice.getInt("byGroup.none.counts.SIGNED")).isEqualTo(1);

    // Egypt's membership of a ended in 2012-08: it now counts under none
    JsonPath later = report("/api/statements/" + letter + "/count", "asOf", "2013-01-01", "by", by);
    assertThat(later.getInt("byGroup." + a + ".members")).isEqualTo(2);
    assertThat(later.getInt("byGroup." + a + ".counts.SIGNED")).isEqualTo(1);
    assertThat(later.getDouble("byGroup." + a + ".share.SIGNED")).isEqualTo(0.5);
    assertThat(later.getInt("byGroup.none.members")).isEqualTo(all - 3);
    assertThat(later.getInt("byGroup.none.counts.SIGNED")).isEqualTo(2);
    assertThat(later.getInt("counts.SIGNED")).isEqualTo(4);

    given()
        .queryParam("by", "groups:" + a + ",no-such-group")
        .get("/api/statements/{key}/count", letter)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("by"));
  }
}
