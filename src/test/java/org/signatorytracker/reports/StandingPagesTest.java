package org.signatorytracker.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;

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
