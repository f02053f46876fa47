package org.signatorytracker.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.retract;
import static org.signatorytracker.TestApi.with;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestData;
import org.signatorytracker.operations.DemoData;

/**
 * Export, then import into an empty instance: every report answers exactly as before. The data is
 * the demo letters plus every kind of record the exchange format must carry: retractions, same-day
 * sign-and-withdraw, several sources with publishers and dates, a vote, formula-like text, month-
 * and year-precision dates, disputed records and late-reported withdrawals.
 */
@QuarkusTest
@TestProfile(FreshInstance.class)
class RoundTripTest {

  @Inject DemoData demo;
  @Inject EntityManager em;

  @Test
  void exportThenImportIntoAnEmptyInstanceGivesIdenticalAnswers() throws IOException {
    TestData.emptyTheDatabase(em);
    demo.loadIntoEmptyDatabase();
    List<String> keys =
        new ArrayList<>(
            List.of(
                DemoData.SUPPORTIVE_LETTER,
                "hrc41-2019-xinjiang-critical",
                "ohchr-2022-xinjiang-letter"));
    keys.addAll(trickyData());

    Map<String, Object> before = everyReport(keys);
    // the vote and the letter stand in a second issue too, on its own sides
    assertThat(before.get("other balance 2026-01-01").toString()).contains("against", "USA", "CHN");
    byte[] zip =
        given()
            .queryParam("includeRetracted", "true")
            .get("/api/export/datapackage.zip")
            .then()
            .statusCode(200)
            .contentType("application/zip")
            .extract()
            .asByteArray();
    Map<String, byte[]> files = unzip(zip);
    assertThat(files.keySet())
        .containsExactlyInAnyOrder(
            "datapackage.json",
            "states.csv",
            "issues.csv",
            "groups.csv",
            "memberships.csv",
            "statements.csv",
            "stages.csv",
            "claims.csv",
            "positions.csv",
            "side-claims.csv",
            "README.md",
            "CITATION.cff");
    assertThat(FrictionlessCheck.problems(files)).isEmpty();
    assertThat(new String(files.get("README.md")))
        .contains(FrictionlessCheck.sha256(files.get("positions.csv")));

    TestData.emptyTheDatabase(em);
    assertThat(everyReportOrMissing(keys)).isNotEqualTo(before);

    io.restassured.path.json.JsonPath imported =
        given()
            .contentType("application/zip")
            .body(zip)
            .post("/api/import")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(everyReport(keys)).isEqualTo(before);
    // the reference tables are counted: a row of issues.csv, groups.csv, memberships.csv each
    assertThat(imported.getLong("reference.issues")).isEqualTo(rows(files.get("issues.csv")));
    assertThat(imported.getLong("reference.groups")).isEqualTo(rows(files.get("groups.csv")));
    assertThat(imported.getLong("reference.membershipPeriods"))
        .isEqualTo(rows(files.get("memberships.csv")))
        .isPositive();
    assertThat(
            given()
                .queryParam("size", 500)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.action == 'import.completed' }.summary", String.class))
        // the newest entry first
        .first()
        .asString()
        .contains("issues: " + rows(files.get("issues.csv")))
        .contains("membership periods: " + rows(files.get("memberships.csv")));

    byte[] again =
        given()
            .queryParam("includeRetracted", "true")
            .get("/api/export/positions.csv")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(withoutCommitTimes(again)).isEqualTo(withoutCommitTimes(files.get("positions.csv")));
  }

  /** The data rows of a CSV file (records, quoted line breaks counted once). */
  private static long rows(byte[] csv) throws IOException {
    try (var parser =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(
                new java.io.StringReader(
                    new String(csv, java.nio.charset.StandardCharsets.UTF_8)))) {
      return parser.stream().count();
    }
  }

  @Test
  void aPackageImportsAsAMultipartPartToo() throws IOException {
    TestData.emptyTheDatabase(em);
    demo.loadIntoEmptyDatabase();
    byte[] zip = given().get("/api/export/datapackage.zip").then().extract().asByteArray();
    given()
        .multiPart("package", "data.zip", zip, "application/zip")
        .post("/api/import")
        .then()
        .statusCode(200)
        .body("positions.unchanged", org.hamcrest.Matchers.equalTo(74));
  }

  @Test
  void anEditedFileInAPackageImportsWithAWarning() throws IOException {
    TestData.emptyTheDatabase(em);
    demo.loadIntoEmptyDatabase();
    byte[] zip = given().get("/api/export/datapackage.zip").then().extract().asByteArray();
    Map<String, byte[]> files = unzip(zip);
    files.put("statements.csv", (new String(files.get("statements.csv")) + "\n").getBytes());
    TestData.emptyTheDatabase(em);
    given()
        .contentType("application/zip")
        .body(zipOf(files))
        .post("/api/import")
        .then()
        .statusCode(200)
        .body("warnings[0]", org.hamcrest.Matchers.containsString("statements.csv differs"));
  }

  @Test
  void notAZipIsABadRequest() {
    given()
        .contentType("application/zip")
        .body("not a zip".getBytes())
        .post("/api/import")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  /** Adds statements with every feature the format must carry; returns their keys. */
  private static List<String> trickyData() {
    String letter =
        createStatement(
            "tricky",
            "JOINT_STATEMENT",
            Map.of(
                "date",
                "2022-06",
                "leadStates",
                List.of("Netherlands", "Canada"),
                "reportedCount",
                47,
                "sources",
                List.of(Map.of("url", "https://example.org/letter", "kind", "OFFICIAL")),
                "summary",
                "-47 states; =SUM(A1)",
                "notes",
                "Two lists circulated;\nthe second adds \"Peru\".",
                "list",
                Map.of(
                    "status",
                    "PARTIAL",
                    "note",
                    "Only the first list is known",
                    "source",
                    Map.of(
                        "title",
                        "Press release",
                        "publisher",
                        "Mission of Canada",
                        "published",
                        "2022-06",
                        "kind",
                        "OFFICIAL")),
                "issue",
                "xinjiang"));
    record(
        letter,
        with(
            position("France", "SIGNED", "2022-06-14"),
            "sources",
            List.of(
                Map.of(
                    "url",
                    "https://a.example/1",
                    "title",
                    "Text",
                    "publisher",
                    "OHCHR",
                    "published",
                    "2022-06"),
                Map.of("title", "Statement read out"))));
    record(letter, "Italy", "SIGNED", "2022-06-14");
    record(letter, "Italy", "WITHDREW", "2022-06-14");
    record(letter, "Spain", "WITHDREW", "2022-06-14");
    record(letter, "Spain", "SIGNED", "2022-06-14");
    long mistake = record(letter, "Chile", "SIGNED", "2022");
    retract(mistake, "Chile signed the other statement.");
    record(letter, with(position("Peru", "SIGNED", "2022-06-20"), "confidence", "DISPUTED"));
    record(
        letter,
        with(
            with(position("Japan", "WITHDREW", "2022-07-01"), "reported", "2022-08"),
            "note",
            "@mention: withdrew quietly"));
    record(letter, with(position("Japan", "SIGNED", "2022-06-14"), "confidence", "CONFIRMED"));
    // named in the final annex, with no date of joining; and one with no date at all
    record(letter, with(position("Chad", "SIGNED", null), "reported", "2022-06-30"));
    record(letter, position("Mali", "SIGNED", null));

    given()
        .contentType("application/json")
        .body(
            Map.of(
                "title", "Round trip",
                "description", "Sides, votes and groups",
                "sides", List.of("critical", "supportive")))
        .put("/api/issues/{issue}", ISSUE)
        .then()
        .statusCode(201);
    given()
        .contentType("application/json")
        .body(Map.of("title", "Round trip, another issue", "sides", List.of("for", "against")))
        .put("/api/issues/{issue}", OTHER_ISSUE)
        .then()
        .statusCode(201);
    given()
        .contentType("application/json")
        .body(Map.of("key", GROUP, "name", "Round-trip group", "kind", "other"))
        .post("/api/groups")
        .then()
        .statusCode(201);
    given()
        .contentType("application/json")
        .body(
            List.of(
                Map.of("state", "CHN", "start", "2000"),
                Map.of("state", "IND", "start", "2010-05", "end", "2022-06"),
                Map.of("state", "USA", "start", "2001-01-01", "source", "https://example.org/g")))
        .put("/api/groups/{key}/members", GROUP)
        .then()
        .statusCode(200);
    String vote =
        createStatement(
            "tricky-vote",
            "VOTE",
            Map.of(
                "date",
                "2022-10-06",
                "issues",
                List.of(
                    Map.of(
                        "issue", ISSUE, "voteSides", Map.of("YES", "critical", "NO", "supportive")),
                    Map.of(
                        "issue", OTHER_ISSUE, "voteSides", Map.of("YES", "against", "NO", "for"))),
                "session",
                "UNGA77",
                "outcome",
                Map.of("result", "REJECTED", "on", "2022-10-06")));
    record(vote, "China", "NO", "2022-10-06");
    record(vote, "India", "ABSTAIN", "2022-10-06");
    record(vote, "India", "YES", "2022-10-07");
    record(vote, "United States", "YES", "2022-10-06");
    String sided =
        createStatement(
            "tricky-sided",
            "LETTER",
            Map.of(
                "date",
                "2022-06-30",
                "session",
                "HRC50",
                "issues",
                List.of(
                    Map.of("issue", ISSUE, "side", "supportive"),
                    Map.of("issue", OTHER_ISSUE, "side", "for"))));
    record(sided, "China", "SIGNED", "2022-06-30");
    record(sided, "India", "SIGNED", "2022-06-30");
    record(sided, "India", "WITHDREW", "2022-07-15");
    return List.of(letter, vote, sided);
  }

  private Map<String, Object> everyReport(List<String> keys) {
    Map<String, Object> reports = new LinkedHashMap<>();
    for (String key : keys) {
      for (String asOf :
          List.of(
              "2019-07-12",
              "2019-07-18",
              "2019-08-01",
              "2019-09-01",
              "2022-06-14",
              "2022-07-15",
              "2022-12-31",
              "2026-01-01")) {
        for (String knownBy : List.of("", "2019-08-01", "2022-07-31")) {
          for (String confidence : List.of("CONFIRMED", "REPORTED", "DISPUTED")) {
            String q = "?asOf=" + asOf + "&knownBy=" + knownBy + "&minConfidence=" + confidence;
            reports.put(
                key + " signatories" + q, json("/api/statements/" + key + "/signatories" + q));
            reports.put(key + " count" + q, json("/api/statements/" + key + "/count" + q));
          }
        }
        reports.put(
            key + " m49 " + asOf,
            json("/api/statements/" + key + "/count?by=m49Region&asOf=" + asOf));
      }
      for (String knownBy : List.of("", "2019-08-01", "2022-07-31")) {
        reports.put(
            key + " timeline " + knownBy,
            json("/api/statements/" + key + "/timeline?minConfidence=DISPUTED&knownBy=" + knownBy));
      }
      reports.put(key + " statement", json("/api/statements/" + key));
      reports.put(key + " history", json("/api/statements/" + key + "/positions"));
      for (String other : keys) {
        reports.put(key + " vs " + other, json("/api/compare?a=" + key + "&b=" + other));
      }
    }
    for (String state : List.of("QAT", "YEM", "ITA", "ESP", "CHL", "JPN", "IND", "FRA")) {
      reports.put(state, json("/api/states/" + state + "/positions?asOf=2026-01-01"));
      reports.put(state + " profile", json("/api/states/" + state + "/profile?asOf=2026-01-01"));
    }
    String issue = "/api/issues/" + ISSUE;
    for (String asOf : List.of("2022-07-01", "2022-10-06", "2026-01-01")) {
      reports.put("issue " + asOf, json(issue + "?asOf=" + asOf));
      reports.put("balance " + asOf, json(issue + "/balance?asOf=" + asOf));
      reports.put(
          "balance by group " + asOf,
          json(issue + "/balance?by=groups:" + GROUP + "&asOf=" + asOf));
      reports.put("stances " + asOf, json(issue + "/stances?asOf=" + asOf));
      reports.put("matrix " + asOf, json("/api/matrix?issue=" + ISSUE + "&asOf=" + asOf));
      reports.put(
          "agreement " + asOf,
          json("/api/agreement?issue=" + ISSUE + "&states=CHN,IND,USA&asOf=" + asOf));
      reports.put("coverage " + asOf, json("/api/coverage?issue=" + ISSUE + "&asOf=" + asOf));
      reports.put("group " + asOf, json("/api/groups/" + GROUP + "?asOf=" + asOf));
    }
    for (String asOf : List.of("2022-07-01", "2022-10-06", "2026-01-01")) {
      reports.put(
          "other balance " + asOf, json("/api/issues/" + OTHER_ISSUE + "/balance?asOf=" + asOf));
    }
    reports.put(
        "other switchers",
        json("/api/issues/" + OTHER_ISSUE + "/switchers?from=2022-07-01&to=2023-01-01"));
    reports.put("timeline", json(issue + "/timeline"));
    reports.put("switchers", json(issue + "/switchers?from=2022-07-01&to=2023-01-01"));
    reports.put("issues", json("/api/issues?size=500"));
    // the demo's claim about the supportive side, and the balance that shows it
    reports.put("xinjiang side claims", json("/api/issues/xinjiang/claims"));
    reports.put("xinjiang balance", json("/api/issues/xinjiang/balance?asOf=2022-07-31"));
    return reports;
  }

  private Map<String, Object> everyReportOrMissing(List<String> keys) {
    return Map.of("statements", json("/api/statements"));
  }

  /** A report without what differs by nature between instances: ids, who recorded and when. */
  /** The positions table without recorded_at and retracted_at, its last columns: instance times. */
  private static String withoutCommitTimes(byte[] csv) {
    return new String(csv, java.nio.charset.StandardCharsets.UTF_8)
        .replaceAll("(?m),[0-9T:.-]*Z?,([0-9T:.-]+Z)?\r?$", "")
        .replace(",recorded_at,retracted_at", "");
  }

  private static Object json(String path) {
    Object body = given().get(path).then().extract().jsonPath().get("$");
    return withoutInstanceFields(body);
  }

  private static final String ISSUE = "round-trip";
  private static final String OTHER_ISSUE = "round-trip-other";
  private static final String GROUP = "round-trip-group";

  private static final Set<String> INSTANCE_FIELDS =
      Set.of(
          "records",
          "id",
          "recordId",
          "recordedAt",
          "recordedBy",
          "retractedAt",
          "retractedBy",
          "createdAt",
          "updatedAt",
          "version",
          "revision",
          "recordedThrough",
          "recordedThroughRevision");

  private static Object withoutInstanceFields(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach(
          (k, v) -> {
            if (!INSTANCE_FIELDS.contains(k)) {
              copy.put(k, withoutInstanceFields(v));
            }
          });
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(RoundTripTest::withoutInstanceFields).toList();
    }
    return value;
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  static byte[] zipOf(Map<String, byte[]> files) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
