package org.signatorytracker.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.retract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** An answer given once can be given again, exactly, from the data as it was then recorded. */
@QuarkusTest
class AsRecordedTest {

  /** The answer without what says when it was asked, which a re-run asks differently. */
  private static Map<String, Object> answer(JsonPath report) {
    Map<String, Object> body = new HashMap<>(report.getMap("$"));
    body.remove("asRecorded");
    return body;
  }

  @Test
  void anAnswerIsGivenAgainExactlyThroughItsRevisionOrItsInstant() {
    String key = createLetter("cited");
    long france = record(key, "France", "SIGNED", "2019-07-08");
    record(key, "Spain", "SIGNED", "2019-07-08");
    JsonPath cited = report("/api/statements/" + key + "/count", "asOf", "2019-12-31");
    long revision = cited.getLong("recordedThroughRevision");
    String instant = cited.getString("recordedThrough");
    assertThat(cited.getInt("named")).isEqualTo(2);

    record(key, "Italy", "SIGNED", "2019-07-08");
    retract(france, "France never signed; misread annex");
    assertThat(report("/api/statements/" + key + "/count", "asOf", "2019-12-31").getInt("named"))
        .isEqualTo(2);
    assertThat(
            report("/api/statements/" + key + "/signatories", "asOf", "2019-12-31")
                .getList("states.iso3"))
        .containsExactly("ITA", "ESP");

    for (String asRecorded : List.of(Long.toString(revision), instant)) {
      JsonPath again =
          report(
              "/api/statements/" + key + "/count", "asOf", "2019-12-31", "asRecorded", asRecorded);
      assertThat(answer(again)).isEqualTo(answer(cited));
      assertThat(again.getString("asRecorded")).isEqualTo(asRecorded);
      assertThat(
              report(
                      "/api/statements/" + key + "/signatories",
                      "asOf",
                      "2019-12-31",
                      "asRecorded",
                      asRecorded)
                  .getList("states.iso3"))
          .containsExactly("FRA", "ESP");
    }
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(
            report("/api/statements/" + key + "/count", "asOf", "2019-12-31", "asRecorded", today)
                .getInt("named"))
        .isEqualTo(2);
  }

  @Test
  void recordedThroughIsTheLastCommittedRevisionAndCsvCarriesIt() {
    String key = createLetter("through");
    record(key, "Chile", "SIGNED", "2020-01-01");
    JsonPath first = report("/api/statements/" + key + "/signatories", "asOf", "2020-01-01");
    long id = record(key, "Peru", "SIGNED", "2020-01-01");
    JsonPath second = report("/api/statements/" + key + "/signatories", "asOf", "2020-01-01");
    assertThat(second.getLong("recordedThroughRevision"))
        .isGreaterThan(first.getLong("recordedThroughRevision"));
    assertThat(Instant.parse(second.getString("recordedThrough")))
        .isAfter(Instant.parse(first.getString("recordedThrough")));
    JsonPath peru = given().get("/api/positions/{id}", id).then().extract().jsonPath();
    assertThat(peru.getLong("revision"))
        .isLessThanOrEqualTo(second.getLong("recordedThroughRevision"));
    assertThat(peru.getString("recordedAt")).isNotNull();

    String csv =
        given()
            .queryParam("asOf", "2020-01-01")
            .queryParam("asRecorded", first.getLong("recordedThroughRevision"))
            .queryParam("format", "csv")
            .get("/api/statements/{key}/signatories", key)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).contains(",as_recorded,recorded_through,recorded_through_revision,");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .contains(
            ","
                + first.getLong("recordedThroughRevision")
                + ","
                + first.getString("recordedThrough")
                + ","
                + first.getLong("recordedThroughRevision")
                + ",");
  }

  @Test
  void statementFieldsAreReadAsTheyWereRecorded() {
    String key =
        createStatement("fields-then", "LETTER", Map.of("date", "2019-07-12", "title", "Before"));
    record(key, "Oman", "SIGNED", "2019-07-20");
    JsonPath before = report("/api/statements/" + key + "/signatories", "asOf", "2019-12-31");
    assertThat(before.getBoolean("states[0].joinedLater")).isTrue();

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("key", key, "title", "After", "kind", "LETTER", "date", "2019-07-31"))
        .put("/api/statements/{key}", key)
        .then()
        .statusCode(200);
    assertThat(
            report("/api/statements/" + key + "/signatories", "asOf", "2019-12-31")
                .getBoolean("states[0].joinedLater"))
        .isFalse();
    assertThat(
            report(
                    "/api/statements/" + key + "/signatories",
                    "asOf",
                    "2019-12-31",
                    "asRecorded",
                    before.getString("recordedThroughRevision"))
                .getBoolean("states[0].joinedLater"))
        .isTrue();
  }

  @Test
  void aStatementCreatedLaterOrDeletedSinceIsAsItWasThen() {
    String earlier = createLetter("earlier");
    long before =
        report("/api/statements/" + earlier + "/count").getLong("recordedThroughRevision");
    String later = createLetter("later");
    given()
        .queryParam("asRecorded", before)
        .get("/api/statements/{key}/count", later)
        .then()
        .statusCode(404);
    long whileItExisted =
        report("/api/statements/" + later + "/count").getLong("recordedThroughRevision");
    given().delete("/api/statements/{key}", later).then().statusCode(204);
    given().get("/api/statements/{key}/count", later).then().statusCode(404);
    given()
        .queryParam("asRecorded", whileItExisted)
        .get("/api/statements/{key}/count", later)
        .then()
        .statusCode(200)
        .body("named", equalTo(0));
  }

  @Test
  void aLongImportCommittedAfterAnAnswerStaysOutOfItsReRun() throws Exception {
    String key = createLetter("long-import");
    record(key, "Japan", "SIGNED", "2021-01-01");
    StringBuilder csv = new StringBuilder("statement,state,action,date,source_url\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append(key)
          .append(",India,SIGNED,2021-01-01,https://example.org/")
          .append(i)
          .append('\n');
    }
    CompletableFuture<Integer> importing =
        CompletableFuture.supplyAsync(
            () ->
                given()
                    .contentType("text/csv")
                    .body(csv.toString())
                    .post("/api/import/positions")
                    .then()
                    .extract()
                    .statusCode());
    // written and answered while the import runs (it started before, commits after)
    JsonPath cited = null;
    while (!importing.isDone()) {
      record(key, "Nepal", "SIGNED", "2021-01-01");
      cited = report("/api/statements/" + key + "/count", "asOf", "2021-12-31");
      if (cited.getInt("named") == 2) {
        break;
      }
    }
    assertThat(importing.get()).isEqualTo(200);
    assertThat(cited).isNotNull();
    assertThat(cited.getInt("named")).isEqualTo(2);
    assertThat(report("/api/statements/" + key + "/count", "asOf", "2021-12-31").getInt("named"))
        .isEqualTo(3);
    JsonPath again =
        report(
            "/api/statements/" + key + "/count",
            "asOf",
            "2021-12-31",
            "asRecorded",
            cited.getString("recordedThrough"));
    assertThat(answer(again)).isEqualTo(answer(cited));
  }

  @Test
  void aBadAsRecordedIsABadRequest() {
    String key = createLetter("bad-as-recorded");
    for (String bad : List.of("yesterday", "2019-13-01", "2019-07", "12:00")) {
      given()
          .queryParam("asRecorded", bad)
          .get("/api/statements/{key}/count", key)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("asRecorded"));
    }
  }
}
