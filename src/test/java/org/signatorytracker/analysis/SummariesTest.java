package org.signatorytracker.analysis;

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
import org.junit.jupiter.api.Test;

/**
 * A letter's records counted by hand:
 *
 * <pre>
 * QAT SIGNED 2019-07-12 (REPORTED, OTHER), WITHDREW 2019-08-20 (CONFIRMED, OFFICIAL + PRESS)
 * EGY SIGNED 2019-07-12 (REPORTED, OTHER)
 * PAK SIGNED 2019-07 (CONFIRMED, OFFICIAL)
 * CUB SIGNED 2019-07-15, retracted
 * claimed count 4 on the letter's date, 2019-07-12
 *
 * records 4 (SIGNED 3, WITHDREW 1; CONFIRMED 2, REPORTED 2; OTHER 2, OFFICIAL 2, PRESS 1),
 * retracted 1, first 2019-07-12, last 2019-08-20 (PAK's 2019-07 counts from 2019-07-31);
 * named 3 (QAT's withdrawal is not a standing record: EGY, PAK and QAT's signature → 3),
 * standing on 2019-09-01: EGY, PAK → 2; on 2019-07-20: EGY, QAT → 2
 * </pre>
 */
@QuarkusTest
class SummariesTest {

  @Test
  void aStatementsRecordsAddUpByActionConfidenceAndSourceKind() {
    String issue = uniqueKey("summed");
    String letter =
        createStatement(
            "summed",
            "LETTER",
            Map.of(
                "issue",
                issue,
                "date",
                "2019-07-12",
                "reportedCount",
                4,
                "sources",
                List.of(Map.of("url", "https://example.org/letter"))));
    String empty = createStatement("empty", "LETTER", Map.of("issue", issue, "date", "2020"));
    record(letter, "Qatar", "SIGNED", "2019-07-12");
    record(
        letter,
        with(
            with(position("Qatar", "WITHDREW", "2019-08-20"), "confidence", "CONFIRMED"),
            "sources",
            List.of(
                Map.of("url", "https://un.example/a", "kind", "OFFICIAL"),
                Map.of("url", "https://press.example/b", "kind", "PRESS"))));
    record(letter, "Egypt", "SIGNED", "2019-07-12");
    record(
        letter,
        with(
            with(position("Pakistan", "SIGNED", "2019-07"), "confidence", "CONFIRMED"),
            "sources",
            List.of(Map.of("url", "https://un.example/c", "kind", "OFFICIAL"))));
    retract(record(letter, "Cuba", "SIGNED", "2019-07-15"), "Cuba signed the other letter.");

    JsonPath one = report("/api/statements/" + letter + "/summary", "asOf", "2019-09-01");
    assertThat(one.getList("statements")).hasSize(1);
    Map<String, Object> s = one.getMap("statements[0]");
    assertThat(s).containsEntry("records", 4).containsEntry("retracted", 1);
    assertThat(one.getMap("statements[0].byAction")).isEqualTo(Map.of("SIGNED", 3, "WITHDREW", 1));
    assertThat(one.getMap("statements[0].byConfidence"))
        .isEqualTo(Map.of("CONFIRMED", 2, "REPORTED", 2));
    assertThat(one.getMap("statements[0].bySourceKind"))
        .isEqualTo(Map.of("OTHER", 2, "OFFICIAL", 2, "PRESS", 1));
    assertThat(s)
        .containsEntry("firstRecord", "2019-07-12")
        .containsEntry("lastRecord", "2019-08-20")
        .containsEntry("named", 3)
        .containsEntry("standing", 2)
        .containsEntry("reportedCount", 4);
    assertThat(
            report("/api/statements/" + letter + "/summary", "asOf", "2019-07-20")
                .getInt("statements[0].standing"))
        .isEqualTo(2);

    JsonPath all = report("/api/summaries", "issue", issue, "asOf", "2019-09-01");
    assertThat(all.getList("statements.key")).containsExactly(letter, empty);
    assertThat(all.getInt("statements[1].records")).isZero();
    assertThat(all.getString("statements[1].firstRecord")).isNull();
    assertThat(all.getString("statements[1].listStatus")).isEqualTo("NONE");

    String csv =
        given()
            .accept("text/csv")
            .queryParam("issue", issue)
            .queryParam("asOf", "2019-09-01")
            .get("/api/summaries")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .contains(
            "key,title,kind,date,records,retracted,signed,withdrew,yes,no,abstain,not_voting,"
                + "confirmed,reported,disputed,source_official,source_press,source_anonymous,"
                + "source_other,first_record,last_record,named,standing,reported_count,"
                + "reported_bound,reported_count_to,list_status");
    assertThat(lines.get(1))
        .contains(",4,1,3,1,0,0,0,0,2,2,0,2,1,0,2,2019-07-12,2019-08-20,3,2,4,");

    given()
        .get("/api/statements/{key}/summary", "no-such-letter-anywhere")
        .then()
        .statusCode(404)
        .body("errors[0].field", equalTo("key"));
  }
}
