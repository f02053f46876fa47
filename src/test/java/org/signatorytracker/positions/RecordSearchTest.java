package org.signatorytracker.positions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.retract;
import static org.signatorytracker.TestApi.uniqueKey;
import static org.signatorytracker.TestApi.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Records across statements, found by hand:
 *
 * <pre>
 * issue key: letters a (2019-07) and b (2020-10); letter c in another issue
 *
 * a  QAT SIGNED 2019-07-12, QAT WITHDREW 2019-08-20 (CONFIRMED)
 * a  EGY SIGNED 2019-07-12, EGY WITHDREW 2019-08-01 (REPORTED), EGY SIGNED 2019-09-10
 * a  PAK WITHDREW 2019-09-01, retracted (a mistake)
 * b  QAT SIGNED 2020-10-06, CUB WITHDREW 2020-11 (DISPUTED)
 * c  FRA WITHDREW 2020-01-01
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordSearchTest {

  private boolean constructed;
  String issue;
  String a;
  String b;
  String c;

  @BeforeEach
  void construct() {
    if (constructed) {
      return;
    }
    constructed = true;
    issue = uniqueKey("searched");
    a = createStatement("a", "LETTER", Map.of("issue", issue, "date", "2019-07-12"));
    b = createStatement("b", "LETTER", Map.of("issue", issue, "date", "2020-10-06"));
    c = createStatement("c", "LETTER", Map.of("issue", uniqueKey("elsewhere"), "date", "2020"));
    record(a, "Qatar", "SIGNED", "2019-07-12");
    record(a, with(position("Qatar", "WITHDREW", "2019-08-20"), "confidence", "CONFIRMED"));
    record(a, "Egypt", "SIGNED", "2019-07-12");
    record(a, "Egypt", "WITHDREW", "2019-08-01");
    record(a, "Egypt", "SIGNED", "2019-09-10");
    retract(record(a, "Pakistan", "WITHDREW", "2019-09-01"), "Pakistan never withdrew.");
    record(b, "Qatar", "SIGNED", "2020-10-06");
    record(b, with(position("Cuba", "WITHDREW", "2020-11"), "confidence", "DISPUTED"));
    record(c, "France", "WITHDREW", "2020-01-01");
  }

  private JsonPath search(String... params) {
    String[] all = java.util.Arrays.copyOf(params, params.length + 2);
    all[params.length] = "size";
    all[params.length + 1] = "100";
    return report("/api/positions", all);
  }

  @Test
  void everyWithdrawalOfAnIssueInOneCall() {
    JsonPath withdrawals = search("issue", issue, "action", "WITHDREW");
    assertThat(withdrawals.getList("items.state.iso3")).containsExactly("EGY", "QAT", "CUB");
    assertThat(withdrawals.getList("items.statement")).containsExactly(a, a, b);
    assertThat(withdrawals.getInt("totalItems")).isEqualTo(3);
    // with the retracted one, marked
    JsonPath all = search("issue", issue, "action", "WITHDREW", "includeRetracted", "true");
    assertThat(all.getList("items.state.iso3")).containsExactly("EGY", "QAT", "PAK", "CUB");
    assertThat(all.getString("items[2].retraction.reason")).isEqualTo("Pakistan never withdrew.");
  }

  @Test
  void filtersNarrowTogether() {
    assertThat(search("issue", issue, "state", "Qatar").getList("items.action"))
        .containsExactly("SIGNED", "WITHDREW", "SIGNED");
    assertThat(
            search("statement", a, "state", "QAT", "action", "signed,withdrew")
                .getList("items.action"))
        .containsExactly("SIGNED", "WITHDREW");
    assertThat(search("issue", issue, "minConfidence", "CONFIRMED").getList("items.state.iso3"))
        .containsExactly("QAT");
    assertThat(
            search("issue", issue, "action", "WITHDREW", "minConfidence", "DISPUTED")
                .getList("items.state.iso3"))
        .containsExactly("EGY", "QAT", "CUB");
    // from and to bound the day a record counts from: 2020-11 counts from 2020-11-30
    assertThat(
            search("action", "WITHDREW", "from", "2020", "to", "2020-11-29", "state", "CUB")
                .getList("items"))
        .isEmpty();
    assertThat(
            search("issue", issue, "from", "2019-08", "to", "2019-08").getList("items.state.iso3"))
        .containsExactly("EGY", "QAT");
    assertThat(
            search("state", "FRA", "action", "WITHDREW", "from", "2020-01-01", "to", "2020-01-01")
                .getList("items.statement"))
        .contains(c);
  }

  @Test
  void asCsvWithTheStatementAndSourcesOfEachRecord() {
    String csv =
        given()
            .accept("text/csv")
            .queryParam("issue", issue)
            .queryParam("action", "WITHDREW")
            .get("/api/positions")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("id,statement,");
    assertThat(lines.get(1)).contains(a, "EGY", "WITHDREW");
  }

  @Test
  void unknownFiltersAreNamed() {
    given()
        .queryParam("statement", "no-such-statement-here")
        .get("/api/positions")
        .then()
        .statusCode(404)
        .body("errors[0].field", equalTo("statement"));
    given()
        .queryParam("state", "Atlantis")
        .get("/api/positions")
        .then()
        .statusCode(404)
        .body("errors[0].field", equalTo("state"));
    given()
        .queryParam("action", "SIGNED,LEFT")
        .get("/api/positions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("action"));
    given()
        .queryParam("from", "2019-13")
        .get("/api/positions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
  }
}
