package org.signatorytracker.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.retract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A state's standings come a page at a time, latest statement first: a page holds only statements
 * the state has a standing on as of the date asked (the latest statements, on which it has none
 * yet, are passed over, not given as empty rows), and the CSV answer gives them all.
 */
@QuarkusTest
class StandingPagesTest {

  @Test
  void standingsComeAPageAtATimeLatestFirstAndTheCsvGivesThemAll() {
    // Tonga on seven letters, one a month from January 2090 (later than any other test's, which
    // may have Tonga on theirs: those follow); it signs each on its date, and withdraws from the
    // March letter in April
    List<String> letters = new ArrayList<>();
    for (int month = 1; month <= 7; month++) {
      String date = "2090-0" + month + "-10";
      String letter = createStatement("tonga-" + month, "LETTER", Map.of("date", date));
      record(letter, "Tonga", "SIGNED", date);
      letters.add(letter);
    }
    record(letters.get(2), "TON", "WITHDREW", "2090-04-20");

    // as of 31 May: the June and July letters have no standing yet; five standings remain
    JsonPath first = report("/api/states/TON/positions", "asOf", "2090-05-31", "size", "2");
    assertThat(first.getList("standings.statement"))
        .containsExactly(letters.get(4), letters.get(3));
    assertThat(first.getInt("page")).isZero();
    assertThat(first.getInt("size")).isEqualTo(2);
    assertThat(first.getBoolean("more")).isTrue();

    JsonPath second =
        report("/api/states/TON/positions", "asOf", "2090-05-31", "size", "2", "page", "1");
    assertThat(second.getList("standings.statement"))
        .containsExactly(letters.get(2), letters.get(1));
    assertThat(second.getList("standings.action")).containsExactly("WITHDREW", "SIGNED");
    assertThat(second.getBoolean("more")).isTrue();

    JsonPath third =
        report("/api/states/TON/positions", "asOf", "2090-05-31", "size", "2", "page", "2");
    assertThat(third.getList("standings.statement").get(0)).isEqualTo(letters.get(0));

    JsonPath beyond =
        report("/api/states/TON/positions", "asOf", "2090-05-31", "size", "500", "page", "999");
    assertThat(beyond.getList("standings")).isEmpty();
    assertThat(beyond.getBoolean("more")).isFalse();

    // the history does not page with the standings
    assertThat(first.getLong("historyTotal")).isGreaterThanOrEqualTo(8);
    assertThat(first.getList("history")).hasSizeGreaterThanOrEqualTo(8);

    // the CSV: every standing, in the same order, ours first
    String csv =
        given()
            .queryParam("asOf", "2090-05-31")
            .queryParam("size", "2")
            .accept("text/csv")
            .get("/api/states/TON/positions")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> rows = csv.lines().skip(1).toList();
    for (int i = 0; i < 5; i++) {
      assertThat(rows.get(i)).contains("," + letters.get(4 - i) + ",");
    }
    // exactly a page's worth of standings: no next page; one fewer: a next page
    int all = rows.size();
    assertThat(
            report("/api/states/TON/positions", "asOf", "2090-05-31", "size", "" + all)
                .getBoolean("more"))
        .isFalse();
    JsonPath short1 =
        report("/api/states/TON/positions", "asOf", "2090-05-31", "size", "" + (all - 1));
    assertThat(short1.getBoolean("more")).isTrue();
    assertThat(short1.getList("standings")).hasSize(all - 1);
  }

  @Test
  void aStateOnManyStatementsIsReadOnceAndStaysExactAfterEachWrite() {
    // Liechtenstein signs 120 letters, one a day from 1 January 2093: more than the engine loads
    // whole for one state, so its own records are read by state and kept (StateSlices)
    List<String> letters = new ArrayList<>();
    List<Long> records = new ArrayList<>();
    for (int day = 0; day < 120; day++) {
      String date = java.time.LocalDate.of(2093, 1, 1).plusDays(day).toString();
      String letter = createStatement("liechtenstein-" + day, "LETTER", Map.of("date", date));
      records.add(record(letter, "LIE", "SIGNED", date));
      letters.add(letter);
    }
    String asOf = "2093-12-31";
    JsonPath before = report("/api/states/LIE/positions", "asOf", asOf, "size", "500");
    // (other tests may have Liechtenstein on letters of their own: only these are counted)
    for (String letter : letters) {
      assertThat(standingOn(before, letter)).as(letter).isEqualTo("SIGNED");
    }

    // as of 15 February the 74 later letters are passed over: the first page starts at the 46th
    JsonPath february =
        report("/api/states/LIE/positions", "asOf", "2093-02-15", "size", "3", "page", "0");
    assertThat(february.getList("standings.statement"))
        .containsExactly(letters.get(45), letters.get(44), letters.get(43));
    assertThat(february.getBoolean("more")).isTrue();
    assertThat(
            report("/api/states/LIE/positions", "asOf", "2092-12-31", "size", "500")
                .getList("standings.statement"))
        .doesNotContainAnyElementsOf(letters);

    // a withdrawal from the 10th letter, recorded after the state's records were read
    long withdrawal = record(letters.get(9), "LIE", "WITHDREW", "2093-06-01");
    JsonPath withdrawn = report("/api/states/LIE/positions", "asOf", asOf, "size", "500");
    assertThat(standingOn(withdrawn, letters.get(9))).isEqualTo("WITHDREW");
    assertThat(standingOn(withdrawn, letters.get(8))).isEqualTo("SIGNED");
    // as of a day before it, and as recorded before it, the signature stands
    assertThat(
            standingOn(
                report("/api/states/LIE/positions", "asOf", "2093-05-31", "size", "500"),
                letters.get(9)))
        .isEqualTo("SIGNED");
    long beforeWithdrawal = before.getLong("recordedThroughRevision");
    assertThat(
            standingOn(
                report(
                    "/api/states/LIE/positions",
                    "asOf",
                    asOf,
                    "size",
                    "500",
                    "asRecorded",
                    "" + beforeWithdrawal),
                letters.get(9)))
        .isEqualTo("SIGNED");

    // its retraction, a retracted signature, and a letter the state was not on before
    retract(withdrawal, "misread the date");
    retract(records.get(20), "wrong state");
    String later = createStatement("liechtenstein-late", "LETTER", Map.of("date", "2093-07-01"));
    record(later, "LIE", "SIGNED", "2093-07-01");
    JsonPath after = report("/api/states/LIE/positions", "asOf", asOf, "size", "500");
    assertThat(standingOn(after, letters.get(9))).isEqualTo("SIGNED");
    assertThat(after.getList("standings.statement"))
        .doesNotContain(letters.get(20))
        .contains(later)
        .hasSize(before.getList("standings").size());
  }

  private static String standingOn(JsonPath standings, String statement) {
    List<String> statements = standings.getList("standings.statement");
    int at = statements.indexOf(statement);
    return at < 0 ? null : standings.getList("standings.action", String.class).get(at);
  }

  @Test
  void aPageOrSizeOutOfRangeIsAProblemNamingIt() {
    given()
        .queryParam("size", "0")
        .get("/api/states/WSM/positions")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("size"));
    given()
        .queryParam("page", "-1")
        .get("/api/states/WSM/positions")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("page"));
  }

  @Test
  void theStatePageListsAHundredStatementsAndLinksToTheEarlierOnes() {
    for (int i = 0; i < 101; i++) {
      String letter = createStatement("andorra-" + i, "LETTER", Map.of("date", "2091-01-01"));
      record(letter, "Andorra", "SIGNED", "2091-01-01");
    }
    String first =
        given().get("/states/AND?asOf=2091-12-31").then().statusCode(200).extract().asString();
    assertThat(first)
        .contains("Statements 1 to 100")
        .contains("page=1")
        .contains("Earlier statements");
    String second =
        given()
            .get("/states/AND?asOf=2091-12-31&page=1")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(second).contains("Statements 101 to").contains("Later statements");
  }
}
