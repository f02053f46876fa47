package org.signatorytracker.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
 * Who switched and who crossed, counted by hand; the period runs from 2019-08-01 to 2021-12-31:
 *
 * <pre>
 * s1 supportive letter, session S1, 2019-07-12
 * c2 critical letter,   session S2, 2020-10-06
 * s3 supportive letter, session S3, 2021-06-01
 *
 * SOM  signs s1, c2, s3      supportive, critical, supportive again: the same at both ends,
 *                            so no switcher; it crossed
 * EGY  signs s1, c2          supportive, then critical: SWITCHED, and crossed
 * FRA  signs c2              none, then critical: JOINED
 * QAT  signs s1, withdraws   supportive, then none (2019-09-01): LEFT
 *      2019-09-01
 * PAK  signs s1, withdraws   supportive at both ends: neither
 *      2019-09-01, signs
 *      again 2019-10-01
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossingsTest {

  private boolean constructed;
  String issue;
  String s1;
  String c2;
  Map<String, Long> ids = new HashMap<>();

  @BeforeEach
  void construct() {
    if (constructed) {
      return;
    }
    constructed = true;
    issue = uniqueKey("crossing");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Crossing", "sides", List.of("critical", "supportive")))
        .put("/api/issues/{issue}", issue)
        .then()
        .statusCode(201);
    s1 = letter("s1", "S1", "2019-07-12", "supportive");
    c2 = letter("c2", "S2", "2020-10-06", "critical");
    String s3 = letter("s3", "S3", "2021-06-01", "supportive");
    ids.put("SOM-s1", record(s1, "Somalia", "SIGNED", "2019-07-12"));
    ids.put("SOM-c2", record(c2, "Somalia", "SIGNED", "2020-10-06"));
    ids.put("SOM-s3", record(s3, "Somalia", "SIGNED", "2021-06-01"));
    ids.put("EGY-s1", record(s1, "Egypt", "SIGNED", "2019-07-12"));
    ids.put("EGY-c2", record(c2, "Egypt", "SIGNED", "2020-10-06"));
    record(c2, "France", "SIGNED", "2020-10-06");
    record(s1, "Qatar", "SIGNED", "2019-07-12");
    record(s1, "Qatar", "WITHDREW", "2019-09-01");
    record(s1, "Pakistan", "SIGNED", "2019-07-12");
    record(s1, "Pakistan", "WITHDREW", "2019-09-01");
    record(s1, "Pakistan", "SIGNED", "2019-10-01");
  }

  private String letter(String base, String session, String date, String side) {
    return createStatement(
        base, "LETTER", Map.of("issue", issue, "session", session, "date", date, "side", side));
  }

  private JsonPath switchers(String... more) {
    List<String> params =
        new java.util.ArrayList<>(List.of("from", "2019-08-01", "to", "2021-12-31"));
    params.addAll(List.of(more));
    return report("/api/issues/" + issue + "/switchers", params.toArray(String[]::new));
  }

  @Test
  void eachSwitcherSaysWhatChangedAndRealSwitchesComeFirst() {
    JsonPath all = switchers();
    assertThat(all.getList("switchers.iso3")).containsExactly("EGY", "FRA", "QAT");
    assertThat(all.getList("switchers.change")).containsExactly("SWITCHED", "JOINED", "LEFT");
    assertThat(all.getList("switchers.fromSide")).containsExactly("supportive", null, "supportive");
    assertThat(all.getList("switchers.toSide")).containsExactly("critical", "critical", null);

    assertThat(switchers("change", "SWITCHED").getList("switchers.iso3")).containsExactly("EGY");
    assertThat(switchers("change", "joined,LEFT").getList("switchers.iso3"))
        .containsExactly("FRA", "QAT");
    given()
        .queryParam("from", "2019-08-01")
        .queryParam("change", "CROSSED")
        .get("/api/issues/{issue}/switchers", issue)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("change"));
  }

  @Test
  void aStateThatCrossedAndCameBackIsFoundThoughBothEndsAgree() {
    JsonPath crossed =
        report("/api/issues/" + issue + "/crossed", "from", "2019-08-01", "to", "2021-12-31");
    assertThat(crossed.getList("states.iso3")).containsExactly("EGY", "SOM");
    assertThat(crossed.getList("states[1].sides")).containsExactly("supportive", "critical");
    assertThat(crossed.getList("states[1].held.side"))
        .containsExactly("supportive", "critical", "supportive");
    // the first stance was held before the period began
    assertThat(crossed.getList("states[1].held.since"))
        .containsExactly("2019-07-12", "2020-10-06", "2021-06-01");
    assertThat(crossed.getList("states[1].held.records.flatten()", Long.class))
        .containsExactly(ids.get("SOM-s1"), ids.get("SOM-c2"), ids.get("SOM-s3"));
    assertThat(crossed.getList("states[0].held.records.flatten()", Long.class))
        .containsExactly(ids.get("EGY-s1"), ids.get("EGY-c2"));

    // from after its return, Somalia held one side only; before c2, nobody crossed yet
    assertThat(
            report("/api/issues/" + issue + "/crossed", "from", "2021-07-01", "to", "2021-12-31")
                .getList("states.iso3"))
        .isEmpty();
    assertThat(
            report("/api/issues/" + issue + "/crossed", "from", "2019-08-01", "to", "2020-10-05")
                .getList("states.iso3"))
        .isEmpty();
    String csv =
        given()
            .accept("text/csv")
            .queryParam("from", "2019-08-01")
            .queryParam("to", "2021-12-31")
            .get("/api/issues/{issue}/crossed", issue)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    // one row per stance: 2 for Egypt, 3 for Somalia
    assertThat(csv.lines().count()).isEqualTo(6);
    assertThat(csv.lines().findFirst().orElseThrow())
        .endsWith("from,iso3,name,sides,side,since,occasion,records");
  }

  @Test
  void everMeansStoodOnItAtSomeTimeUpToTheDate() {
    // Qatar signed and withdrew; Pakistan withdrew and signed again
    assertThat(report("/api/query", "all", s1, "asOf", "2021-12-31").getList("states.iso3"))
        .containsExactlyInAnyOrder("SOM", "EGY", "PAK");
    JsonPath ever = report("/api/query", "all", s1, "asOf", "2021-12-31", "ever", "true");
    assertThat(ever.getList("states.iso3")).containsExactlyInAnyOrder("SOM", "EGY", "PAK", "QAT");
    assertThat(ever.getBoolean("ever")).isTrue();
    // from bounds the period: Qatar had withdrawn by then, Pakistan signed again within it
    assertThat(
            report(
                    "/api/query",
                    "all",
                    s1,
                    "asOf",
                    "2021-12-31",
                    "ever",
                    "true",
                    "from",
                    "2019-09-02")
                .getList("states.iso3"))
        .containsExactlyInAnyOrder("SOM", "EGY", "PAK");
    // before anyone signed, nobody
    assertThat(
            report("/api/query", "all", s1, "asOf", "2019-07-11", "ever", "true").getList("states"))
        .isEmpty();

    JsonPath compared =
        report("/api/compare", "a", s1, "b", c2, "asOf", "2021-12-31", "ever", "true");
    assertThat(compared.getList("both")).containsExactlyInAnyOrder("SOM", "EGY");
    assertThat(compared.getList("onlyA")).containsExactlyInAnyOrder("PAK", "QAT");
    assertThat(compared.getList("onlyB")).containsExactly("FRA");

    JsonPath matrix = report("/api/matrix", "issue", issue, "asOf", "2021-12-31", "ever", "true");
    List<String> columns = matrix.getList("statements");
    int column = columns.indexOf(s1);
    Map<String, List<String>> paths = new HashMap<>();
    List<Map<String, Object>> rows = matrix.getList("states");
    for (Map<String, Object> row : rows) {
      @SuppressWarnings("unchecked")
      List<String> ever2 = (List<String>) row.get("ever");
      paths.put((String) row.get("iso3"), ever2);
    }
    assertThat(paths.get("QAT").get(column)).isEqualTo("SIGNED→WITHDREW");
    assertThat(paths.get("PAK").get(column)).isEqualTo("SIGNED→WITHDREW→SIGNED");
    assertThat(paths.get("SOM").get(column)).isEqualTo("SIGNED");
    assertThat(paths.get("FRA").get(column)).isNull();

    given()
        .queryParam("all", s1)
        .queryParam("from", "2019-09-02")
        .get("/api/query")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
  }

  @Test
  void searchFindsTheStatementsAStateNamedInTheQueryHasARecordOn() {
    // Somalia signed all three; France only c2; "2019" narrows to s1
    assertThat(keys("Somalia " + issue)).hasSize(3);
    assertThat(keys("France " + issue)).containsExactly(c2);
    assertThat(keys("somalia 2019 " + issue)).containsExactly(s1);
    // Qatar withdrew from s1, but its records are still on it
    assertThat(keys("QAT " + issue)).containsExactly(s1);
    // two letters are not ISO codes
    assertThat(keys("no " + issue)).isEmpty();
  }

  private List<String> keys(String q) {
    return given()
        .queryParam("q", q)
        .queryParam("size", 100)
        .get("/api/statements")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.key");
  }
}
