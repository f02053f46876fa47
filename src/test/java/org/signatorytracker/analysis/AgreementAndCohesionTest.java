package org.signatorytracker.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.member;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Agreement and cohesion on four occasions, counted by hand:
 *
 * <pre>
 *        A (2018): p1 pro, c1 con   B (2019): vote YES=pro NO=con   C (2020): p3 pro   D (2021): c4 con
 * PAK    pro                        pro (YES)                       pro                —
 * EGY    pro                        abstain                         pro                con
 * CHN    both (p1 and c1)           pro (YES)                       —                  con
 * FRA    con                        con (NO)                        —                  con
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementAndCohesionTest {

  private boolean constructed;
  String issue;
  String vote;

  @BeforeEach
  void construct() {
    if (constructed) {
      return;
    }
    constructed = true;
    issue = uniqueKey("blocs");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "AgreementAndCohesion", "sides", List.of("pro", "con")))
        .put("/api/issues/{issue}", issue)
        .then()
        .statusCode(201);
    String p1 = letter("A", "2018-06-01", "pro");
    String c1 = letter("A", "2018-06-02", "con");
    vote =
        createStatement(
            "vote",
            "VOTE",
            Map.of(
                "issue",
                issue,
                "session",
                "B",
                "date",
                "2019-06-01",
                "voteSides",
                Map.of("YES", "pro", "NO", "con")));
    String p3 = letter("C", "2020-06-01", "pro");
    String c4 = letter("D", "2021-06-01", "con");
    record(p1, "PAK", "SIGNED", "2018-06-01");
    record(p1, "EGY", "SIGNED", "2018-06-01");
    record(p1, "CHN", "SIGNED", "2018-06-01");
    record(c1, "CHN", "SIGNED", "2018-06-02");
    record(c1, "FRA", "SIGNED", "2018-06-02");
    record(vote, "PAK", "YES", "2019-06-01");
    record(vote, "EGY", "ABSTAIN", "2019-06-01");
    record(vote, "CHN", "YES", "2019-06-01");
    record(vote, "FRA", "NO", "2019-06-01");
    record(p3, "PAK", "SIGNED", "2020-06-01");
    record(p3, "EGY", "SIGNED", "2020-06-01");
    record(c4, "EGY", "SIGNED", "2021-06-01");
    record(c4, "CHN", "SIGNED", "2021-06-01");
    record(c4, "FRA", "SIGNED", "2021-06-01");
  }

  private String letter(String session, String date, String side) {
    return createStatement(
        "letter", "LETTER", Map.of("issue", issue, "session", session, "date", date, "side", side));
  }

  private JsonPath agreement(String... params) {
    String[] all = Arrays.copyOf(params, params.length + 2);
    all[params.length] = "issue";
    all[params.length + 1] = issue;
    return report("/api/agreement", all);
  }

  private static Map<String, Object> pair(JsonPath answer, String a, String b) {
    return answer.getMap("pairs.find { it.a == '" + a + "' && it.b == '" + b + "' }");
  }

  @Test
  void everyPairIsCountedOverTheOccasionsWhereBothHaveAStance() {
    JsonPath all = agreement("states", "PAK,Egypt,CHN,FRA");
    assertThat(all.getList("pairs")).hasSize(6);
    assertThat(pair(all, "PAK", "EGY"))
        .containsEntry("t", 3)
        .containsEntry("f", 2)
        .containsEntry("g", 1)
        .containsEntry("d", 0)
        .containsEntry("lijphart", 0.8333f)
        .containsEntry("kappa", 0.0f);
    assertThat(pair(all, "PAK", "CHN")).containsEntry("t", 2).containsEntry("lijphart", 0.75f);
    assertThat(pair(all, "PAK", "FRA"))
        .containsEntry("d", 2)
        .containsEntry("lijphart", 0.0f)
        .containsEntry("kappa", 0.0f);
    assertThat(pair(all, "EGY", "CHN"))
        .containsEntry("t", 3)
        .containsEntry("f", 1)
        .containsEntry("g", 2)
        .containsEntry("lijphart", 0.6667f)
        .containsEntry("kappa", 0.1429f);
    assertThat(pair(all, "EGY", "FRA"))
        .containsEntry("f", 1)
        .containsEntry("g", 1)
        .containsEntry("d", 1)
        .containsEntry("lijphart", 0.5f);
  }

  @Test
  void fromAndToBoundTheOccasionsAndKappaIsNullWhenChanceAgreementIsOne() {
    JsonPath middle = agreement("states", "PAK,EGY", "from", "2019-01-01", "to", "2020-12-31");
    assertThat(pair(middle, "PAK", "EGY"))
        .containsEntry("t", 2)
        .containsEntry("f", 1)
        .containsEntry("g", 1)
        .containsEntry("lijphart", 0.75f);
    JsonPath late = agreement("states", "PAK,EGY,FRA", "from", "2020-01-01");
    assertThat(pair(late, "PAK", "EGY"))
        .containsEntry("t", 1)
        .containsEntry("lijphart", 1.0f)
        .containsEntry("kappa", null);
    // PAK and FRA share no occasion from 2020: the pair is left out
    assertThat(late.getList("pairs.a")).containsExactly("PAK", "EGY");
  }

  @Test
  void theMatrixAndTheCsvOfPairs() {
    JsonPath matrix = agreement("states", "PAK,EGY,CHN,FRA", "format", "matrix");
    assertThat(matrix.getList("states")).containsExactly("PAK", "EGY", "CHN", "FRA");
    assertThat(matrix.getList("lijphart[0]", Float.class))
        .containsExactly(1.0f, 0.8333f, 0.75f, 0.0f);
    String csv =
        given()
            .accept("text/csv")
            .queryParam("issue", issue)
            .queryParam("states", "PAK,EGY,CHN,FRA")
            .queryParam("format", "matrix")
            .get("/api/agreement")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().toList().get(0)).isEqualTo("iso3,PAK,EGY,CHN,FRA");
    assertThat(csv.lines().toList().get(1)).isEqualTo("PAK,1.0,0.8333,0.75,0.0");
    String pairs =
        given()
            .queryParam("format", "csv")
            .queryParam("issue", issue)
            .queryParam("states", "PAK,EGY")
            .get("/api/agreement")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(pairs.lines().toList().get(0)).endsWith(",a,b,t,f,g,d,lijphart,kappa");
    assertThat(pairs.lines().toList().get(1)).endsWith(",PAK,EGY,3,2,1,0,0.8333,0.0");
  }

  @Test
  void aGroupsMembersAsOfTheDateArePaired() {
    String group = uniqueKey("pair-group");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("key", group, "name", "Pair group", "kind", "other"))
        .post("/api/groups")
        .then()
        .statusCode(201);
    given()
        .contentType(ContentType.JSON)
        .body(
            List.of(
                member("PAK", "2000", null),
                member("EGY", "2000", null),
                member("FRA", "2000", "2019")))
        .put("/api/groups/{key}/members", group)
        .then()
        .statusCode(200);
    JsonPath now = agreement("group", group);
    assertThat(now.getList("states")).containsExactly("EGY", "PAK"); // by name
    assertThat(now.getList("pairs")).hasSize(1);
    assertThat(agreement("group", group, "asOf", "2019-06-30").getList("pairs")).hasSize(3);
    given()
        .queryParam("issue", issue)
        .queryParam("states", "PAK")
        .get("/api/agreement")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("states"));
  }

  @Test
  void cohesionCountsEachGroupsMembersWithTheRiceIndexForAVote() {
    JsonPath regional = report("/api/statements/" + vote + "/cohesion", "asOf", "2021-12-31");
    assertThat(regional.getInt("groups.Asia-Pacific.counts.YES")).isEqualTo(2);
    assertThat(regional.getDouble("groups.Asia-Pacific.rice")).isEqualTo(1.0);
    assertThat(regional.getInt("groups.African.counts.ABSTAIN")).isEqualTo(1);
    assertThat(regional.getMap("groups.African")).containsEntry("rice", null);
    assertThat(regional.getDouble("groups.WEOG.rice")).isEqualTo(1.0);

    String group = uniqueKey("mixed");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("key", group, "name", "Mixed", "kind", "other"))
        .post("/api/groups")
        .then()
        .statusCode(201);
    given()
        .contentType(ContentType.JSON)
        .body(
            List.of(
                member("PAK", "2000", null),
                member("FRA", "2000", null),
                member("EGY", "2000", null)))
        .put("/api/groups/{key}/members", group)
        .then()
        .statusCode(200);
    JsonPath mixed =
        report(
            "/api/statements/" + vote + "/cohesion", "asOf", "2021-12-31", "by", "groups:" + group);
    assertThat(mixed.getInt("groups." + group + ".members")).isEqualTo(3);
    assertThat(mixed.getMap("groups." + group + ".counts"))
        .isEqualTo(Map.of("YES", 1, "NO", 1, "ABSTAIN", 1, "NOT_VOTING", 0));
    assertThat(mixed.getDouble("groups." + group + ".share.YES")).isEqualTo(0.3333);
    assertThat(mixed.getDouble("groups." + group + ".rice")).isEqualTo(0.0);
    assertThat(mixed.getInt("groups.none.counts.YES")).isEqualTo(1); // China
    assertThat(mixed.getMap("groups." + group)).doesNotContainKey("names");

    // the names in each cell, and as a long CSV
    JsonPath named =
        report(
            "/api/statements/" + vote + "/cohesion",
            "asOf",
            "2021-12-31",
            "by",
            "groups:" + group,
            "names",
            "true");
    assertThat(named.getList("groups." + group + ".names.YES.iso3")).containsExactly("PAK");
    assertThat(named.getList("groups." + group + ".names.NO.iso3")).containsExactly("FRA");
    assertThat(named.getList("groups." + group + ".names.ABSTAIN.name")).containsExactly("Egypt");
    assertThat(named.getList("groups." + group + ".names.NOT_VOTING")).isEmpty();
    assertThat(named.getList("groups.none.names.YES.iso3")).containsExactly("CHN");
    String csv =
        given()
            .accept("text/csv")
            .queryParam("asOf", "2021-12-31")
            .queryParam("by", "groups:" + group)
            .queryParam("names", "true")
            .get("/api/statements/{key}/cohesion", vote)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith("by,group,action,iso3,name");
    assertThat(csv.lines().count()).isEqualTo(5);
    assertThat(csv).contains(",groups:" + group + "," + group + ",ABSTAIN,EGY,Egypt");
  }
}
