package org.signatorytracker.statements;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.signatorytracker.TestApi.count;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.csvRows;
import static org.signatorytracker.TestApi.exportCsv;
import static org.signatorytracker.TestApi.importCsv;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What sources quote and whom they rely on: "Reuters, citing four sources speaking on condition of
 * anonymity" is kept as said, travels through CSV exactly, and lets a report leave out what rests
 * on unnamed people only.
 */
@QuarkusTest
class QuotesAndSourceChainsTest {

  private static final String QUOTE =
      "We strongly urge Madame High Commissioner not to publish such an assessment.";

  private static final Map<String, Object> REUTERS_CITING_UNNAMED =
      Map.of(
          "url",
          "https://press.example/reuters-2022-07-19",
          "title",
          "China tries to stop U.N. rights chief from releasing Xinjiang report",
          "kind",
          "PRESS",
          "via",
          List.of(
              Map.of(
                  "kind",
                  "ANONYMOUS",
                  "note",
                  "four sources: three diplomats and a rights expert")));

  private static final Map<String, Object> ANNEX =
      Map.of("url", "https://undocs.org/A/HRC/50/example", "kind", "OFFICIAL");

  @Test
  void aStatementKeepsItsQuoteAndASourcesChainAsGiven() {
    String key =
        createStatement(
            "quoted",
            "LETTER",
            Map.of("quote", QUOTE, "sources", List.of(REUTERS_CITING_UNNAMED, ANNEX)));
    JsonPath statement =
        given().get("/api/statements/{key}", key).then().statusCode(200).extract().jsonPath();
    assertThat(statement.getString("quote")).isEqualTo(QUOTE);
    assertThat(statement.getString("sources[0].via[0].kind")).isEqualTo("ANONYMOUS");
    assertThat(statement.getString("sources[0].via[0].note")).startsWith("four sources");
    // a source relying on no one shows no chain
    assertThat(statement.getMap("sources[1]")).doesNotContainKey("via");
  }

  @Test
  void excludingAnonymousLeavesOutRecordsAndClaimsThatRestOnlyOnUnnamedPeople() {
    String key = createStatement("chains", "LETTER", Map.of("date", "2022-07-19"));
    record(key, with(position("Pakistan", "SIGNED", "2022-07-01"), "sources", List.of(ANNEX)));
    long cuba =
        record(
            key,
            with(
                with(position("Cuba", "SIGNED", "2022-07-05"), "quote", "Cuba signed"),
                "sources",
                List.of(REUTERS_CITING_UNNAMED)));
    // a record with an official source beside the anonymous chain does not rest on it alone
    record(
        key,
        with(
            position("Venezuela", "SIGNED", "2022-07-05"),
            "sources",
            List.of(REUTERS_CITING_UNNAMED, ANNEX)));
    claim(key, 3, "2022-07-19", ANNEX);
    claim(key, 40, "2022-07-19", REUTERS_CITING_UNNAMED);

    JsonPath record =
        given().get("/api/positions/{id}", cuba).then().statusCode(200).extract().jsonPath();
    assertThat(record.getBoolean("anonymousOnly")).isTrue();
    assertThat(record.getString("quote")).isEqualTo("Cuba signed");

    JsonPath all = count(key, "asOf", "2022-07-31");
    assertThat(all.getInt("counts.SIGNED")).isEqualTo(3);
    assertThat(all.getInt("reportedCount")).isEqualTo(40);
    assertThat(all.getBoolean("reportedCounts[0].anonymousOnly")).isTrue();
    assertThat(all.getMap("")).doesNotContainKey("excludeAnonymous");

    JsonPath named = count(key, "asOf", "2022-07-31", "excludeAnonymous", "true");
    assertThat(named.getInt("counts.SIGNED")).isEqualTo(2);
    assertThat(named.getInt("reportedCount")).isEqualTo(3);
    assertThat(named.getBoolean("excludeAnonymous")).isTrue();
    assertThat(
            org.signatorytracker.TestApi.signatoryCodes(
                key, "asOf", "2022-07-31", "excludeAnonymous", "true"))
        .containsExactly("PAK", "VEN");

    // the conflicts report says which claim rests on unnamed people, and can leave it out
    assertThat(
            report("/api/conflicts", "statement", key, "asOf", "2022-07-31")
                .getList("items.detail", String.class))
        .contains(
            "The sources disagree on the count: 40 (2022-07-19, unnamed sources only) or 3"
                + " (2022-07-19)");
    assertThat(
            report(
                    "/api/conflicts",
                    "statement",
                    key,
                    "asOf",
                    "2022-07-31",
                    "excludeAnonymous",
                    "true")
                .getList("items.kind", String.class))
        .doesNotContain("COMPETING_CLAIMS");
  }

  @Test
  void aChainWhoseLinkSaysNothingIsRefusedNamingIt() {
    String key = createStatement("chains-refused", "LETTER");
    Map<String, Object> empty =
        Map.of("url", "https://press.example/x", "via", List.of(Map.of("kind", "OTHER")));
    given()
        .contentType(ContentType.JSON)
        .body(with(position("Cuba", "SIGNED", "2022-07-05"), "sources", List.of(empty)))
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sources[0].via"));
    given()
        .contentType(ContentType.JSON)
        .body(
            with(
                position("Cuba", "SIGNED", "2022-07-05"),
                "sources",
                List.of(Map.of("url", "https://x.example", "via", List.of(Map.of("kind", 2))))))
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(400);
    given().get("/api/statements/{key}/positions", key).then().body("totalItems", equalTo(0));
  }

  /** statements.csv, positions.csv and claims.csv carry quotes and chains there and back. */
  @Test
  void quotesAndChainsRoundTripThroughTheTables() {
    String key =
        createStatement(
            "chains-csv",
            "LETTER",
            Map.of(
                "date",
                "2022-07-19",
                "quote",
                QUOTE,
                "sources",
                List.of(REUTERS_CITING_UNNAMED, ANNEX),
                "list",
                Map.of("status", "NONE", "source", REUTERS_CITING_UNNAMED)));
    record(
        key,
        with(
            with(position("Cuba", "SIGNED", "2022-07-05"), "quote", "\"Cuba\", they said"),
            "sources",
            List.of(ANNEX, REUTERS_CITING_UNNAMED)));
    claim(key, 40, "2022-07-19", REUTERS_CITING_UNNAMED);

    String via =
        "[{\"kind\":\"ANONYMOUS\",\"note\":\"four sources: three diplomats and a rights expert\"}]";
    Map<String, String> statement = csvRows(exportCsv("statements.csv", key)).get(0);
    assertThat(statement.get("quote")).isEqualTo(QUOTE);
    assertThat(statement.get("source_via")).isEqualTo(via + "\n");
    assertThat(statement.get("list_source_via")).isEqualTo(via);
    Map<String, String> position = csvRows(exportCsv("positions.csv", key)).get(0);
    assertThat(position.get("quote")).isEqualTo("\"Cuba\", they said");
    assertThat(position.get("source_via")).isEqualTo("\n" + via);
    Map<String, String> claim = csvRows(exportCsv("claims.csv", key)).get(0);
    assertThat(claim.get("source_via")).isEqualTo(via);

    // each export imports again as what is stored: nothing changes
    importCsv("statements", exportCsv("statements.csv", key))
        .statusCode(200)
        .body("statements.unchanged", equalTo(1));
    importCsv("positions", exportCsv("positions.csv", key))
        .statusCode(200)
        .body("positions.created", equalTo(0));
    importCsv("claims", exportCsv("claims.csv", key))
        .statusCode(200)
        .body("claims.created", equalTo(0));

    // a chain that is not a list of links is reported by line and column, nothing written
    importCsv(
            "positions",
            "statement,state,action,date,source_url,source_via\n"
                + key
                + ",Pakistan,SIGNED,2022-07-01,https://x.example,[{\"kind\":\"ANONYMOUS\"}]\n"
                + key
                + ",Venezuela,SIGNED,2022-07-01,https://x.example,diplomats\n")
        .statusCode(422)
        .body("errors.column", org.hamcrest.Matchers.contains("source_via"))
        .body("errors.line", org.hamcrest.Matchers.contains(3));
    assertThat(csvRows(exportCsv("positions.csv", key))).hasSize(1);
  }

  private static void claim(String key, int count, String on, Map<String, Object> source) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("count", count, "on", on, "sources", List.of(source)))
        .post("/api/statements/{key}/claims", key)
        .then()
        .statusCode(201);
  }
}
