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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issues and group memberships as recorded: an earlier answer can be given again exactly. */
@QuarkusTest
class AsRecordedAnalysisTest {

  @Test
  void aBalanceAsRecordedSeesTheSidesAndTheMembersOfThatTime() {
    String issue = uniqueKey("recorded-issue");
    String group = uniqueKey("recorded-group");
    putIssue(issue, List.of("pro", "con"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("key", group, "name", "Recorded", "kind", "other"))
        .post("/api/groups")
        .then()
        .statusCode(201);
    putMembers(group, List.of(Map.of("state", "PAK", "start", "2000")));
    String letter =
        createStatement(
            "recorded-letter",
            "LETTER",
            Map.of("issue", issue, "date", "2020-01-01", "side", "pro"));
    record(letter, "PAK", "SIGNED", "2020-01-01");
    record(letter, "EGY", "SIGNED", "2020-01-01");

    String by = "groups:" + group;
    JsonPath then = report("/api/issues/" + issue + "/balance", "by", by);
    String revision = then.getString("recordedThroughRevision");
    assertThat(then.getMap("sides").keySet()).containsExactly("pro", "con");
    assertThat(then.getInt("sides.pro.byGroup." + group + ".members")).isEqualTo(1);

    putIssue(issue, List.of("pro", "con", "neutral"));
    putMembers(
        group,
        List.of(Map.of("state", "PAK", "start", "2000"), Map.of("state", "EGY", "start", "2000")));

    JsonPath now = report("/api/issues/" + issue + "/balance", "by", by);
    assertThat(now.getMap("sides").keySet()).containsExactly("pro", "con", "neutral");
    assertThat(now.getInt("sides.pro.byGroup." + group + ".members")).isEqualTo(2);
    assertThat(now.getInt("sides.pro.byGroup." + group + ".count")).isEqualTo(2);

    JsonPath again = report("/api/issues/" + issue + "/balance", "by", by, "asRecorded", revision);
    assertThat(again.getMap("sides").keySet()).containsExactly("pro", "con");
    assertThat(again.getInt("sides.pro.byGroup." + group + ".members")).isEqualTo(1);
    assertThat(again.getInt("sides.pro.byGroup." + group + ".count")).isEqualTo(1);
    assertThat(again.getString("recordedThroughRevision")).isEqualTo(revision);
    assertThat(
            report("/api/statements/" + letter + "/count", "by", by, "asRecorded", revision)
                .getInt("byGroup." + group + ".members"))
        .isEqualTo(1);
    // the group's own page keeps today's members; its history keeps both lists
    assertThat(report("/api/groups/" + group + "/history").getList("action"))
        .containsExactly("group.created", "group.members.replaced", "group.members.replaced");
  }

  private static void putIssue(String issue, List<String> sides) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "Recorded", "sides", sides))
        .put("/api/issues/{issue}", issue)
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
  }

  private static void putMembers(String group, List<Map<String, Object>> members) {
    given()
        .contentType(ContentType.JSON)
        .body(members)
        .put("/api/groups/{key}/members", group)
        .then()
        .statusCode(200);
  }
}
