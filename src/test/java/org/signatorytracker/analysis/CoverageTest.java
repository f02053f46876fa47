package org.signatorytracker.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.retract;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How complete each list of names is, against the count the sources report. */
@QuarkusTest
class CoverageTest {

  private String statement(String issue, String base, Integer reported) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("issue", issue);
    fields.put("date", "2020-01-01");
    if (reported != null) {
      fields.put("reportedCount", reported);
      fields.put("sources", List.of(Map.of("url", "https://example.org/" + base)));
    }
    return createStatement(base, "LETTER", fields);
  }

  @Test
  void everyStatementSaysHowCompleteItsListIs() {
    String issue = uniqueKey("coverage");
    String a = statement(issue, "cov-a", 10);
    String b = statement(issue, "cov-b", 2);
    String c = statement(issue, "cov-c", null);
    String d = statement(issue, "cov-d", 5);
    String e = statement(issue, "cov-e", null);
    record(a, "FRA", "SIGNED", "2020-01-01");
    record(a, "DEU", "SIGNED", "2020-01-01");
    record(a, "ITA", "SIGNED", "2020-03-01");
    record(a, "ITA", "WITHDREW", "2020-04-01");
    record(b, "FRA", "SIGNED", "2020-01-01");
    record(b, "ESP", "SIGNED", "2020-01-01");
    record(c, "PRT", "SIGNED", "2020-01-01");
    retract(record(e, "AUT", "SIGNED", "2020-01-01"), "Wrong letter");

    // named counts every state with a standing record, whatever its date
    JsonPath early = report("/api/statements/" + a + "/count", "asOf", "2020-02-01");
    assertThat(early.getInt("named")).isEqualTo(3);
    assertThat(early.getInt("counts.SIGNED")).isEqualTo(2);
    assertThat(early.getInt("reportedCount")).isEqualTo(10);
    assertThat(early.getString("listStatus")).isEqualTo("PARTIAL");
    assertThat(report("/api/statements/" + b + "/count").getString("listStatus"))
        .isEqualTo("COMPLETE");
    assertThat(report("/api/statements/" + c + "/count").getString("listStatus"))
        .isEqualTo("UNKNOWN");
    JsonPath nobody = report("/api/statements/" + d + "/count");
    assertThat(nobody.getString("listStatus")).isEqualTo("NONE");
    assertThat(nobody.getMap("")).containsEntry("counts", null);
    assertThat(nobody.getInt("reportedCount")).isEqualTo(5);
    assertThat(report("/api/statements/" + e + "/count").getString("listStatus")).isEqualTo("NONE");
    String csv =
        given()
            .accept("text/csv")
            .get("/api/statements/{key}/count", d)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .contains(
            ",reported_count,reported_bound,reported_count_to,disputed,named,list_status,"
                + "list_status_declared,standing_on_claim_date,list_share,");
    assertThat(lines.get(1)).contains(",5,EXACT,,false,0,NONE,false,0,0.0,");

    JsonPath coverage = report("/api/coverage", "issue", issue, "asOf", "2020-12-31");
    assertThat(coverage.getList("statements.key")).containsExactly(d, a, b, c, e);
    assertThat(coverage.getList("statements.named")).containsExactly(0, 3, 2, 1, 0);
    assertThat(coverage.getList("statements.listStatus"))
        .containsExactly("NONE", "PARTIAL", "COMPLETE", "UNKNOWN", "NONE");
    assertThat(coverage.getList("statements.shareNamed", Float.class))
        .containsExactly(0.0f, 0.3f, 1.0f, null, null);
    // before the letters were dated, no count had been claimed
    assertThat(
            report("/api/coverage", "issue", issue, "asOf", "2019-12-31")
                .getList("statements.reportedCount"))
        .containsOnlyNulls();
  }

  @Test
  void theListComparesTheStatesStandingOnTheClaimsDateWithItsCount() {
    String issue = uniqueKey("like-with-like");
    // the final list reports 2 on 1 January: France and Germany; Italy had withdrawn by then
    String letter = statement(issue, "final-list", 2);
    record(letter, "FRA", "SIGNED", "2019-12-01");
    record(letter, "DEU", "SIGNED", "2019-12-01");
    record(letter, "ITA", "SIGNED", "2019-12-01");
    record(letter, "ITA", "WITHDREW", "2019-12-15");
    // Spain joined after the list was published
    record(letter, "ESP", "SIGNED", "2020-02-01");

    JsonPath count = report("/api/statements/" + letter + "/count", "asOf", "2020-03-01");
    assertThat(count.getInt("named")).isEqualTo(4);
    assertThat(count.getInt("counts.SIGNED")).isEqualTo(3);
    assertThat(count.getInt("standingOnClaimDate")).isEqualTo(2);
    assertThat(count.getDouble("share")).isEqualTo(1.0);
    assertThat(count.getString("listStatus")).isEqualTo("COMPLETE");

    // three reported on that day, two standing: partial, whatever joined later
    String partial = statement(issue, "partial-list", 3);
    record(partial, "FRA", "SIGNED", "2019-12-01");
    record(partial, "DEU", "SIGNED", "2019-12-01");
    record(partial, "ESP", "SIGNED", "2020-02-01");
    record(partial, "PRT", "SIGNED", "2020-02-01");
    JsonPath later = report("/api/statements/" + partial + "/count", "asOf", "2020-03-01");
    assertThat(later.getInt("counts.SIGNED")).isEqualTo(4);
    assertThat(later.getString("listStatus")).isEqualTo("PARTIAL");
    assertThat(later.getDouble("share")).isEqualTo(0.6667);

    JsonPath coverage = report("/api/coverage", "issue", issue, "asOf", "2020-03-01");
    // the least complete first
    assertThat(coverage.getList("statements.key")).containsExactly(partial, letter);
    assertThat(coverage.getList("statements.named")).containsExactly(4, 4);
    assertThat(coverage.getList("statements.standingOnClaimDate")).containsExactly(2, 2);
    assertThat(coverage.getList("statements.share", Double.class)).containsExactly(0.6667, 1.0);
    assertThat(coverage.getList("statements.shareNamed", Double.class))
        .containsExactly(1.3333, 2.0);
    assertThat(coverage.getList("statements.listStatus")).containsExactly("PARTIAL", "COMPLETE");
  }
}
