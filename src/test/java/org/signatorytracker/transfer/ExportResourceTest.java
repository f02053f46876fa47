package org.signatorytracker.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.retract;
import static org.signatorytracker.TestApi.uniqueKey;
import static org.signatorytracker.TestApi.with;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportResourceTest {

  static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  static String get(String path, Object... params) {
    var request = given();
    for (int i = 0; i < params.length; i += 2) {
      request = request.queryParam((String) params[i], params[i + 1]);
    }
    return request.get(path).then().statusCode(200).extract().asString();
  }

  @Test
  void statementsExportInTheImportFormat() throws IOException {
    String issue = uniqueKey("export-issue");
    String key =
        createStatement(
            "export-statement",
            "LETTER",
            Map.of(
                "issue",
                issue,
                "date",
                "2019-07",
                "leadStates",
                List.of("Netherlands", "uk"),
                "reportedCount",
                22,
                "sources",
                List.of(Map.of("url", "https://example.org/letter")),
                "session",
                "HRC41"));
    String csv = get("/api/export/statements.csv", "issue", issue);
    assertThat(csv)
        .startsWith(
            "key,title,kind,forum,session,date,issue,side,vote_sides,issues,outcome,lead_states,reported_count,addressee,summary,quote,notes,list_status,list_note,list_source_url,list_source_title,list_source_publisher,list_source_published,list_source_kind,list_source_via,source_url,source_title,source_publisher,source_published,source_kind,source_via,date_earliest,date_latest\r\n");
    List<CSVRecord> rows = parse(csv);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("key")).isEqualTo(key);
    assertThat(rows.get(0).get("date")).isEqualTo("2019-07");
    assertThat(rows.get(0).get("lead_states")).isEqualTo("NLD;GBR");
    // the count is a claim, exported with its own date to claims.csv
    assertThat(rows.get(0).get("reported_count")).isEmpty();
    List<CSVRecord> claims = parse(get("/api/export/claims.csv", "issue", issue));
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).get("statement")).isEqualTo(key);
    assertThat(claims.get(0).get("count")).isEqualTo("22");
    assertThat(claims.get(0).get("on")).isEqualTo("2019-07");
    assertThat(claims.get(0).get("on_latest")).isEqualTo("2019-07-31");
    assertThat(claims.get(0).get("source_url")).isEqualTo("https://example.org/letter");
    assertThat(rows.get(0).get("forum")).isEmpty();
  }

  @Test
  void positionsExportInRecordingOrderWithOptionalRetractions() throws IOException {
    String key = createStatement("export-positions", "LETTER", Map.of());
    record(key, with(position("Qatar", "SIGNED", "2019-07-12"), "confidence", "CONFIRMED"));
    record(key, with(position("Qatar", "WITHDREW", "2019-07-18"), "reported", "2019-08-21"));
    long mistake = record(key, "Oman", "SIGNED", "2019-07");
    retract(mistake, "Wrong letter");

    List<CSVRecord> live = parse(get("/api/export/positions.csv", "statement", key));
    assertThat(live)
        .extracting(r -> r.get("state"), r -> r.get("action"), r -> r.get("reported"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("QAT", "SIGNED", ""),
            org.assertj.core.groups.Tuple.tuple("QAT", "WITHDREW", "2019-08-21"));
    assertThat(live.get(0).get("confidence")).isEqualTo("CONFIRMED");
    assertThat(live.get(1).get("confidence")).isEqualTo("REPORTED");

    List<CSVRecord> all =
        parse(get("/api/export/positions.csv", "statement", key, "includeRetracted", "true"));
    assertThat(all).hasSize(3);
    assertThat(all.get(2).get("date")).isEqualTo("2019-07");
    assertThat(all.get(2).get("retraction_reason")).isEqualTo("Wrong letter");
  }

  @Test
  void severalSourcesSurviveTheRoundTripOnePerLine() throws IOException {
    String key = createStatement("export-sources", "LETTER", Map.of());
    record(
        key,
        with(
            position("Cuba", "SIGNED", "2019-07-12"),
            "sources",
            List.of(
                Map.of(
                    "url",
                    "https://a.example/1",
                    "title",
                    "Annex",
                    "publisher",
                    "UN",
                    "published",
                    "2019-08"),
                Map.of("title", "Press release", "kind", "PRESS"),
                Map.of("url", "https://b.example/2"))));
    String csv = get("/api/export/positions.csv", "statement", key);
    CSVRecord row = parse(csv).get(0);
    assertThat(row.get("source_url")).isEqualTo("https://a.example/1\n\nhttps://b.example/2");
    assertThat(row.get("source_title")).isEqualTo("Annex\nPress release\n");
    assertThat(row.get("source_publisher")).isEqualTo("UN\n\n");
    assertThat(row.get("source_kind")).isEqualTo("OTHER\nPRESS\nOTHER");

    String copy = createStatement("export-sources-copy", "LETTER", Map.of());
    given()
        .contentType("text/csv")
        .body(csv.replace(key, copy))
        .post("/api/import/positions")
        .then()
        .statusCode(200);
    List<Map<String, Object>> sources =
        given()
            .get("/api/statements/{key}/positions", copy)
            .then()
            .extract()
            .jsonPath()
            .getList("items[0].sources");
    assertThat(sources)
        .containsExactly(
            Map.of(
                "url",
                "https://a.example/1",
                "title",
                "Annex",
                "publisher",
                "UN",
                "published",
                "2019-08",
                "kind",
                "OTHER"),
            Map.of("title", "Press release", "kind", "PRESS"),
            Map.of("url", "https://b.example/2", "kind", "OTHER"));
  }

  @Test
  void everyLineThatASpreadsheetCouldRunIsGuardedAndTheRoundTripIsExact() throws IOException {
    List<String> titles =
        List.of(
            "'=1+1", // stored with its apostrophe: it must come back with it
            "\uFF1D1+1", // full-width equals
            "\uFF0BSUM(A1)", // full-width plus
            "\u00A0=1+1", // no-break space first
            "\u200B=HYPERLINK(\"http://evil.example\")", // zero-width space first
            "Fine\n=second line",
            "''already two");
    for (String title : titles) {
      String key = createStatement("guard", "LETTER", Map.of("title", title));
      record(
          key,
          with(
              position("Chile", "SIGNED", "2019-07-12"),
              "sources",
              List.of(
                  Map.of("url", "https://a.example/1", "title", "Annex"),
                  Map.of("url", "https://b.example/2", "title", "=HYPERLINK(\"x\")"))));
      String statements = get("/api/export/statements.csv", "statement", key);
      String positions = get("/api/export/positions.csv", "statement", key);
      String exportedTitle = parse(statements).get(0).get("title");
      for (String line : exportedTitle.split("\n")) {
        assertThat(line).as(title).doesNotStartWith("=").doesNotStartWith("\uFF1D");
        assertThat(line.replaceAll("^[\u00A0\u200B]+", "")).as(title).doesNotStartWith("=");
      }
      assertThat(parse(positions).get(0).get("source_title"))
          .isEqualTo("Annex\n'=HYPERLINK(\"x\")");

      String copy = uniqueKey("guard-copy");
      given()
          .contentType("text/csv")
          .body(statements.replace(key, copy).getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .post("/api/import/statements")
          .then()
          .statusCode(200);
      given()
          .contentType("text/csv")
          .body(positions.replace(key, copy).getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .post("/api/import/positions")
          .then()
          .statusCode(200);
      given().get("/api/statements/{key}", copy).then().body("title", equalTo(title));
      given()
          .get("/api/statements/{key}/positions", copy)
          .then()
          .body("items[0].sources[1].title", equalTo("=HYPERLINK(\"x\")"));
    }
  }

  @Test
  void formulaLikeCellsAreNeutralisedAndRestoredOnImport() throws IOException {
    String key = createStatement("export-formula", "LETTER", Map.of("title", "=cmd|' /C calc'!A0"));
    record(key, with(position("Chile", "SIGNED", "2019-07-12"), "note", "+1 more, @all, -2"));
    String statements = get("/api/export/statements.csv", "statement", key);
    String positions = get("/api/export/positions.csv", "statement", key);
    assertThat(parse(statements).get(0).get("title")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(parse(positions).get(0).get("note")).isEqualTo("'+1 more, @all, -2");

    String copy = uniqueKey("export-formula-copy");
    given()
        .contentType("text/csv")
        .body(statements.replace(key, copy))
        .post("/api/import/statements")
        .then()
        .statusCode(200);
    given()
        .contentType("text/csv")
        .body(positions.replace(key, copy))
        .post("/api/import/positions")
        .then()
        .statusCode(200);
    given().get("/api/statements/{key}", copy).then().body("title", equalTo("=cmd|' /C calc'!A0"));
    given()
        .get("/api/statements/{key}/positions", copy)
        .then()
        .body("items[0].note", equalTo("+1 more, @all, -2"));
  }

  @Test
  void filtersAreChecked() {
    given()
        .queryParam("statement", "no-such-letter")
        .get("/api/export/positions.csv")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .queryParam("from", "2019-13")
        .get("/api/export/statements.csv")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    given()
        .queryParam("includeRetracted", "perhaps")
        .get("/api/export/positions.csv")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("includeRetracted"));
  }

  @Test
  void reportsAnswerTidyCsv() throws IOException {
    String key =
        createStatement(
            "csv-report",
            "LETTER",
            Map.of(
                "reportedCount",
                3,
                "date",
                "2020-01-01",
                "sources",
                List.of(Map.of("url", "https://example.org/letter"))));
    record(key, "France", "SIGNED", "2020-01-01");
    record(key, "Egypt", "SIGNED", "2020-01-02");
    record(key, "Palestine", "SIGNED", "2020-01");

    String signatories =
        given()
            .accept("text/csv")
            .queryParam("asOf", "2020-02-01")
            .get("/api/statements/{key}/signatories", key)
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .header("Content-Disposition", containsString(key + "-signatories.csv"))
            .extract()
            .asString();
    List<CSVRecord> rows = parse(signatories);
    assertThat(rows).extracting(r -> r.get("iso3")).containsExactly("EGY", "FRA", "PSE");
    assertThat(rows.get(2).get("since")).isEqualTo("2020-01");
    assertThat(rows.get(2).get("since_day")).isEqualTo("2020-01-31");
    assertThat(rows.get(2).get("regional_group")).isEmpty();
    assertThat(rows.get(0).get("as_of")).isEqualTo("2020-02-01");

    List<CSVRecord> counts =
        parse(get("/api/statements/" + key + "/count", "format", "csv", "asOf", "2020-02-01"));
    assertThat(counts)
        .extracting(r -> r.get("group") + "=" + r.get("count"))
        .containsExactlyInAnyOrder("African=1", "WEOG=1", "none=1");

    List<CSVRecord> timeline = parse(get("/api/statements/" + key + "/timeline", "format", "csv"));
    assertThat(timeline)
        .extracting(r -> r.get("date") + " " + r.get("total") + " " + r.get("approximate"))
        .containsExactly("2020-01-01 1 false", "2020-01-02 2 false", "2020-01-31 3 true");

    String other = createStatement("csv-report-other", "LETTER", Map.of());
    record(other, "France", "SIGNED", "2020-01-01");
    List<CSVRecord> compared =
        parse(get("/api/compare", "a", key, "b", other, "format", "csv", "asOf", "2020-02-01"));
    assertThat(compared)
        .extracting(r -> r.get("iso3") + " " + r.get("on_a") + " " + r.get("on_b"))
        .containsExactly("FRA true true", "EGY true false", "PSE true false");

    List<CSVRecord> state =
        parse(get("/api/states/PSE/positions", "format", "csv", "asOf", "2020-02-01"));
    assertThat(state).extracting(r -> r.get("statement")).contains(key);
  }

  @Test
  void aBadFormatIsABadRequest() {
    given()
        .queryParam("format", "xlsx")
        .get("/api/statements/x/count")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("format"));
  }

  @Test
  void errorsOnCsvRequestsAreStillProblems() {
    given()
        .accept("text/csv")
        .get("/api/statements/no-such-letter/count")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
