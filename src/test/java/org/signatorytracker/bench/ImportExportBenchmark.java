package org.signatorytracker.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestAccounts;
import org.signatorytracker.TestData;
import org.signatorytracker.UndlFiles;
import org.signatorytracker.transfer.FreshInstance;

/**
 * The project's speed benchmark, run on demand ({@code ./mvnw verify -Pbench}, rows with {@code
 * -Dbench.rows=1000000}); it prints a table and writes it to target/bench/results.md. It runs on an
 * instance of its own: the H2 file under target/, or PostgreSQL with the same variables as the test
 * suite. Nothing here asserts a speed: timings vary with the machine.
 */
@QuarkusTest
@TestProfile(FreshInstance.class)
@Tag("bench")
class ImportExportBenchmark {

  @Inject EntityManager em;

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String dbKind;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  @TestHTTPResource("/")
  URL base;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String[]> results = new ArrayList<>();

  @Test
  void benchmark() throws Exception {
    int rows = Integer.getInteger("bench.rows", 100_000);
    TestData.emptyTheDatabase(em);
    given()
        .contentType("text/csv")
        .body(TestData.bulkStatements())
        .post("/api/import/statements")
        .then()
        .statusCode(200);
    Path file = Files.createTempFile("bench-positions-", ".csv");
    try {
      TestData.bulkPositions(file, rows);
      long bytes = Files.size(file);

      timed("import positions (dry run)", rows, bytes, () -> upload(file, true));
      timed("import positions", rows, bytes, () -> upload(file, false));
      timed("re-import, all rows unchanged", rows, bytes, () -> upload(file, false));
      long[] exported = new long[1];
      timed(
          "export positions.csv",
          rows,
          0,
          () -> exported[0] = download("api/export/positions.csv"));
      timed("export datapackage.zip", rows, 0, () -> download("api/export/datapackage.zip"));

      String key = "bulk-7"; // rows / 50 records over 198 states
      latency("signatories as of a date", "api/statements/" + key + "/signatories?asOf=2020-06-01");
      latency("count by regional group", "api/statements/" + key + "/count?asOf=2020-06-01");
      latency(
          "count known by a date",
          "api/statements/" + key + "/count?asOf=2020-06-01&knownBy=2020-01-01");
      latency("timeline", "api/statements/" + key + "/timeline");
      latency("compare two statements", "api/compare?a=bulk-7&b=bulk-8&asOf=2020-06-01");
      latency("state positions (all statements)", "api/states/FRA/positions?asOf=2020-06-01");
      latency("signatories as CSV", "api/statements/" + key + "/signatories?format=csv");

      // the UN's voting data as published, a resolution per 198 rows (-Dbench.undl.rows=900000
      // for the whole General Assembly record)
      int undlRows = Integer.getInteger("bench.undl.rows", 50_000);
      Path undl = Files.createTempFile("bench-undl-", ".csv");
      try {
        UndlFiles.generate(undl, undlRows, TestData.stateCodes());
        timed(
            "import UN votes (undl.csv)",
            undlRows,
            Files.size(undl),
            () -> post("api/import/undl", undl));
        unVotesAsOneIssue();
        analysisLatency("issue balance, every UN vote", "api/issues/un-votes/balance");
        analysisLatency("issue timeline, every UN vote", "api/issues/un-votes/timeline");
        analysisLatency(
            "agreement of 50 states, every UN vote",
            "api/agreement?issue=un-votes&states="
                + String.join(",", TestData.stateCodes().subList(0, 50)));
        analysisLatency(
            "agreement of all UN members, every UN vote", "api/agreement?issue=un-votes&group=un");
      } finally {
        Files.deleteIfExists(undl);
      }

      print(rows, bytes, exported[0]);
    } finally {
      Files.deleteIfExists(file);
      TestData.emptyTheDatabase(em);
    }
  }

  private interface Work {
    void run() throws Exception;
  }

  private void timed(String what, int rows, long bytes, Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    results.add(
        new String[] {
          what,
          String.format(Locale.ROOT, "%.1f s", seconds),
          rows == 0 ? "" : String.format(Locale.ROOT, "%,.0f rows/s", rows / seconds),
          bytes == 0 ? "" : String.format(Locale.ROOT, "%.1f MB/s", bytes / 1e6 / seconds)
        });
  }

  /** 20 warm-up requests, then 200 timed ones; p50, p95 and max. */
  private void latency(String what, String path) throws Exception {
    latency(what, path, 20, 200);
  }

  /**
   * An analysis at the UN record's size: 10 warm-up requests (the first reads 900,000 records into
   * the engine's memory, and the heap settles after it), then 40 timed.
   */
  private void analysisLatency(String what, String path) throws Exception {
    latency(what, path, 10, 40);
  }

  private void latency(String what, String path, int warmUps, int timed) throws Exception {
    URI uri = URI.create(base + path);
    for (int i = 0; i < warmUps; i++) {
      get(uri);
    }
    long[] nanos = new long[timed];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      get(uri);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    results.add(
        new String[] {
          what,
          String.format(Locale.ROOT, "p50 %.1f ms", nanos[timed / 2] / 1e6),
          String.format(Locale.ROOT, "p95 %.1f ms", nanos[timed * 95 / 100] / 1e6),
          String.format(Locale.ROOT, "max %.1f ms", nanos[timed - 1] / 1e6)
        });
  }

  /**
   * The imported votes read together as one issue, {@code un-votes} (YES for, NO against): the
   * analysis targets at the size of the whole General Assembly record.
   */
  private void unVotesAsOneIssue() throws Exception {
    given()
        .header("Authorization", TestAccounts.adminAuthorization())
        .contentType("application/json")
        .body("{\"title\":\"Every UN vote\",\"sides\":[\"for\",\"against\"]}")
        .put("/api/issues/un-votes")
        .then()
        .statusCode(201);
    String exported =
        given().get("/api/export/statements.csv").then().statusCode(200).extract().asString();
    StringBuilder tagged = new StringBuilder();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(exported, format);
        CSVPrinter out =
            new CSVPrinter(
                tagged,
                CSVFormat.DEFAULT
                    .builder()
                    .setHeader(parser.getHeaderNames().toArray(String[]::new))
                    .get())) {
      for (CSVRecord row : parser) {
        if (!row.get("kind").equals("VOTE") || !row.get("key").startsWith("a-res-")) {
          continue;
        }
        List<String> values = new ArrayList<>(row.toList());
        values.set(parser.getHeaderNames().indexOf("issues"), "un-votes=YES:for,NO:against");
        out.printRecord(values);
      }
    }
    Path file = Files.createTempFile("bench-un-votes-", ".csv");
    try {
      Files.writeString(file, tagged);
      timed(
          "tag the UN votes with one issue (statements re-import)",
          0,
          0,
          () -> post("api/import/statements", file));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private void get(URI uri) throws Exception {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
  }

  private void upload(Path file, boolean dryRun) throws Exception {
    post("api/import/positions?dryRun=" + dryRun, file);
  }

  private void post(String path, Path file) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", TestAccounts.adminAuthorization())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private long download(String path) throws Exception {
    HttpResponse<java.io.InputStream> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    try (var in = response.body()) {
      return in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  private void print(int rows, long bytes, long exportedBytes) throws IOException {
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "%n## Signatory Tracker benchmark%n%n%s, %,d position rows (%.1f MB of CSV) over %d"
                + " statements and 198 states; export %.1f MB; %d cores, max heap %d MB%n%n",
            dbKind.equals("h2") ? "H2 file " + jdbcUrl : "PostgreSQL " + jdbcUrl,
            rows,
            bytes / 1e6,
            TestData.BULK_STATEMENTS,
            exportedBytes / 1e6,
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20));
    if (dbKind.equals("h2")) {
      table.append(
          String.format(
              Locale.ROOT, "H2 file size after the runs: %.0f MB%n%n", h2FileSize() / 1e6));
    }
    table.append("| what | time / p50 | rate / p95 | throughput / max |\n|---|---|---|---|\n");
    for (String[] row : results) {
      table.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    System.out.println(table);
    Path out = Path.of("target", "bench", "results.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table.toString());
  }

  private long h2FileSize() throws IOException {
    String path = jdbcUrl.replaceFirst("^jdbc:h2:file:", "").replaceFirst(";.*$", "");
    Path file = Path.of(path + ".mv.db");
    return Files.exists(file) ? Files.size(file) : 0;
  }
}
