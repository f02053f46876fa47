package org.signatorytracker.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Set queries, the matrix and comparisons on hand-counted data:
 *
 * <pre>
 * l2019: FRA DEU ITA ESP sign 2019-06-01; ESP withdraws 2019-09-01
 * l2020: FRA DEU POL sign 2020-06-01
 * l2021: FRA POL sign 2021-06-01
 * vote:  FRA YES, DEU NO, ITA ABSTAIN on 2021-09-01
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementSetsTest {

  private boolean constructed;
  String l2019;
  String l2020;
  String l2021;
  String vote;

  @BeforeEach
  void construct() {
    if (constructed) {
      return;
    }
    constructed = true;
    l2019 = createLetter("l2019");
    l2020 = createLetter("l2020");
    l2021 = createLetter("l2021");
    vote = createStatement("vote", "VOTE");
    for (String s : List.of("France", "Germany", "Italy", "Spain")) {
      record(l2019, s, "SIGNED", "2019-06-01");
    }
    record(l2019, "Spain", "WITHDREW", "2019-09-01");
    for (String s : List.of("France", "Germany", "Poland")) {
      record(l2020, s, "SIGNED", "2020-06-01");
    }
    for (String s : List.of("France", "Poland")) {
      record(l2021, s, "SIGNED", "2021-06-01");
    }
    record(vote, "France", "YES", "2021-09-01");
    record(vote, "Germany", "NO", "2021-09-01");
    record(vote, "Italy", "ABSTAIN", "2021-09-01");
  }

  private List<String> found(String... params) {
    String[] all = Arrays.copyOf(params, params.length + 2);
    all[params.length] = "asOf";
    all[params.length + 1] = "2021-12-31";
    return report("/api/query", all).getList("states.iso3");
  }

  @Test
  void setQueriesCombineAllAnyAndNone() {
    assertThat(found("all", l2019 + "," + l2020)).containsExactly("FRA", "DEU");
    assertThat(found("all", l2019, "none", l2020)).containsExactly("ITA");
    assertThat(found("any", l2020 + "," + l2021, "none", vote + ":YES"))
        .containsExactly("DEU", "POL");
    assertThat(found("all", vote + ":no")).containsExactly("DEU");
    assertThat(found("all", l2019 + "," + l2020 + "," + l2021)).containsExactly("FRA");
    int states = given().get("/api/states").then().extract().path("totalItems");
    assertThat(report("/api/query", "none", l2019, "asOf", "2021-12-31").getInt("count"))
        .isEqualTo(states - 3);
    assertThat(report("/api/query", "all", l2019, "asOf", "2019-07-01").getList("states.iso3"))
        .containsExactly("FRA", "DEU", "ITA", "ESP");
  }

  @Test
  void aVoteNeedsItsOptionAndEveryKeyMustNameAStatement() {
    given()
        .queryParam("all", vote)
        .get("/api/query")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("all"))
        .body("errors[0].message", containsString(vote + ":YES"));
    given()
        .queryParam("any", l2019 + ",no-such-letter")
        .get("/api/query")
        .then()
        .statusCode(404)
        .body("errors[0].field", equalTo("any"));
    given().get("/api/query").then().statusCode(400).contentType("application/problem+json");
    given()
        .queryParam("all", l2019 + ":YES")
        .get("/api/query")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("all"));
  }

  @Test
  void theMatrixHasEveryStateAndTheDecidingActionIncludingWithdrawals() {
    JsonPath matrix =
        report("/api/matrix", "statements", l2019 + "," + l2020 + "," + vote, "asOf", "2021-12-31");
    assertThat(matrix.getList("statements")).containsExactly(l2019, l2020, vote);
    assertThat(matrix.getList("states.find { it.iso3 == 'ESP' }.actions"))
        .containsExactly("WITHDREW", null, null);
    assertThat(matrix.getList("states.find { it.iso3 == 'FRA' }.actions"))
        .containsExactly("SIGNED", "SIGNED", "YES");
    assertThat(matrix.getList("states.find { it.iso3 == 'ITA' }.actions"))
        .containsExactly("SIGNED", null, "ABSTAIN");
    int states = given().get("/api/states").then().extract().path("totalItems");
    assertThat(matrix.getList("states")).hasSize(states);

    String csv =
        given()
            .accept("text/csv")
            .queryParam("statements", l2019 + "," + l2020 + "," + vote)
            .queryParam("asOf", "2021-12-31")
            .get("/api/matrix")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("iso3,name,regional_group," + l2019 + "," + l2020 + "," + vote);
    assertThat(lines).contains("ESP,Spain,WEOG,WITHDREW,,", "DEU,Germany,WEOG,SIGNED,SIGNED,NO");
    assertThat(lines).hasSize(states + 1);
  }

  @Test
  void theMatrixOfAnIssueOrdersItsStatementsByDate() {
    String issue = uniqueKey("matrixissue");
    String later = createStatement("m1", "LETTER", Map.of("issue", issue, "date", "2020-05"));
    String earlier = createStatement("m0", "LETTER", Map.of("issue", issue, "date", "2019"));
    record(later, "Chile", "SIGNED", "2020-05-02");
    JsonPath matrix = report("/api/matrix", "issue", issue, "statements", l2021 + "," + later);
    assertThat(matrix.getString("issue")).isEqualTo(issue);
    assertThat(matrix.getList("statements")).containsExactly(earlier, later, l2021);
    assertThat(matrix.getList("states.find { it.iso3 == 'CHL' }.actions"))
        .containsExactly(null, "SIGNED", null);
  }

  @Test
  void compareSaysWhichActionItComparedAndTakesAVotesOption() {
    JsonPath yes = report("/api/compare", "a", vote, "b", l2021, "asOf", "2021-12-31");
    assertThat(yes.getString("actionA")).isEqualTo("YES");
    assertThat(yes.getString("actionB")).isEqualTo("SIGNED");
    assertThat(yes.getList("both")).containsExactly("FRA");
    assertThat(yes.getList("onlyB")).containsExactly("POL");
    JsonPath no = report("/api/compare", "a", vote + ":NO", "b", l2020, "asOf", "2021-12-31");
    assertThat(no.getString("actionA")).isEqualTo("NO");
    assertThat(no.getList("both")).containsExactly("DEU");
    assertThat(no.getList("onlyB")).containsExactly("FRA", "POL");
  }
}
