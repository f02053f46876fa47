package org.signatorytracker.transfer;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.signatoryCodes;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportResourceTest {

  static final String POSITIONS_HEADER =
      "statement,state,action,date,reported,confidence,source_url,source_title,note\n";

  static ValidatableResponse post(String path, String csv) {
    return post(path, csv.getBytes(StandardCharsets.UTF_8));
  }

  static ValidatableResponse post(String path, byte[] csv) {
    return given().contentType("text/csv").body(csv).when().post(path).then();
  }

  static String statementsCsv(String... keys) {
    StringBuilder csv = new StringBuilder("key,title,kind,date,issue,reported_count,url\n");
    for (String key : keys) {
      csv.append(key).append(",Letter ").append(key);
      csv.append(",LETTER,2019-07-12,test,3,https://example.org/letter\n");
    }
    return csv.toString();
  }

  private static List<Map<String, Object>> history(String key) {
    return given()
        .get("/api/statements/{key}/positions", key)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  @Test
  void importsPositionsAndReportsWhatItCreated() {
    String key = createLetter("import-basic");
    String csv =
        POSITIONS_HEADER
            + key
            + ",AUS,SIGNED,2019-07-08,,CONFIRMED,https://example.org/a,Letter text,\n"
            + key
            + ",Qatar,SIGNED,2019-07-12,,,https://example.org/b,,\n"
            + key
            + ",qatar,WITHDREW,2019-07-18,2019-08-21,CONFIRMED,https://example.org/c,,Late\n";
    post("/api/import/positions", csv)
        .statusCode(200)
        .body("imported", equalTo(3))
        .body("positions.created", equalTo(3))
        .body("errors", hasSize(0));
    assertThat(signatoryCodes(key, "asOf", "2019-08-01")).containsExactly("AUS");
    assertThat(signatoryCodes(key, "asOf", "2019-08-01", "knownBy", "2019-08-01"))
        .containsExactly("AUS", "QAT");
  }

  @Test
  void reportsEveryProblemWithItsLineAndColumn() {
    String key = createLetter("import-errors");
    String csv =
        POSITIONS_HEADER
            + key
            + ",France,SIGNED,2019-07-08,,,https://example.org,,\n" // line 2: fine
            + key
            + ",Nort Korea,SIGNED,2019-07-08,,,https://example.org,,\n" // 3
            + key
            + ",Spain,SIGNED,2019-02-30,,,https://example.org,,\n" // 4
            + key
            + ",Italy,SIGND,2019-07-08,,,https://example.org,,\n" // 5
            + "no-such-letter,Chile,SIGNED,2019-07-08,,,https://example.org,,\n" // 6
            + key
            + ",Peru,SIGNED,2019-07-08,,SURE,https://example.org,,\n" // 7
            + key
            + ",Cuba,YES,2019-13,,,,,\n"; // 8: action, date and source
    JsonPath problem =
        post("/api/import/positions", csv)
            .statusCode(422)
            .contentType("application/problem+json")
            .body("status", equalTo(422))
            .body("imported", equalTo(0))
            .extract()
            .jsonPath();
    assertThat(problem.getList("errors", Map.class))
        .extracting(e -> e.get("line"), e -> e.get("column"), e -> e.get("value"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "state", "Nort Korea"),
            org.assertj.core.groups.Tuple.tuple(4, "date", "2019-02-30"),
            org.assertj.core.groups.Tuple.tuple(5, "action", "SIGND"),
            org.assertj.core.groups.Tuple.tuple(6, "statement", "no-such-letter"),
            org.assertj.core.groups.Tuple.tuple(7, "confidence", "SURE"),
            org.assertj.core.groups.Tuple.tuple(8, "date", "2019-13"),
            org.assertj.core.groups.Tuple.tuple(8, "source_url", null),
            org.assertj.core.groups.Tuple.tuple(8, "action", "YES"));
    assertThat(problem.getString("errors[0].message"))
        .isEqualTo(
            "unknown state; did you mean Democratic People's Republic of Korea (PRK)"
                + " or Republic of Korea (KOR)?");
    assertThat(problem.getLong("errorCount")).isEqualTo(8);
    assertThat(history(key)).isEmpty();
  }

  @Test
  void aFileWhoseOnlyBadRowIsTheLastImportsNothing() {
    String key = createLetter("import-last-bad");
    StringBuilder csv = new StringBuilder(POSITIONS_HEADER);
    for (String state : List.of("France", "Germany", "Italy", "Spain", "Portugal")) {
      csv.append(key).append(',').append(state).append(",SIGNED,2020-01-01,,,https://e.org,,\n");
    }
    csv.append(key).append(",Atlantis,SIGNED,2020-01-01,,,https://e.org,,\n");
    post("/api/import/positions", csv.toString())
        .statusCode(422)
        .body("errors", hasSize(1))
        .body("errors[0].line", equalTo(7))
        .body("errors[0].column", equalTo("state"));
    assertThat(history(key)).isEmpty();
  }

  @Test
  void reImportingTheSameFileChangesNothing() {
    String a = uniqueKey("reimport-a");
    String b = uniqueKey("reimport-b");
    String statements = statementsCsv(a, b);
    String positions =
        POSITIONS_HEADER
            + a
            + ",France,SIGNED,2019-07-12,,CONFIRMED,https://e.org/1 https://e.org/2,T,\n"
            + a
            + ",France,WITHDREW,2019-07-12,,,https://e.org/3,,same day\n"
            + b
            + ",Chile,SIGNED,2019-07,,,https://e.org/4,,\n";
    post("/api/import/statements", statements)
        .statusCode(200)
        .body("statements.created", equalTo(2));
    post("/api/import/positions", positions).statusCode(200).body("positions.created", equalTo(3));
    List<Map<String, Object>> before = history(a);

    post("/api/import/statements", statements)
        .statusCode(200)
        .body("imported", equalTo(0))
        .body("statements.unchanged", equalTo(2));
    post("/api/import/positions", positions)
        .statusCode(200)
        .body("imported", equalTo(0))
        .body("positions.created", equalTo(0))
        .body("positions.unchanged", equalTo(3));
    assertThat(history(a)).isEqualTo(before);
    assertThat(history(b)).hasSize(1);
  }

  @Test
  void aRepeatedRowInOneFileIsRecordedOnce() {
    String key = createLetter("import-repeat");
    String row = key + ",France,SIGNED,2019-07-12,,,https://e.org,,\n";
    post("/api/import/positions", POSITIONS_HEADER + row + row)
        .statusCode(200)
        .body("positions.created", equalTo(1))
        .body("positions.unchanged", equalTo(1));
  }

  @Test
  void statementsAreMatchedByKeyAndTheChangedColumnsReported() {
    String key = uniqueKey("import-update");
    post("/api/import/statements", statementsCsv(key)).statusCode(200);
    String changed =
        "key,title,kind,date,issue,reported_count,lead_states,url\n"
            + key
            + ",Letter "
            + key
            + ",LETTER,2019-07-12,test,4,China;Pakistan,https://example.org/letter\n";
    post("/api/import/statements", changed)
        .statusCode(200)
        .body("statements.changed", equalTo(1))
        .body("statements.changes[0].key", equalTo(key))
        .body("statements.changes[0].columns", contains("lead_states", "reported_count"));
    given()
        .get("/api/statements/{key}", key)
        .then()
        .body("reportedCount", equalTo(4))
        .body("leadStates.iso3", contains("CHN", "PAK"));
  }

  @Test
  void dryRunReportsWithoutWriting() {
    String existing = uniqueKey("dry-existing");
    String fresh = uniqueKey("dry-fresh");
    post("/api/import/statements", statementsCsv(existing)).statusCode(200);
    String csv =
        "key,title,kind,date,issue,reported_count,url\n"
            + existing
            + ",Renamed letter,LETTER,2019-07-12,test,3,https://example.org/letter\n"
            + fresh
            + ",New letter,LETTER,2019-07-12,test,3,https://example.org/letter\n";
    given()
        .contentType("text/csv")
        .queryParam("dryRun", "true")
        .body(csv)
        .post("/api/import/statements")
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("imported", equalTo(0))
        .body("statements.createdKeys", contains(fresh))
        .body("statements.changes[0].columns", contains("title"));
    given().get("/api/statements/{key}", fresh).then().statusCode(404);
    given()
        .get("/api/statements/{key}", existing)
        .then()
        .body("title", equalTo("Letter " + existing));
  }

  @Test
  void aDryRunListsEveryStatementItWouldCreateEvenAfterARefusedRow() {
    String existing = uniqueKey("dry-after-existing");
    post("/api/import/statements", statementsCsv(existing)).statusCode(200);
    String first = uniqueKey("dry-after-a");
    String second = uniqueKey("dry-after-b");
    String csv =
        "key,title,kind,date,url\n"
            + uniqueKey("dry-after-bad")
            + ",Refused,PETITION,2019-07-12,https://example.org/x\n"
            + first
            + ",First,LETTER,2019-07-12,https://example.org/x\n"
            + existing
            + ",Renamed,LETTER,2019-07-12,https://example.org/letter\n"
            + second
            + ",Second,LETTER,2019-07-12,https://example.org/x\n";
    given()
        .contentType("text/csv")
        .queryParam("dryRun", "true")
        .body(csv)
        .post("/api/import/statements")
        .then()
        .statusCode(422)
        .body("errors", hasSize(1))
        .body("errors[0].line", equalTo(2))
        .body("statements.createdKeys", contains(first, second))
        .body("statements.changes[0].key", equalTo(existing))
        .body("statements.changes[0].columns", hasItem("title"));
    given().get("/api/statements/{key}", first).then().statusCode(404);
  }

  @Test
  void readsWhatSpreadsheetsSave() {
    String key = createLetter("import-liberal");
    // BOM, CRLF, tabs, headers in another order and case, spaces, a blank row, quoted cells with
    // the separator, quotes and a line break
    String tsv =
        "\uFEFF Source URL \tState\tDATE\tAction\tstatement\tNote\r\n"
            + " https://e.org/1 \t France \t2019-07-12\tsigned\t"
            + key
            + "\t\"tab\there, \"\"quoted\"\"\"\r\n"
            + "\t\t\t\t\t\r\n"
            + "https://e.org/2\tGermany\t2019-07-13\tSIGNED\t"
            + key
            + "\t\"two\r\nlines\"\r\n"
            + "https://e.org/3\tTürkiye\t2019-07-14\tSIGNED\t"
            + key
            + "\t\r\n"
            + "https://e.org/4\tItaly\t2019-07-15\tSIGNED\t"
            + key
            + "\tC:\\notes\\N.txt, \\t and \\N as written\r\n";
    post("/api/import/positions", tsv).statusCode(200).body("positions.created", equalTo(4));
    List<Map<String, Object>> records = history(key);
    assertThat(records)
        .extracting(r -> (Object) ((Map<?, ?>) r.get("state")).get("iso3"))
        .containsExactly("FRA", "DEU", "TUR", "ITA");
    // backslashes kept as written (PostgreSQL's bulk load reads them as escapes unless doubled)
    assertThat(records.get(3).get("note")).isEqualTo("C:\\notes\\N.txt, \\t and \\N as written");

    assertThat(records.get(0).get("note")).isEqualTo("tab\there, \"quoted\"");
    assertThat(records.get(1).get("note")).isEqualTo("two\r\nlines");
  }

  @Test
  void lineNumbersAreSpreadsheetRowsDespiteLineBreaksInCells() {
    String key = createLetter("import-rows");
    String csv =
        POSITIONS_HEADER
            + key
            + ",France,SIGNED,2019-07-12,,,https://e.org,,\"a note\non three\nlines\"\n"
            + "\n"
            + key
            + ",Atlantis,SIGNED,2019-07-12,,,https://e.org,,\n";
    post("/api/import/positions", csv).statusCode(422).body("errors[0].line", equalTo(4));
  }

  @Test
  void commaSeparatedFilesWithSemicolonsWork() {
    String key = uniqueKey("import-semicolon");
    String csv =
        "key;title;kind;lead_states;url\n"
            + key
            + ";\"A; letter\";LETTER;\"FR;DE\";https://example.org/a\n";
    post("/api/import/statements", csv).statusCode(200);
    given()
        .get("/api/statements/{key}", key)
        .then()
        .body("title", equalTo("A; letter"))
        .body("leadStates.iso3", contains("FRA", "DEU"));
  }

  /** More statements than are read in one query: the leads of the first and of the last. */
  @Test
  void theLeadStatesOfEveryImportedStatementAreRecordedAsLeads() {
    String prefix = uniqueKey("import-leads");
    StringBuilder csv = new StringBuilder("key,title,kind,date,lead_states,url\n");
    for (int i = 0; i < 101; i++) {
      csv.append(prefix + "-" + i)
          .append(",Letter ")
          .append(i)
          .append(",LETTER,2019-07-12,")
          .append(i == 50 ? "" : "\"France;Canada\"")
          .append(",https://example.org/leads\n");
    }
    post(
            "/api/import/statements",
            csv.toString().replace(prefix + "-100", prefix.toUpperCase() + "-100"))
        .statusCode(200);
    for (int i : new int[] {0, 100}) {
      given()
          .get("/api/statements/{key}/signatories?asOf=2019-07-12", prefix + "-" + i)
          .then()
          .statusCode(200)
          .body("states.iso3", containsInAnyOrder("CAN", "FRA"))
          .body("states.role", everyItem(equalTo("LEAD")));
    }
    given()
        .get("/api/statements/{key}/signatories?asOf=2019-07-12", prefix + "-50")
        .then()
        .statusCode(200)
        .body("states", empty());
  }

  @Test
  void aMissingColumnIsReportedOnTheHeaderRow() {
    post("/api/import/positions", "statement,state,date,source_url\nx,France,2019,https://e.org\n")
        .statusCode(422)
        .body("errors[0].line", equalTo(1))
        .body("errors[0].column", equalTo("action"))
        .body("errors[0].message", equalTo("required column is missing"));
  }

  @Test
  void anUnknownColumnIsAWarning() {
    String key = createLetter("import-extra-column");
    post(
            "/api/import/positions",
            "statement,state,action,date,source_url,my notes\n"
                + key
                + ",France,SIGNED,2019,https://e.org,private\n")
        .statusCode(200)
        .body("warnings[0]", containsString("'my_notes' is not part of the format"));
  }

  @Test
  void repeatedKeysAndExtraCellsAreProblems() {
    String key = uniqueKey("import-dup");
    String csv =
        "key,title,kind\n"
            + key
            + ",One,LETTER\n"
            + key
            + ",Two,LETTER\n"
            + key
            + "-x,A,B,LETTER\n";
    post("/api/import/statements", csv)
        .statusCode(422)
        .body("errors.line", contains(3, 4))
        .body("errors[0].column", equalTo("key"))
        .body("errors[0].message", equalTo("repeats the key on line 2"))
        .body("errors[1].message", containsString("more cells than the header"));
    given().get("/api/statements/{key}", key).then().statusCode(404);
  }

  @Test
  void unreadableFilesAreProblemsNotFailures() {
    post("/api/import/positions", "")
        .statusCode(422)
        .body("errors[0].message", containsString("empty"));
    post("/api/import/positions", POSITIONS_HEADER + "x,France,SIGNED,2019,,,\"https://e.org,,\n")
        .statusCode(422)
        .body("errors[0].message", containsString("quoted cell is never closed"));
    byte[] latin1 =
        (POSITIONS_HEADER + "x,Côte d'Ivoire,SIGNED,2019,,,https://e.org,,\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    post("/api/import/positions", latin1)
        .statusCode(422)
        .body("errors[0].message", containsString("not UTF-8"));
  }

  @Test
  void aNulCharacterInACellIsAProblemOfThatCell() {
    String key = createLetter("import-nul");
    post(
            "/api/import/positions",
            POSITIONS_HEADER + key + ",France,SIGNED,2019,,,https://e.org,,a\u0000b\n")
        .statusCode(422)
        .body("errors[0].line", equalTo(2))
        .body("errors[0].column", equalTo("note"))
        .body("errors[0].message", equalTo("must not contain the NUL character"));
  }

  @Test
  void multipartUploadsWork() {
    String key = createLetter("import-multipart");
    given()
        .multiPart(
            "file",
            "positions.csv",
            (POSITIONS_HEADER + key + ",France,SIGNED,2019,,,https://e.org,,\n")
                .getBytes(StandardCharsets.UTF_8),
            "text/csv")
        .post("/api/import/positions")
        .then()
        .statusCode(200)
        .body("positions.created", equalTo(1));
  }

  @Test
  void oneUploadOfBothFilesIsOneTransaction() {
    String key = uniqueKey("import-both");
    String positions = POSITIONS_HEADER + key + ",France,SIGNED,2019-07-12,,,https://e.org,,\n";
    given()
        .multiPart(
            "statements",
            "statements.csv",
            statementsCsv(key).getBytes(StandardCharsets.UTF_8),
            "text/csv")
        .multiPart(
            "positions", "positions.csv", positions.getBytes(StandardCharsets.UTF_8), "text/csv")
        .post("/api/import")
        .then()
        .statusCode(200)
        .body("statements.created", equalTo(1))
        .body("positions.created", equalTo(1));
    assertThat(signatoryCodes(key, "asOf", "2019-07-12")).containsExactly("FRA");

    String other = uniqueKey("import-both-bad");
    String badPositions =
        POSITIONS_HEADER + other + ",Atlantis,SIGNED,2019-07-12,,,https://e.org,,\n";
    given()
        .multiPart(
            "statements",
            "statements.csv",
            statementsCsv(other).getBytes(StandardCharsets.UTF_8),
            "text/csv")
        .multiPart(
            "positions", "positions.csv", badPositions.getBytes(StandardCharsets.UTF_8), "text/csv")
        .post("/api/import")
        .then()
        .statusCode(422)
        .body("errors[0].file", equalTo("positions.csv"))
        .body("errors[0].line", equalTo(2));
    given().get("/api/statements/{key}", other).then().statusCode(404);
  }

  @Test
  void positionsOfARefusedStatementRowAreReportedOncePerStatement() {
    String good = uniqueKey("refused-good");
    String bad = uniqueKey("refused-bad");
    String statements =
        "key,title,kind,date\n"
            + good
            + ",A letter,LETTER,2019-07-12\n"
            + bad
            + ",Another letter,LETTER,2019-07-32\n"; // row 3: no 32 July
    StringBuilder positions = new StringBuilder(POSITIONS_HEADER);
    for (String state : List.of("France", "Spain", "Italy")) {
      positions.append(bad).append(',').append(state).append(",SIGNED,2019,,,https://e.org,,\n");
    }
    positions.append(good).append(",Chile,SIGNED,2019-07-12,,,https://e.org,,\n");
    positions.append(bad.toUpperCase()).append(",Peru,SIGNED,2019,,,https://e.org,,\n");
    JsonPath problem =
        given()
            .multiPart("statements", "statements.csv", statements.getBytes(StandardCharsets.UTF_8))
            .multiPart(
                "positions", "positions.csv", positions.toString().getBytes(StandardCharsets.UTF_8))
            .post("/api/import")
            .then()
            .statusCode(422)
            .extract()
            .jsonPath();
    assertThat(problem.getLong("errorCount")).isEqualTo(2);
    assertThat(problem.getString("errors[0].file")).isEqualTo("statements.csv");
    assertThat(problem.getInt("errors[0].line")).isEqualTo(3);
    assertThat(problem.getString("errors[0].column")).isEqualTo("date");
    assertThat(problem.getString("errors[1].file")).isEqualTo("positions.csv");
    assertThat(problem.getInt("errors[1].line")).isEqualTo(2);
    assertThat(problem.getString("errors[1].column")).isEqualTo("statement");
    assertThat(problem.getString("errors[1].message"))
        .isEqualTo(
            "the statement's row 3 of statements.csv in the same upload was refused (see its"
                + " problems); 4 position rows refer to it (rows 2, 3, 4, 6)");
    given().get("/api/statements/{key}", good).then().statusCode(404);
  }

  @Test
  void positionsOfAnUnknownStatementAreReportedOnceWithSuggestions() {
    String key = createLetter("hrc41-unknown-target");
    String typo = key.replace("unknown", "unknwn");
    StringBuilder positions = new StringBuilder(POSITIONS_HEADER);
    for (int i = 0; i < 7; i++) {
      positions.append(typo).append(",France,SIGNED,2019-07-0").append(i + 1);
      positions.append(",,,https://e.org/").append(i).append(",,\n");
    }
    JsonPath problem =
        post("/api/import/positions", positions.toString()).statusCode(422).extract().jsonPath();
    assertThat(problem.getLong("errorCount")).isEqualTo(1);
    assertThat(problem.getString("errors[0].message"))
        .isEqualTo(
            "unknown statement; did you mean '"
                + key
                + "'?; create it first or import it in the same upload; 7 position rows refer"
                + " to it (rows 2, 3, 4, 5, 6, …)");
  }

  @Test
  void positionsCheckedAgainstAValidStatementRowThatWasNotWrittenAreNotCalledUnknown() {
    String bad = uniqueKey("first-row-bad");
    String good = uniqueKey("second-row-good");
    String statements =
        "key,title,kind,date\n" + bad + ",,LETTER,2019\n" + good + ",A vote,VOTE,2019\n";
    String positions =
        POSITIONS_HEADER
            + good
            + ",France,YES,2019,,,https://e.org,,\n"
            + good
            + ",Spain,SIGNED,2019,,,https://e.org,,\n";
    JsonPath problem =
        given()
            .multiPart("statements", "statements.csv", statements.getBytes(StandardCharsets.UTF_8))
            .multiPart("positions", "positions.csv", positions.getBytes(StandardCharsets.UTF_8))
            .post("/api/import")
            .then()
            .statusCode(422)
            .extract()
            .jsonPath();
    assertThat(problem.getList("errors", Map.class))
        .extracting(e -> e.get("file"), e -> e.get("line"), e -> e.get("column"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("statements.csv", 2, "title"),
            org.assertj.core.groups.Tuple.tuple("positions.csv", 3, "action"));
  }

  @Test
  void statementSourcesImportWithTheirKindAndTheOlderUrlColumnStillReads() {
    String listed = uniqueKey("sources-listed");
    post(
            "/api/import/statements",
            "key,title,kind,source_url,source_title,source_kind\n"
                + listed
                + ",A letter,LETTER,\"https://un.example/a\nhttps://press.example/b\","
                + "\"Annex\nReport\",\"official\nPRESS\"\n")
        .statusCode(200);
    given()
        .get("/api/statements/{key}", listed)
        .then()
        .body("sources.url", contains("https://un.example/a", "https://press.example/b"))
        .body("sources.title", contains("Annex", "Report"))
        .body("sources.kind", contains("OFFICIAL", "PRESS"));

    String older = uniqueKey("sources-older");
    post(
            "/api/import/statements",
            "key,title,kind,url\n" + older + ",A letter,LETTER,https://a.example\n")
        .statusCode(200)
        .body("warnings", hasSize(0));
    given()
        .get("/api/statements/{key}", older)
        .then()
        .body("sources[0].url", equalTo("https://a.example"))
        .body("sources[0].kind", equalTo("OTHER"));

    post(
            "/api/import/statements",
            "key,title,kind,source_url,source_kind\n"
                + uniqueKey("sources-bad")
                + ",A letter,LETTER,https://a.example,rumour\n")
        .statusCode(422)
        .body("errors[0].column", equalTo("source_kind"))
        .body("errors[0].value", equalTo("rumour"));
  }

  @Test
  void anEmptyUploadIsABadRequest() {
    given()
        .multiPart("nothing", "x")
        .post("/api/import")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .contentType("text/csv")
        .queryParam("dryRun", "maybe")
        .body(POSITIONS_HEADER)
        .post("/api/import/positions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("dryRun"));
  }

  @TestHTTPResource("/")
  URL base;

  /** An upload that declares more bytes than the limit is refused before any is read. */
  @Test
  void anUploadOverTheLimitIsRefusedWith413() throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      String request =
          "POST /api/import/positions HTTP/1.1\r\nHost: localhost\r\n"
              + "Content-Type: text/csv\r\nContent-Length: "
              + (600L * 1024 * 1024)
              + "\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response)
          .startsWith("HTTP/1.1 413")
          .contains("application/problem+json")
          .contains("tracker.import.max-upload-size");
    }
  }

  @Test
  void retractionReasonsImportAsRetractions() {
    String key = createLetter("import-retraction");
    String csv =
        "statement,state,action,date,source_url,retraction_reason\n"
            + key
            + ",France,SIGNED,2019-07-12,https://e.org,Misread the annex\n"
            + key
            + ",Spain,SIGNED,2019-07-12,https://e.org,\n";
    post("/api/import/positions", csv).statusCode(200).body("positions.retracted", equalTo(1));
    assertThat(signatoryCodes(key, "asOf", "2019-07-12")).containsExactly("ESP");
    post("/api/import/positions", csv)
        .statusCode(200)
        .body("positions.unchanged", equalTo(2))
        .body("positions.retracted", equalTo(0));
  }

  @Test
  void issuesImportAloneOrWithTheRestOfADataSetInOneUpload() throws java.io.IOException {
    String issue = uniqueKey("imported-issue");
    post("/api/import/issues", "key,title,sides\n" + issue + ",Imported,critical;supportive\n")
        .statusCode(200)
        .body("reference.issues", equalTo(1));
    given().get("/api/issues/{issue}", issue).then().statusCode(200).body("sides", hasSize(2));

    // one multipart upload: the issue and a statement standing on one of its sides
    String other = uniqueKey("upload-issue");
    String key = uniqueKey("upload-statement");
    given()
        .multiPart(
            "issues",
            "issues.csv",
            ("key,title,sides\n" + other + ",Other,for;against\n").getBytes(UTF_8),
            "text/csv")
        .multiPart(
            "statements",
            "statements.csv",
            ("key,title,kind,issue,side,url\n"
                    + key
                    + ",Letter,LETTER,"
                    + other
                    + ",against,https://example.org/l\n")
                .getBytes(UTF_8),
            "text/csv")
        .post("/api/import")
        .then()
        .statusCode(200)
        .body("reference.issues", equalTo(1))
        .body("statements.createdKeys", contains(key));
    given().get("/api/statements/{key}", key).then().body("side", equalTo("against"));

    // a data package may hold any subset of its tables: issues alone
    String alone = uniqueKey("package-issue");
    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
      out.putNextEntry(new java.util.zip.ZipEntry("issues.csv"));
      out.write(("key,title,sides\n" + alone + ",Alone,yes;no\n").getBytes(UTF_8));
      out.closeEntry();
    }
    given()
        .contentType("application/zip")
        .body(zip.toByteArray())
        .post("/api/import")
        .then()
        .statusCode(200)
        .body("reference.issues", equalTo(1));
    given().get("/api/issues/{issue}", alone).then().statusCode(200);
  }
}
