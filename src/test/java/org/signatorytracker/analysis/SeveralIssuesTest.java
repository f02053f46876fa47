package org.signatorytracker.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
 * One statement in two issues, on a different side in each, counted by hand:
 *
 * <pre>
 * issue xj (sides critical, supportive), issue hk (sides concerned, supportive)
 *
 * js   joint statement 2019-07-08   xj critical,  hk concerned
 * ltr  letter          2019-07-12   xj supportive, hk supportive
 * vote vote            2020-10-06   xj YES critical / NO supportive;
 *                                   hk YES supportive / NO concerned
 *
 * FRA  signs js; votes YES   xj critical throughout; hk concerned, then supportive (the vote)
 * PAK  signs ltr; votes NO   xj supportive throughout; hk supportive, then concerned
 * IDN  signs js only         xj critical, hk concerned
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralIssuesTest {

  private boolean constructed;
  String xj;
  String hk;
  String js;
  String ltr;
  String vote;

  @BeforeEach
  void construct() {
    if (constructed) {
      return;
    }
    constructed = true;
    xj = issue("xj", "critical", "supportive");
    hk = issue("hk", "concerned", "supportive");
    js =
        createStatement(
            "js",
            "JOINT_STATEMENT",
            Map.of(
                "date",
                "2019-07-08",
                "issues",
                List.of(
                    Map.of("issue", xj, "side", "critical"),
                    Map.of("issue", hk.toUpperCase(), "side", "Concerned"))));
    ltr =
        createStatement(
            "ltr",
            "LETTER",
            Map.of(
                "date",
                "2019-07-12",
                "issue",
                xj,
                "side",
                "supportive",
                "issues",
                List.of(
                    Map.of("issue", xj, "side", "supportive"),
                    Map.of("issue", hk, "side", "supportive"))));
    vote =
        createStatement(
            "vote",
            "VOTE",
            Map.of(
                "date",
                "2020-10-06",
                "issues",
                List.of(
                    Map.of("issue", xj, "voteSides", Map.of("YES", "critical", "NO", "supportive")),
                    Map.of(
                        "issue",
                        hk,
                        "voteSides",
                        Map.of("YES", "supportive", "NO", "concerned")))));
    record(js, "France", "SIGNED", "2019-07-08");
    record(vote, "France", "YES", "2020-10-06");
    record(ltr, "Pakistan", "SIGNED", "2019-07-12");
    record(vote, "Pakistan", "NO", "2020-10-06");
    record(js, "Indonesia", "SIGNED", "2019-07-08");
  }

  private static String issue(String base, String... sides) {
    String key = uniqueKey(base);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", base, "sides", List.of(sides)))
        .when()
        .put("/api/issues/{issue}", key)
        .then()
        .statusCode(201);
    return key;
  }

  @Test
  void aStatementShowsEveryIssueAndItsFirstAsTheShorthand() {
    given()
        .when()
        .get("/api/statements/{key}", js)
        .then()
        .statusCode(200)
        .body("issue", equalTo(xj))
        .body("side", equalTo("critical"))
        .body("issues.issue", equalTo(List.of(xj, hk)))
        .body("issues.side", equalTo(List.of("critical", "concerned")));
    given()
        .when()
        .get("/api/statements/{key}", vote)
        .then()
        .statusCode(200)
        .body("issue", equalTo(xj))
        .body("voteSides.YES", equalTo("critical"))
        .body("issues[1].voteSides.YES", equalTo("supportive"))
        .body("issues[1].voteSides.NO", equalTo("concerned"));
  }

  @Test
  void listsFindAStatementByAnyOfItsIssuesAndItsSideThere() {
    assertThat(keys("issue", hk)).containsExactlyInAnyOrder(js, ltr, vote);
    assertThat(keys("issue", hk, "side", "concerned")).containsExactly(js);
    assertThat(keys("issue", xj, "side", "supportive")).containsExactly(ltr);
    assertThat(keys("issue", xj, "side", "concerned")).isEmpty();
  }

  @Test
  void searchMatchesEveryWordInAnyOrderAcrossKeysDatesIssuesAndSides() {
    // the letter is in hk on the side "supportive", dated 2019-07-12
    assertThat(keys("q", "2019 supportive " + hk)).containsExactly(ltr);
    assertThat(keys("q", hk + " CONCERNED")).containsExactly(js);
    assertThat(keys("q", "supportive 2019-07")).contains(ltr).doesNotContain(js, vote);
    assertThat(keys("q", hk + " 2021")).isEmpty();
  }

  private List<String> keys(String... params) {
    Map<String, Object> query = new HashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      query.put(params[i], params[i + 1]);
    }
    query.put("size", 100);
    return given()
        .queryParams(query)
        .when()
        .get("/api/statements")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.key");
  }

  @Test
  void eachIssueCountsTheStatementOnItsOwnSide() {
    JsonPath xj2019 = report("/api/issues/" + xj + "/balance", "asOf", "2019-07-31");
    assertThat(xj2019.getList("sides.critical.states")).containsExactly("FRA", "IDN");
    assertThat(xj2019.getList("sides.supportive.states")).containsExactly("PAK");
    JsonPath hk2019 = report("/api/issues/" + hk + "/balance", "asOf", "2019-07-31");
    assertThat(hk2019.getList("sides.concerned.states")).containsExactly("FRA", "IDN");
    assertThat(hk2019.getList("sides.supportive.states")).containsExactly("PAK");

    // the vote maps YES to a different side in each issue
    JsonPath xj2020 = report("/api/issues/" + xj + "/balance", "asOf", "2020-10-31");
    assertThat(xj2020.getList("sides.critical.states")).containsExactly("FRA", "IDN");
    assertThat(xj2020.getList("sides.supportive.states")).containsExactly("PAK");
    JsonPath hk2020 = report("/api/issues/" + hk + "/balance", "asOf", "2020-10-31");
    assertThat(hk2020.getList("sides.concerned.states")).containsExactly("IDN", "PAK");
    assertThat(hk2020.getList("sides.supportive.states")).containsExactly("FRA");
  }

  @Test
  void switchersAreCountedInEachIssueByItsOwnSides() {
    JsonPath inHk =
        report("/api/issues/" + hk + "/switchers", "from", "2019-07-31", "to", "2020-10-31");
    assertThat(inHk.getList("switchers.iso3")).containsExactly("FRA", "PAK");
    assertThat(inHk.getList("switchers.fromSide")).containsExactly("concerned", "supportive");
    assertThat(inHk.getList("switchers.toSide")).containsExactly("supportive", "concerned");
    JsonPath inXj =
        report("/api/issues/" + xj + "/switchers", "from", "2019-07-31", "to", "2020-10-31");
    assertThat(inXj.getList("switchers.iso3")).isEmpty();
  }

  @Test
  void aStatesProfileHasEveryIssueOfItsStatements() {
    JsonPath france = report("/api/states/FRA/profile", "asOf", "2020-10-31");
    Map<String, String> sides = new HashMap<>();
    List<Map<String, Object>> issues = france.getList("issues");
    issues.forEach(i -> sides.put((String) i.get("issue"), (String) i.get("side")));
    assertThat(sides).containsEntry(xj, "critical").containsEntry(hk, "supportive");
  }

  @Test
  void eachIssuesSideIsCheckedAndNamedByItsPlaceInTheList() {
    Map<String, Object> body = new HashMap<>();
    body.put("key", uniqueKey("bad"));
    body.put("title", "Bad");
    body.put("kind", "LETTER");
    body.put(
        "issues",
        List.of(
            Map.of("issue", xj, "side", "critical"),
            Map.of("issue", hk, "side", "critical"),
            Map.of("issue", xj, "side", "supportive")));
    body.put("side", "supportive");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/statements")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("issues[1].side"))
        .body("errors.field", hasItem("issues[2].issue"))
        .body("errors.field", hasItem("side"));
    // a letter's voteSides in one of its issues
    body.put("issues", List.of(Map.of("issue", hk, "voteSides", Map.of("YES", "supportive"))));
    body.remove("side");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/statements")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("issues[0].voteSides"))
        .body("errors.field", hasItem("issues[0].side"));
  }

  @Test
  void anIssueKeepsTheSidesItsStatementsStandOnWhateverTheirFirstIssue() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "hk", "sides", List.of("supportive", "opposed")))
        .when()
        .put("/api/issues/{issue}", hk)
        .then()
        .statusCode(409);
  }

  @Test
  void asRecordedSeesAStatementsIssuesAsTheyWere() {
    String first = issue("first", "critical", "supportive");
    String ht = issue("ht", "critical", "supportive");
    String late =
        createStatement(
            "late", "LETTER", Map.of("date", "2019-08-01", "issue", first, "side", "critical"));
    record(late, "Canada", "SIGNED", "2019-08-01");
    String before =
        report("/api/issues/" + ht + "/balance", "asOf", "2019-12-31")
            .getString("recordedThroughRevision");
    Map<String, Object> body = new HashMap<>();
    body.put("key", late);
    body.put("title", "Test statement " + late);
    body.put("kind", "LETTER");
    body.put("date", "2019-08-01");
    body.put(
        "issues",
        List.of(
            Map.of("issue", first, "side", "critical"), Map.of("issue", ht, "side", "critical")));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/statements/{key}", late)
        .then()
        .statusCode(200)
        .body("issues.issue", equalTo(List.of(first, ht)));
    assertThat(
            report("/api/issues/" + ht + "/balance", "asOf", "2019-12-31")
                .getList("sides.critical.states"))
        .containsExactly("CAN");
    assertThat(
            report("/api/issues/" + ht + "/balance", "asOf", "2019-12-31", "asRecorded", before)
                .getList("sides.critical.states"))
        .isEmpty();
  }

  @Test
  void theCsvListAndTheExportWriteEveryIssue() {
    String csv =
        given()
            .queryParam("issue", hk)
            .queryParam("size", 100)
            .accept("text/csv")
            .when()
            .get("/api/statements")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv).contains(xj + "=critical;" + hk + "=concerned");
    assertThat(csv)
        .contains(xj + "=YES:critical,NO:supportive;" + hk + "=YES:supportive,NO:concerned");
  }

  @Test
  void anImportReadsTheIssuesColumnAndNamesItsProblems() {
    String key = uniqueKey("imported");
    String bad = uniqueKey("imported-bad");
    String header = "key,title,kind,date,issues\n";
    given()
        .contentType("text/csv")
        .body(
            header
                + bad
                + ",Bad,VOTE,2022-10-06,"
                + xj
                + "=YES:critical;"
                + hk
                + "=YES supportive\n")
        .post("/api/import/statements")
        .then()
        .statusCode(422)
        .body("errors[0].column", equalTo("issues"))
        .body("errors[0].line", equalTo(2));
    given()
        .contentType("text/csv")
        .body(
            header
                + key
                + ",Imported,VOTE,2022-10-06,\""
                + xj
                + "=YES:critical,NO:supportive;"
                + hk
                + "=YES:supportive\"\n")
        .post("/api/import/statements")
        .then()
        .statusCode(200);
    JsonPath imported = report("/api/statements/" + key);
    assertThat(imported.getString("issue")).isEqualTo(xj);
    assertThat(imported.getMap("issues[0].voteSides"))
        .isEqualTo(Map.of("YES", "critical", "NO", "supportive"));
    assertThat(imported.getMap("issues[1].voteSides")).isEqualTo(Map.of("YES", "supportive"));
  }
}
