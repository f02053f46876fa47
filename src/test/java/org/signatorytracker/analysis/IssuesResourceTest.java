package org.signatorytracker.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sides on an issue across three occasions, counted by hand:
 *
 * <pre>
 * occasion S1 (2019-07-08): letters c1 (critical, 2019-07-08) and s1 (supportive, 2019-07-12)
 * occasion S2 (2020-10-06): vote v2, YES = critical, NO = supportive
 * occasion c3 (2021-03-31): letter c3 (critical, dated 2021-03), no session
 *
 * FRA  signs c1 07-08; votes YES           critical throughout
 * TUR  signs c1 07-08 and s1 07-12         critical, then both (a tie on one occasion)
 * QAT  signs s1 07-12, withdraws 08-20     supportive, then no side
 * EGY  signs s1 07-12, withdraws 08-01,    supportive, none, supportive again
 *      signs again 09-10
 * PAK  signs s1 07-12; votes NO            supportive throughout
 * IDN  signs s1 07-12; abstains            supportive, then abstain (latest occasion wins)
 * CUB  votes NO                            supportive from 2020-10-06
 * MEX  does not vote                       never a side
 * NGA  signs s1 and withdraws, same day    never a side
 * ALB  signs c3 in 2021-03                 critical from 2021-03-31 (approximate)
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuesResourceTest {

  private boolean constructed;

  String issue;
  String c1;
  String s1;
  String v2;
  String c3;
  Map<String, Long> ids = new HashMap<>();

  /** Built once, by the first test (the server's port is known only once tests run). */
  @BeforeEach
  void constructTheIssue() {
    if (constructed) {
      return;
    }
    constructed = true;
    issue = uniqueKey("sealanes");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Sea lanes", "sides", List.of("critical", "Supportive")))
        .when()
        .put("/api/issues/{issue}", issue.toUpperCase())
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/issues/" + issue))
        .body("sides", equalTo(List.of("critical", "Supportive")));
    c1 = letter("c1", "S1", "2019-07-08", "critical");
    s1 = letter("s1", " s1 ", "2019-07-12", "supportive");
    v2 =
        createStatement(
            "v2",
            "VOTE",
            Map.of(
                "issue",
                issue,
                "session",
                "S2",
                "date",
                "2020-10-06",
                "voteSides",
                Map.of("YES", "Critical", "NO", "supportive"),
                "outcome",
                Map.of("result", "REJECTED", "on", "2020-10-06")));
    c3 = letter("c3", null, "2021-03", "critical");

    record(c1, "France", "SIGNED", "2019-07-08");
    record(v2, "France", "YES", "2020-10-06");
    record(c1, "Türkiye", "SIGNED", "2019-07-08");
    record(s1, "Türkiye", "SIGNED", "2019-07-12");
    ids.put("QAT-signed", record(s1, "Qatar", "SIGNED", "2019-07-12"));
    ids.put("QAT-withdrew", record(s1, "Qatar", "WITHDREW", "2019-08-20"));
    record(s1, "Egypt", "SIGNED", "2019-07-12");
    record(s1, "Egypt", "WITHDREW", "2019-08-01");
    record(s1, "Egypt", "SIGNED", "2019-09-10");
    record(s1, "Pakistan", "SIGNED", "2019-07-12");
    record(v2, "Pakistan", "NO", "2020-10-06");
    ids.put("IDN-signed", record(s1, "Indonesia", "SIGNED", "2019-07-12"));
    ids.put("IDN-abstained", record(v2, "Indonesia", "ABSTAIN", "2020-10-06"));
    ids.put("CUB-no", record(v2, "Cuba", "NO", "2020-10-06"));
    record(v2, "Mexico", "NOT_VOTING", "2020-10-06");
    record(s1, "Nigeria", "SIGNED", "2019-07-15");
    record(s1, "Nigeria", "WITHDREW", "2019-07-15");
    ids.put("ALB-signed", record(c3, "Albania", "SIGNED", "2021-03"));
  }

  private String letter(String base, String session, String date, String side) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("issue", issue);
    fields.put("date", date);
    fields.put("side", side);
    if (session != null) {
      fields.put("session", session);
    }
    return createStatement(base, "LETTER", fields);
  }

  private JsonPath balance(String... params) {
    return report("/api/issues/" + issue + "/balance", params);
  }

  @Test
  void theBalanceCountsEachStatesSideAsOfTheDate() {
    JsonPath july = balance("asOf", "2019-07-31");
    assertThat(july.getList("sides.critical.states")).containsExactly("FRA");
    assertThat(july.getList("sides.Supportive.states")).containsExactly("EGY", "IDN", "PAK", "QAT");
    assertThat(july.getInt("sides.Supportive.count")).isEqualTo(4);
    assertThat(july.getList("both.states")).containsExactly("TUR");
    assertThat(july.getInt("abstain.count")).isZero();

    // Qatar's withdrawal leaves it on no side; Egypt has signed again
    JsonPath september = balance("asOf", "2019-09-10");
    assertThat(september.getList("sides.Supportive.states")).containsExactly("EGY", "IDN", "PAK");
    JsonPath between = balance("asOf", "2019-09-01");
    assertThat(between.getList("sides.Supportive.states")).containsExactly("IDN", "PAK");

    JsonPath now = balance();
    assertThat(now.getList("sides.critical.states")).containsExactly("ALB", "FRA");
    assertThat(now.getList("sides.Supportive.states")).containsExactly("CUB", "EGY", "PAK");
    assertThat(now.getList("abstain.states")).containsExactly("IDN");
    assertThat(now.getList("both.states")).containsExactly("TUR");
  }

  @Test
  void sinceLeavesOutEarlierOccasions() {
    JsonPath recent = balance("since", "2020-01-01");
    assertThat(recent.getList("sides.critical.states")).containsExactly("ALB", "FRA");
    assertThat(recent.getList("sides.Supportive.states")).containsExactly("CUB", "PAK");
    assertThat(recent.getList("abstain.states")).containsExactly("IDN");
    assertThat(recent.getList("both.states")).isEmpty();
    assertThat(recent.getString("since")).isEqualTo("2020-01-01");
  }

  @Test
  void theBalanceBreaksDownByGroupWithTheGroupsSize() {
    int asiaPacific =
        given()
            .queryParam("group", "Asia-Pacific")
            .get("/api/states")
            .then()
            .statusCode(200)
            .extract()
            .path("totalItems");
    JsonPath july = balance("asOf", "2019-07-31");
    assertThat(july.getInt("sides.Supportive.byGroup.Asia-Pacific.count")).isEqualTo(3);
    assertThat(july.getInt("sides.Supportive.byGroup.Asia-Pacific.members")).isEqualTo(asiaPacific);
    assertThat(july.getDouble("sides.Supportive.byGroup.Asia-Pacific.share"))
        .isCloseTo(3.0 / asiaPacific, org.assertj.core.data.Offset.offset(0.0001));
    assertThat(july.getInt("sides.Supportive.byGroup.African.count")).isEqualTo(1);
    assertThat(july.getInt("both.byGroup.WEOG.count")).isEqualTo(1);
    assertThat(july.getInt("both.byGroup.GRULAC.count")).isZero();

    // the Human Rights Council as of 2019-07-31: Egypt, Pakistan and Qatar sat on it, Indonesia
    // did not; Turkey did not either
    JsonPath council = balance("asOf", "2019-07-31", "by", "groups:hrc,oic");
    assertThat(council.getString("by")).isEqualTo("groups:hrc,oic");
    assertThat(council.getInt("sides.Supportive.byGroup.hrc.members")).isEqualTo(47);
    assertThat(council.getInt("sides.Supportive.byGroup.hrc.count")).isEqualTo(3);
    assertThat(council.getInt("sides.Supportive.byGroup.oic.count")).isEqualTo(4);
    assertThat(council.getInt("sides.Supportive.byGroup.none.count")).isZero();
    assertThat(council.getInt("sides.critical.byGroup.none.count")).isEqualTo(1); // France
    assertThat(council.getInt("both.byGroup.oic.count")).isEqualTo(1); // Türkiye
  }

  @Test
  void theTimelineHasAnEntryForEveryDateASideChanged() {
    JsonPath timeline = report("/api/issues/" + issue + "/timeline");
    assertThat(timeline.getList("entries.date"))
        .containsExactly(
            "2019-07-08",
            "2019-07-12",
            "2019-08-01",
            "2019-08-20",
            "2019-09-10",
            "2020-10-06",
            "2021-03-31");
    assertThat(timeline.getList("entries.sides.critical")).containsExactly(2, 1, 1, 1, 1, 1, 2);
    assertThat(timeline.getList("entries.sides.Supportive")).containsExactly(0, 4, 3, 2, 3, 3, 3);
    assertThat(timeline.getList("entries.abstain")).containsExactly(0, 0, 0, 0, 0, 1, 1);
    assertThat(timeline.getList("entries.both")).containsExactly(0, 1, 1, 1, 1, 1, 1);
    assertThat(timeline.getList("entries.approximate"))
        .containsExactly(false, false, false, false, false, false, true);

    JsonPath recent = report("/api/issues/" + issue + "/timeline", "since", "2020-01-01");
    assertThat(recent.getList("entries.date")).containsExactly("2020-10-06", "2021-03-31");
    assertThat(recent.getList("entries.sides.critical")).containsExactly(1, 2);
    assertThat(recent.getList("entries.sides.Supportive")).containsExactly(2, 2);
    assertThat(recent.getList("entries.abstain")).containsExactly(1, 1);
  }

  @Test
  void theTimelineAgreesWithTheBalanceOnEveryDate() {
    JsonPath timeline = report("/api/issues/" + issue + "/timeline");
    List<Map<String, Object>> entries = timeline.getList("entries");
    for (Map<String, Object> entry : entries) {
      JsonPath balance = balance("asOf", (String) entry.get("date"));
      assertThat(balance.getInt("sides.critical.count"))
          .isEqualTo(((Map<?, ?>) entry.get("sides")).get("critical"));
      assertThat(balance.getInt("sides.Supportive.count"))
          .isEqualTo(((Map<?, ?>) entry.get("sides")).get("Supportive"));
      assertThat(balance.getInt("abstain.count")).isEqualTo(entry.get("abstain"));
      assertThat(balance.getInt("both.count")).isEqualTo(entry.get("both"));
    }
  }

  @Test
  void switchersAreTheStatesWhoseSideDiffersWithTheDecidingRecords() {
    JsonPath switched =
        report("/api/issues/" + issue + "/switchers", "from", "2019-07-31", "to", "2021-12-31");
    // a real switch first (abstain counts as a side here), then by name
    assertThat(switched.getList("switchers.iso3")).containsExactly("IDN", "ALB", "CUB", "QAT");
    assertThat(switched.getList("switchers.change"))
        .containsExactly("SWITCHED", "JOINED", "JOINED", "LEFT");
    assertThat(switched.getList("switchers.fromSide"))
        .containsExactly("Supportive", null, null, "Supportive");
    assertThat(switched.getList("switchers.toSide"))
        .containsExactly("abstain", "critical", "Supportive", null);
    assertThat(switched.getList("switchers[1].records", Long.class))
        .containsExactly(ids.get("ALB-signed"));
    assertThat(switched.getList("switchers[0].records", Long.class))
        .containsExactlyInAnyOrder(ids.get("IDN-signed"), ids.get("IDN-abstained"));
    assertThat(switched.getList("switchers[3].records", Long.class))
        .containsExactly(ids.get("QAT-withdrew"));
    assertThat(switched.getString("from")).isEqualTo("2019-07-31");
    assertThat(switched.getString("asOf")).isEqualTo("2021-12-31");

    given()
        .get("/api/issues/{issue}/switchers", issue)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("from"));
  }

  @Test
  void aCountByGroupNamesTheStatesInEachCell() {
    JsonPath count =
        report("/api/statements/" + v2 + "/count", "asOf", "2020-10-31", "names", "true");
    assertThat(count.getList("names.WEOG.YES.iso3")).containsExactly("FRA");
    assertThat(count.getList("names.GRULAC.NO.name")).containsExactly("Cuba");
    assertThat(count.getList("names.GRULAC.NOT_VOTING.iso3")).containsExactly("MEX");
    assertThat(count.getList("names.Asia-Pacific.NO.iso3")).containsExactly("PAK");
    assertThat(count.getList("names.Asia-Pacific.ABSTAIN.iso3")).containsExactly("IDN");
    assertThat(count.getList("names.WEOG.NO")).isEmpty();
    // the counts agree with the names
    assertThat(count.getInt("byGroup.GRULAC.NO")).isEqualTo(1);
    // by role: every deciding record here is a signatory's
    assertThat(
            report(
                    "/api/statements/" + v2 + "/count",
                    "asOf",
                    "2020-10-31",
                    "names",
                    "true",
                    "by",
                    "role")
                .getList("names.SIGNATORY.NO.iso3"))
        .containsExactly("CUB", "PAK");
    String csv =
        given()
            .accept("text/csv")
            .queryParam("asOf", "2020-10-31")
            .queryParam("names", "true")
            .get("/api/statements/{key}/count", v2)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith("by,group,action,iso3,name");
    // one row per state in a cell: FRA, CUB, MEX, PAK, IDN
    assertThat(csv.lines().count()).isEqualTo(6);
    assertThat(csv).contains(",regionalGroup,GRULAC,NO,CUB,Cuba");
  }

  @Test
  void aBreakdownWithinAGroupCountsOnlyItsMembers() {
    String council = uniqueKey("council");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("key", council, "name", "Council", "kind", "other"))
        .post("/api/groups")
        .then()
        .statusCode(201);
    given()
        .contentType(ContentType.JSON)
        .body(
            List.of(
                Map.of("state", "FRA", "start", "2020"),
                Map.of("state", "PAK", "start", "2020"),
                Map.of("state", "CUB", "start", "2020"),
                Map.of("state", "MEX", "start", "2021")))
        .put("/api/groups/{key}/members", council)
        .then()
        .statusCode(200);
    String within = "groups:" + council;
    // Mexico joins in 2021: not a member on 2020-10-31
    JsonPath count =
        report(
            "/api/statements/" + v2 + "/count",
            "asOf",
            "2020-10-31",
            "within",
            within,
            "names",
            "true");
    assertThat(count.getString("by")).isEqualTo("regionalGroup within " + within);
    assertThat(count.getInt("byGroup.GRULAC.members")).isEqualTo(1);
    assertThat(count.getInt("byGroup.GRULAC.counts.NO")).isEqualTo(1);
    assertThat(count.getInt("byGroup.GRULAC.counts.NOT_VOTING")).isZero();
    assertThat(count.getInt("byGroup.Asia-Pacific.members")).isEqualTo(1);
    assertThat(count.getInt("byGroup.WEOG.counts.YES")).isEqualTo(1);
    assertThat(count.getInt("byGroup.none.members")).isZero();
    assertThat(count.getList("names.Asia-Pacific.ABSTAIN")).isEmpty();
    // counts in all stay over every state
    assertThat(count.getInt("counts.ABSTAIN")).isEqualTo(1);

    JsonPath balance =
        report("/api/issues/" + issue + "/balance", "asOf", "2020-10-31", "within", within);
    assertThat(balance.getInt("sides.Supportive.byGroup.GRULAC.count")).isEqualTo(1);
    assertThat(balance.getInt("sides.Supportive.byGroup.GRULAC.members")).isEqualTo(1);
    assertThat(balance.getInt("sides.Supportive.byGroup.Asia-Pacific.count")).isEqualTo(1);
    assertThat(balance.getInt("sides.critical.byGroup.WEOG.count")).isEqualTo(1);

    JsonPath cohesion =
        report("/api/statements/" + v2 + "/cohesion", "asOf", "2020-10-31", "within", within);
    assertThat(cohesion.getInt("groups.GRULAC.members")).isEqualTo(1);
    assertThat(cohesion.getInt("groups.GRULAC.counts.NO")).isEqualTo(1);

    given()
        .queryParam("within", "regionalGroup")
        .get("/api/statements/{key}/count", v2)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("within"));
    given()
        .queryParam("within", "groups:no-such-group-here")
        .get("/api/statements/{key}/count", v2)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("within"));
  }

  @Test
  void stancesAreAStateByOccasionTable() {
    JsonPath table = report("/api/issues/" + issue + "/stances");
    assertThat(table.getList("occasions.key")).containsExactly("s1", "s2", c3);
    assertThat(table.getList("occasions.label")).containsExactly("S1", "S2", c3);
    assertThat(table.getList("occasions.date"))
        .containsExactly("2019-07-08", "2020-10-06", "2021-03-31");
    assertThat(table.getList("occasions[0].statements")).containsExactly(c1, s1);
    assertThat(stancesOf(table, "FRA")).containsExactly("critical", "critical", null);
    assertThat(stancesOf(table, "TUR")).containsExactly("both", null, null);
    assertThat(stancesOf(table, "IDN")).containsExactly("Supportive", "abstain", null);
    assertThat(stancesOf(table, "QAT")).containsExactly(null, null, null);
    assertThat(stancesOf(table, "MEX")).containsExactly(null, null, null);
    assertThat(stancesOf(table, "ALB")).containsExactly(null, null, "critical");
    assertThat(table.getList("states")).hasSizeGreaterThan(190);

    String csv =
        given()
            .accept("text/csv")
            .get("/api/issues/{issue}/stances", issue)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("iso3,name,regional_group,side,s1,s2," + c3);
    assertThat(lines).contains("IDN,Indonesia,Asia-Pacific,abstain,Supportive,abstain,");
  }

  private static List<Object> stancesOf(JsonPath table, String iso3) {
    return table.getList("states.find { it.iso3 == '" + iso3 + "' }.stances");
  }

  @Test
  void theIssueListsItsStatementsBySideAndItsVotes() {
    JsonPath detail = report("/api/issues/" + issue, "asOf", "2021-12-31");
    assertThat(detail.getList("statementsBySide.critical.key")).containsExactly(c1, c3);
    assertThat(detail.getList("statementsBySide.Supportive.key")).containsExactly(s1);
    assertThat(detail.getList("statementsBySide.critical.count")).containsExactly(2, 1);
    assertThat(detail.getInt("statementsBySide.Supportive[0].count"))
        .isEqualTo(4); // TUR EGY PAK IDN
    assertThat(detail.getList("votes.key")).containsExactly(v2);
    assertThat(detail.getMap("votes[0].voteSides"))
        .isEqualTo(Map.of("YES", "critical", "NO", "Supportive"));
    assertThat(detail.getMap("votes[0].votes"))
        .isEqualTo(Map.of("YES", 1, "NO", 2, "ABSTAIN", 1, "NOT_VOTING", 1));

    JsonPath listed =
        given()
            .queryParam("size", 500)
            .get("/api/issues")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(listed.getInt("items.find { it.key == '" + issue + "' }.statements")).isEqualTo(4);
    assertThat(listed.getList("items.find { it.key == '" + issue + "' }.sides"))
        .containsExactly("critical", "Supportive");

    JsonPath vote = report("/api/statements/" + v2);
    assertThat(vote.getMap("voteSides")).isEqualTo(Map.of("YES", "critical", "NO", "Supportive"));
    assertThat(vote.getString("outcome.result")).isEqualTo("REJECTED");
    assertThat(vote.getString("outcome.on")).isEqualTo("2020-10-06");
  }

  @Test
  void aLetterOfAnIssueWithSidesMustStandOnOne() {
    for (Map<String, Object> wrong :
        List.of(
            Map.<String, Object>of("issue", issue),
            Map.<String, Object>of("issue", issue, "side", "neutral"))) {
      Map<String, Object> body = new HashMap<>(wrong);
      body.put("key", uniqueKey("unsided"));
      body.put("title", "Unsided");
      body.put("kind", "LETTER");
      given()
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/statements")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("side"))
          .body("errors[0].message", containsString("critical"));
    }
  }

  @Test
  void onlyAVoteMapsYesAndNoToDeclaredSides() {
    assertRefused(
        "LETTER", Map.of("side", "critical", "voteSides", Map.of("YES", "critical")), "voteSides");
    assertRefused("VOTE", Map.of("voteSides", Map.of("ABSTAIN", "critical")), "voteSides.ABSTAIN");
    assertRefused("VOTE", Map.of("voteSides", Map.of("YES", "neutral")), "voteSides.YES");
    assertRefused(
        "LETTER",
        Map.of("side", "critical", "outcome", Map.of("result", "ADOPTED", "on", "2020-01-01")),
        "outcome");
  }

  private void assertRefused(String kind, Map<String, Object> fields, String field) {
    Map<String, Object> body = new HashMap<>(fields);
    body.put("key", uniqueKey("refused"));
    body.put("title", "Refused");
    body.put("kind", kind);
    body.put("issue", issue);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/statements")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", org.hamcrest.Matchers.hasItem(field));
  }

  @Test
  void droppingASideInUseIsAConflictAndReservedNamesAreRefused() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Sea lanes", "sides", List.of("critical")))
        .put("/api/issues/{issue}", issue)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(s1));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Sea lanes", "sides", List.of("critical", "supportive", "Both")))
        .put("/api/issues/{issue}", issue)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sides[2]"));
    // the same sides in another case, and a new description: a plain update
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "title",
                "Sea lanes",
                "description",
                "Freedom of navigation",
                "sides",
                List.of("critical", "Supportive")))
        .put("/api/issues/{issue}", issue)
        .then()
        .statusCode(200)
        .body("description", equalTo("Freedom of navigation"));
    assertThat(report("/api/issues/" + issue + "/history").getList("action"))
        .containsExactly("issue.created", "issue.updated");
  }

  @Test
  void statementsImportAndExportTheirVoteSidesAndOutcome() {
    String other = uniqueKey("debate");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Debate", "sides", List.of("critical", "supportive")))
        .put("/api/issues/{issue}", other)
        .then()
        .statusCode(201);
    String key = uniqueKey("imported-vote");
    String header = "key,title,kind,session,date,issue,vote_sides,outcome\n";
    given()
        .contentType("text/csv")
        .body(
            header
                + key
                + ",Imported vote,VOTE,S9,2022-10-06,"
                + other
                + ",YES=Critical;NO=supportive,REJECTED 2022-10-06\n")
        .post("/api/import/statements")
        .then()
        .statusCode(200);
    JsonPath vote = report("/api/statements/" + key);
    assertThat(vote.getMap("voteSides")).isEqualTo(Map.of("YES", "critical", "NO", "supportive"));
    assertThat(vote.getString("outcome.result")).isEqualTo("REJECTED");
    String exported =
        given()
            .queryParam("issue", other)
            .get("/api/export/statements.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(exported)
        .contains(
            ",YES=critical;NO=supportive,\""
                + other
                + "=YES:critical,NO:supportive\",REJECTED 2022-10-06,");

    JsonPath refused =
        given()
            .contentType("text/csv")
            .body(
                header
                    + uniqueKey("bad-vote")
                    + ",Bad vote,VOTE,S9,2022-10-06,"
                    + other
                    + ",YES=neutral,LOST\n")
            .post("/api/import/statements")
            .then()
            .statusCode(422)
            .extract()
            .jsonPath();
    assertThat(refused.getList("errors.column")).contains("vote_sides", "outcome");
  }

  @Test
  void aStatesProfileShowsItsSideOverTimeWithTheDecidingRecords() {
    JsonPath indonesia = report("/api/states/IDN/profile", "issue", issue);
    assertThat(indonesia.getString("iso3")).isEqualTo("IDN");
    assertThat(indonesia.getList("issues.issue")).containsExactly(issue);
    assertThat(indonesia.getString("issues[0].side")).isEqualTo("abstain");
    assertThat(indonesia.getList("issues[0].sides.date"))
        .containsExactly("2019-07-12", "2020-10-06");
    assertThat(indonesia.getList("issues[0].sides.side")).containsExactly("Supportive", "abstain");
    assertThat(indonesia.getList("issues[0].sides[0].records", Long.class))
        .containsExactly(ids.get("IDN-signed"));
    // the abstention on the later occasion decides; the signature was on the earlier one
    assertThat(indonesia.getList("issues[0].sides[1].records", Long.class))
        .containsExactly(ids.get("IDN-abstained"));
    assertThat(indonesia.getList("issues[0].statements.key")).containsExactly(s1, v2);
    assertThat(indonesia.getList("issues[0].statements.side"))
        .containsExactly("Supportive", "abstain");
    assertThat(indonesia.getList("issues[0].statements.action"))
        .containsExactly("SIGNED", "ABSTAIN");

    JsonPath before = report("/api/states/Indonesia/profile", "issue", issue, "asOf", "2019-12-31");
    assertThat(before.getList("issues[0].sides.side")).containsExactly("Supportive");
    assertThat(before.getList("issues[0].statements.key")).containsExactly(s1);

    JsonPath qatar = report("/api/states/QAT/profile");
    assertThat(qatar.getList("issues.issue")).contains(issue);
    JsonPath onIssue = report("/api/states/QAT/profile", "issue", issue);
    assertThat(onIssue.getList("issues[0].sides.side")).containsExactly("Supportive", null);
    assertThat(onIssue.getList("issues[0].sides[1].records", Long.class))
        .containsExactly(ids.get("QAT-withdrew"));
    assertThat(onIssue.getList("issues[0].statements.side")).containsExactly("Supportive");
    assertThat(onIssue.getList("issues[0].statements.action")).containsExactly((Object) null);

    JsonPath turkey = report("/api/states/TUR/profile", "issue", issue);
    assertThat(turkey.getList("issues[0].sides.side")).containsExactly("critical", "both");
    assertThat(turkey.getList("issues[0].sides[1].records")).hasSize(2);
  }

  @Test
  void anUnknownIssueIsNotFound() {
    given()
        .get("/api/issues/{issue}/balance", "no-such-issue-anywhere")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
