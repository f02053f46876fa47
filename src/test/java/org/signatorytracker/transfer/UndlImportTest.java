package org.signatorytracker.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.UndlFiles.HEADER;
import static org.signatorytracker.UndlFiles.row;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;
import org.signatorytracker.TestData;

/**
 * The UN Digital Library's voting data, imported as published: files generated here in its
 * version-3 format (no row of the real file is shipped: its licence allows non-commercial use
 * only), with its quirks: names in capitals, sessions as text, totals as decimals, a title over two
 * lines, states of the past under codes the reference table does not use.
 */
@QuarkusTest
class UndlImportTest {

  @Inject TransferConfig config;

  static JsonPath post(String csv, int status) {
    return given()
        .contentType("text/csv")
        .body(csv)
        .post("/api/import/undl")
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  @Test
  void importsEachResolutionAsAVoteAndEachRowAsAPositionOnce() {
    String session = String.valueOf(500 + (int) (Math.random() * 400));
    String symbol = "A/RES/" + session + "/10";
    String key = "a-res-" + session + "-10";
    String old = "A/RES/ES-" + session + "/1";
    String oldKey = "a-res-es-" + session + "-1";
    String title = "\"Protection of civilians, and\nupholding obligations : resolution\"";
    String csv =
        HEADER
            + row("9001", "AFG", "AFGHANISTAN", "Y", "2019-11-08", session, symbol, title)
            + row("9001", "ALB", "ALBANIA", "N", "2019-11-08", session, symbol, title)
            + row("9001", "DZA", "ALGERIA", "A", "2019-11-08", session, symbol, title)
            + row("9001", "AND", "ANDORRA", "X", "2019-11-08", session, symbol, title)
            + row("9002", "USR", "USSR", "N", "1985-12-13", "ES-" + session, old, "Old vote")
            + row(
                "9002",
                "XYZ",
                "GERMAN DEMOCRATIC REPUBLIC",
                "NV",
                "1985-12-13",
                "ES-" + session,
                old,
                "Old vote")
            + row("9002", "FRA", "FRANCE", "Y", "1985-12-13", "ES-" + session, old, "Old vote")
            // the SFRY's seat, counted until 2000 but held by no state: no position
            + row("9001", "YUG", "YUGOSLAVIA", "X", "2019-11-08", session, symbol, title);
    JsonPath report = post(csv, 200);
    assertThat(report.getList("statements.createdKeys", String.class))
        .containsExactlyInAnyOrder(key, oldKey);
    assertThat(report.getLong("positions.created")).isEqualTo(7);
    assertThat(report.getList("warnings", String.class))
        .containsExactly(
            "1 non-votes of states of the past dated after they ended were left out: the UN"
                + " counted their seat (the SFRY's until 2000), but no state held a position");

    JsonPath vote = given().get("/api/statements/{key}", key).then().extract().jsonPath();
    assertThat(vote.getString("kind")).isEqualTo("VOTE");
    assertThat(vote.getString("title"))
        .isEqualTo("Protection of civilians, and\nupholding obligations : resolution");
    assertThat(vote.getString("session")).isEqualTo(session);
    assertThat(vote.getString("date")).isEqualTo("2019-11-08");
    assertThat(vote.getString("outcome.result")).isEqualTo("ADOPTED");
    assertThat(vote.getString("summary")).startsWith(symbol + "; draft A/" + session + "/L.1");
    assertThat(vote.getString("sources[0].url"))
        .isEqualTo("https://digitallibrary.un.org/record/9001");
    JsonPath count = TestApi.count(key, "asOf", "2019-11-08");
    assertThat(count.getMap("counts"))
        .isEqualTo(Map.of("YES", 1, "NO", 1, "ABSTAIN", 1, "NOT_VOTING", 1));
    assertThat(TestApi.signatoryCodes(oldKey, "asOf", "1985-12-13"))
        .containsExactlyInAnyOrder("SUN", "DDR", "FRA");

    // the same file again changes nothing
    JsonPath again = post(csv, 200);
    assertThat(again.getLong("imported")).isZero();
    assertThat(again.getLong("positions.created")).isZero();
    assertThat(again.getList("statements.createdKeys")).isEmpty();
  }

  /**
   * All or nothing at length: a problem on the file's last line, after 400 resolutions that are
   * each fine, refuses the whole file, and none of its statements is created.
   */
  @Test
  void aProblemOnTheLastLineRefusesTheResolutionsImportedBeforeIt() {
    int session = 500 + (int) (Math.random() * 400);
    StringBuilder csv = new StringBuilder(HEADER);
    int resolutions = 400;
    for (int r = 0; r < resolutions; r++) {
      String symbol = "A/RES/" + session + "/" + r;
      csv.append(row("9" + r, "FRA", "FRANCE", "Y", "2019-11-08", "" + session, symbol, "Vote"));
    }
    csv.append(
        row(
            "90",
            "FRA",
            "FRANCE",
            "Q",
            "2019-11-08",
            "" + session,
            "A/RES/" + session + "/0",
            "V"));
    JsonPath refused = post(csv.toString(), 422);
    assertThat(refused.getList("errors.line", Integer.class)).containsExactly(resolutions + 2);
    assertThat(refused.getList("errors.column", String.class)).containsExactly("ms_vote");
    given().get("/api/statements/a-res-" + session + "-0").then().statusCode(404);
    given().get("/api/statements/a-res-" + session + "-399").then().statusCode(404);
  }

  @Test
  void everyProblemIsOnTheLineOfThePublishedFile() {
    String session = String.valueOf(100 + (int) (Math.random() * 300));
    String symbol = "A/RES/" + session + "/2";
    String csv =
        HEADER
            + row("8001", "AFG", "AFGHANISTAN", "Z", "2019-11-08", session, symbol, "A vote") // 2
            + row("8001", "ATL", "ATLANTIS", "Y", "2019-11-08", session, symbol, "A vote") // 3
            + row("8001", "FRA", "FRANCE", "Y", "2019-11-09", session, symbol, "A vote"); // 4
    JsonPath refused = post(csv, 422);
    assertThat(refused.getList("errors.line", Integer.class)).containsExactly(2, 3, 4);
    assertThat(refused.getList("errors.column", String.class))
        .containsExactly("ms_vote", "ms_code", "date");
    assertThat(refused.getString("errors[2].message")).contains("differs from line 2");
    given().get("/api/statements/a-res-" + session + "-2").then().statusCode(404);

    // a column of another format is refused on the header's line
    JsonPath header = post("rcid,ccode,vote\n3,2,1\n", 422);
    assertThat(header.getString("errors[0].column")).isEqualTo("rcid");
    assertThat(header.getInt("errors[0].line")).isEqualTo(1);

    // a problem found when the rows are recorded is on the file's row too (the row a spreadsheet
    // shows, as every import reports it), past a title of two lines: the German Democratic
    // Republic did not vote in 2019
    String late = "A/RES/" + session + "/3";
    String twoLines =
        HEADER
            + row("8002", "FRA", "FRANCE", "Y", "2019-11-08", session, late, "\"Two\nlines\"")
            + row(
                "8002",
                "DDR",
                "GERMAN DEMOCRATIC REPUBLIC",
                "Y",
                "2019-11-08",
                session,
                late,
                "\"Two\nlines\"");
    JsonPath outside = post(twoLines, 422);
    assertThat(outside.getInt("errors[0].line")).isEqualTo(3);
    assertThat(outside.getString("errors[0].file")).isEqualTo("undl.csv");
    assertThat(outside.getString("errors[0].message")).contains("existed from 1949 to 1990");
    assertThat(List.of(outside.getString("errors[0].column"))).containsAnyOf("date", "state");
  }

  /**
   * Longer than one batch of the import: the symbols of the early sessions (in brackets) make keys,
   * and a row repeated in the next batch is recognised as the record already written, though the
   * records of a statement the import creates are not looked up one by one.
   */
  @Test
  void aRowRepeatedInALaterBatchIsWrittenOnce() {
    List<String> states = TestData.stateCodes().subList(0, 190);
    int first = 1000 + (int) (Math.random() * 8000);
    // enough resolutions of 190 votes to fill the first batch
    int resolutions = config.importing().batchSize() / states.size() + 1;
    StringBuilder csv = new StringBuilder(HEADER);
    for (int r = 0; r < resolutions; r++) {
      String symbol = "A/RES/" + (first + r) + "(XXX)";
      for (int s = 0; s < states.size(); s++) {
        String vote = (r + s) % 3 == 0 ? "N" : "Y";
        csv.append(
            row(
                "7" + r,
                states.get(s),
                "",
                vote,
                "1975-12-" + (10 + r % 20),
                "30",
                symbol,
                "Vote"));
      }
    }
    String repeated = csv.substring(HEADER.length(), csv.indexOf("\n", HEADER.length()) + 1);
    csv.append(repeated); // in the second batch
    JsonPath report = post(csv.toString(), 200);
    assertThat(report.getList("statements.createdKeys", String.class))
        .hasSize(resolutions)
        .contains("a-res-" + first + "-xxx", "a-res-" + (first + resolutions - 1) + "-xxx");
    assertThat(report.getLong("positions.created")).isEqualTo(resolutions * 190L);
    assertThat(report.getLong("positions.unchanged")).isEqualTo(1);
    JsonPath count = TestApi.count("a-res-" + first + "-xxx", "asOf", "1975-12-10");
    // states 0, 3, 6, … 189 voted no: 64 of 190
    assertThat(count.getInt("counts.YES")).isEqualTo(126);
    assertThat(count.getInt("counts.NO")).isEqualTo(64);
  }
}
