package org.signatorytracker.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.TestApi.count;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.exportedPositions;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.signatories;
import static org.signatorytracker.TestApi.signatoryCodes;
import static org.signatorytracker.TestApi.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A position whose sources give no date of taking effect: it counts from what bounds it (its
 * reported date, or the day it was recorded), and every answer says its date is not known.
 */
@QuarkusTest
class UnknownDatesTest {

  @Test
  void withAReportedDateItCountsFromThatDay() {
    String key = createLetter("annex-only");
    record(key, "Cuba", "SIGNED", "2019-07-12");
    long annexed = record(key, with(position("Yemen", "SIGNED", null), "reported", "2019-10-01"));

    assertThat(signatoryCodes(key, "asOf", "2019-09-30")).containsExactly("CUB");
    JsonPath october = signatories(key, "asOf", "2019-10-01");
    assertThat(october.getList("states.iso3")).containsExactly("CUB", "YEM");
    assertThat(october.getString("states.find { it.iso3 == 'YEM' }.since"))
        .isEqualTo("../2019-10-01");
    assertThat(october.getBoolean("states.find { it.iso3 == 'YEM' }.dateUnknown")).isTrue();
    // a dated signatory carries no mark at all
    assertThat(october.getMap("states.find { it.iso3 == 'CUB' }")).doesNotContainKey("dateUnknown");
    assertThat(count(key, "asOf", "2019-10-01").getInt("counts.SIGNED")).isEqualTo(2);

    JsonPath view = recordView(annexed);
    assertThat(view.getString("date")).isNull();
    assertThat(view.getBoolean("dateUnknown")).isTrue();
    assertThat(view.getString("countsFrom")).isEqualTo("2019-10-01");
    assertThat(view.getString("reported")).isEqualTo("2019-10-01");

    // the timeline's step is approximate; the dated one is not
    List<Map<String, Object>> timeline =
        report("/api/statements/" + key + "/timeline").getList("entries");
    assertThat(timeline)
        .extracting(e -> e.get("date"), e -> e.get("approximate"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2019-07-12", false),
            org.assertj.core.groups.Tuple.tuple("2019-10-01", true));
  }

  @Test
  void withNeitherDateItIsKnownAndCountsFromTheDayItWasRecorded() {
    String key = createLetter("no-dates");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    long id = record(key, position("Mali", "SIGNED", null));

    JsonPath view = recordView(id);
    assertThat(view.getString("date")).isNull();
    assertThat(view.getString("reported")).isNull();
    assertThat(view.getString("countsFrom")).isEqualTo(today.toString());

    String yesterday = today.minusDays(1).toString();
    assertThat(signatoryCodes(key, "asOf", yesterday)).isEmpty();
    assertThat(signatoryCodes(key, "asOf", today.toString())).containsExactly("MLI");
    // not known before it was recorded
    assertThat(signatoryCodes(key, "asOf", today.toString(), "knownBy", yesterday)).isEmpty();
    assertThat(signatories(key).getString("states[0].since")).isEqualTo("../" + today);
  }

  @Test
  void aLaterDatedRecordStillDecidesAfterAnUndatedOne() {
    String key = createLetter("undated-then-withdrew");
    record(key, with(position("Qatar", "SIGNED", null), "reported", "2019-07-20"));
    record(key, "Qatar", "WITHDREW", "2019-08-21");

    assertThat(signatoryCodes(key, "asOf", "2019-07-19")).isEmpty();
    assertThat(signatoryCodes(key, "asOf", "2019-07-20")).containsExactly("QAT");
    assertThat(signatoryCodes(key, "asOf", "2019-08-21")).isEmpty();
  }

  @Test
  void anExportWritesTheDatesEmpty() {
    String key = createLetter("undated-export");
    record(key, with(position("Chad", "SIGNED", null), "reported", "2020-03"));
    record(key, position("Togo", "SIGNED", null));
    Map<String, Map<String, String>> rows = exportedPositions(key);
    assertThat(rows.get("TCD")).containsEntry("date", "").containsEntry("reported", "2020-03");
    assertThat(rows.get("TGO")).containsEntry("date", "").containsEntry("reported", "");
  }

  @Test
  void anUndatedRowImportsAndImportsAgainAsTheSameRecord() {
    String key = createLetter("undated-import");
    String csv =
        "statement,state,action,date,reported,source_url\n"
            + key
            + ",Chad,SIGNED,,2020-03-15,https://example.org/annex\n"
            + key
            + ",Togo,SIGNED,,,https://example.org/annex\n";
    for (int round = 0; round < 2; round++) {
      given()
          .contentType("text/csv")
          .body(csv)
          .post("/api/import/positions")
          .then()
          .statusCode(200);
    }
    assertThat(
            report("/api/statements/" + key + "/positions")
                .getList("items.state.iso3", String.class))
        .hasSize(2);
    assertThat(signatoryCodes(key, "asOf", "2020-03-15")).containsExactly("TCD");
  }

  private static JsonPath recordView(long id) {
    return given().get("/api/positions/{id}", id).then().statusCode(200).extract().jsonPath();
  }
}
