package org.signatorytracker.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.Test;

/** A side whose statements only have reported counts says so, and never shows as 0. */
@QuarkusTest
class BalanceListsTest {

  private static String statement(
      String issue, String kind, String session, Map<String, Object> sides, Integer reported) {
    Map<String, Object> fields = new HashMap<>(sides);
    fields.put("issue", issue);
    fields.put("session", session);
    fields.put("date", "2022-06-14");
    fields.put("sources", List.of(Map.of("url", "https://example.org/" + session)));
    if (reported != null) {
      fields.put("reportedCount", reported);
    }
    return createStatement("balance-lists", kind, fields);
  }

  @Test
  void eachSideSaysHowFarItsStatementsListsGo() {
    String issue = uniqueKey("listed");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Listed", "sides", List.of("critical", "supportive")))
        .put("/api/issues/{issue}", issue)
        .then()
        .statusCode(201);
    // critical: a letter naming 2 of 47 reported
    String critical = statement(issue, "LETTER", "HRC50", Map.of("side", "critical"), 47);
    record(critical, "France", "SIGNED", "2022-06-14");
    record(critical, "Germany", "SIGNED", "2022-06-14");
    // supportive: a letter whose count alone is known, and one whose count was never reported
    String counted = statement(issue, "LETTER", "HRC50", Map.of("side", "supportive"), 55);
    String silent = statement(issue, "LETTER", "HRC51", Map.of("side", "supportive"), null);

    JsonPath balance = report("/api/issues/" + issue + "/balance", "asOf", "2022-12-31");
    assertThat(balance.getInt("sides.critical.count")).isEqualTo(2);
    assertThat(balance.getInt("sides.critical.statements")).isEqualTo(1);
    assertThat(balance.getInt("sides.critical.withoutList")).isZero();
    assertThat(balance.getInt("sides.critical.partial")).isEqualTo(1);
    assertThat(balance.getInt("sides.supportive.count")).isZero();
    assertThat(balance.getInt("sides.supportive.statements")).isEqualTo(2);
    assertThat(balance.getInt("sides.supportive.withoutList")).isEqualTo(2);
    assertThat(balance.getInt("sides.supportive.partial")).isZero();
    assertThat(balance.getList("sides.supportive.unlisted.statement"))
        .containsExactlyInAnyOrder(counted, silent);
    assertThat(
            balance.getInt(
                "sides.supportive.unlisted.find { it.statement == '"
                    + counted
                    + "' }.reportedCount"))
        .isEqualTo(55);
    // abstain and both have no statements of their own
    assertThat(balance.getMap("abstain")).doesNotContainKeys("statements", "withoutList");

    String page =
        given()
            .get("/issues/{issue}?asOf=2022-12-31", issue)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("id=\"balance-supportive\">no lists; 55 reported<")
        .contains("id=\"balance-critical\">2 <span class=\"muted\">(named; 1 partial list)</span>");
  }
}
