package org.signatorytracker.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signatorytracker.operations.DemoData;

/**
 * A partial date bounds a range as its period does: as a lower bound ({@code since}, {@code from})
 * it means its first day, as an upper bound ({@code to}, {@code asOf}) its last day, in the JSON,
 * the CSV and the pictures alike. On the demo letters of July 2019: {@code since=2019} takes them
 * in.
 */
@QuarkusTest
class DateBoundsTest {

  @Inject DemoData demo;

  @BeforeEach
  void demoDataIsLoaded() {
    demo.loadUnlessPresent();
  }

  @Test
  void aYearAsALowerBoundMeansItsFirstDay() {
    JsonPath year = json("/api/issues/xinjiang/timeline?since=2019");
    JsonPath day = json("/api/issues/xinjiang/timeline?since=2019-01-01");
    assertThat(year.getList("entries")).isNotEmpty().isEqualTo(day.getList("entries"));
    assertThat(json("/api/issues/xinjiang/timeline?since=2020").getList("entries")).isEmpty();

    JsonPath balance = json("/api/issues/xinjiang/balance?asOf=2019-12-31&since=2019");
    assertThat(balance.getInt("sides.supportive.count")).isEqualTo(50);
    assertThat(balance.getInt("sides.critical.count")).isEqualTo(22);
    assertThat(
            json("/api/issues/xinjiang/balance?asOf=2019-12-31&since=2019-07")
                .getInt("sides.critical.count"))
        .isEqualTo(22);

    JsonPath stances = json("/api/issues/xinjiang/stances?since=2019-07");
    assertThat(stances.getList("occasions")).isNotEmpty();

    // the chart says what the JSON says
    String chart =
        given()
            .get("/api/issues/xinjiang/timeline.svg?since=2019")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(chart).contains("critical: 22 from 2019-07-08");
  }

  @Test
  void theAgreementsFromIsAFirstDayAndItsToALastDay() {
    String pair = "/api/agreement?issue=xinjiang&states=CUB,FRA,DZA";
    List<Object> fromYear = json(pair + "&from=2019").getList("pairs");
    assertThat(fromYear).isNotEmpty().isEqualTo(json(pair + "&from=2019-01-01").getList("pairs"));
    assertThat(json(pair + "&from=2019").getInt("pairs.find { it.a == 'CUB' && it.b == 'DZA' }.t"))
        .isPositive();
    assertThat(json(pair + "&to=2019").getList("pairs"))
        .isEqualTo(json(pair + "&to=2019-12-31").getList("pairs"));
    assertThat(json(pair + "&from=2019-07&to=2019-07").getList("pairs")).isEqualTo(fromYear);
  }

  private static JsonPath json(String path) {
    return given().get(path).then().statusCode(200).extract().jsonPath();
  }
}
