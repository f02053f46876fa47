package org.signatorytracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service killed with SIGKILL, twice in each of two situations (the moment of the kill
 * drawn from a seeded random; {@code -Dcrash.trials=N} for more), on the database the build targets
 * (H2 file, or PostgreSQL): in the middle of a large import, and while several clients record
 * positions as fast as they can. After each restart the import is entirely absent, everything
 * committed before is intact, and every write that was acknowledged is there.
 */
class CrashIT {

  static final int TRIALS = Integer.getInteger("crash.trials", 2);
  static final int IMPORT_ROWS = 200_000;
  static final int WRITERS = 4;
  static final Path LOGS = Path.of("target", "it-logs");

  static Path bigImport;
  static List<String> states;

  @BeforeAll
  static void bigFile() throws IOException {
    Set<String> codes = new java.util.LinkedHashSet<>();
    for (String line :
        Files.readAllLines(
            Path.of("src", "main", "resources", "db", "migration", "V1__states.sql"))) {
      if (line.startsWith("    ('")
          && line.length() > 10
          && line.charAt(9) == '\''
          && line.charAt(10) == ',') {
        codes.add(line.substring(6, 9));
      }
    }
    states = new ArrayList<>(codes);
    bigImport = Files.createTempFile("crash-import-", ".csv");
    LocalDate start = LocalDate.of(2019, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(bigImport, StandardCharsets.UTF_8)) {
      out.write("statement,state,action,date,source_url\n");
      for (int i = 0; i < IMPORT_ROWS; i++) {
        out.write(
            "crash-bulk,"
                + states.get(i % states.size())
                + ",SIGNED,"
                + start.plusDays(i % 900)
                + ",https://example.org/bulk/"
                + i
                + "\n");
      }
    }
  }

  @Test
  void aKilledImportLeavesNothingAndEverythingBeforeItIntact() throws Exception {
    SplittableRandom random = new SplittableRandom(42);
    for (int trial = 1; trial <= TRIALS; trial++) {
      Map<String, String> database = Databases.fresh("crash_import");
      Path log = LOGS.resolve("crash-import-" + Databases.kind() + "-" + trial + ".log");
      String positionsBefore;
      String statementsBefore;
      try (ServiceProcess service = new ServiceProcess(database, log).start()) {
        loadDemo(service);
        assertThat(
                service
                    .post(
                        "/api/import/statements",
                        "text/csv",
                        "key,title,kind\ncrash-bulk,Bulk letter,LETTER\n")
                    .statusCode())
            .isEqualTo(200);
        positionsBefore = service.get("/api/export/positions.csv?includeRetracted=true").body();
        statementsBefore = service.get("/api/export/statements.csv").body();

        CompletableFuture<Integer> importing =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return service
                        .send(
                            "/api/import/positions",
                            "text/csv",
                            HttpRequest.BodyPublishers.ofFile(bigImport))
                        .statusCode();
                  } catch (Exception connectionLost) {
                    return -1;
                  }
                });
        Thread.sleep(1_500 + random.nextInt(3_000));
        assertThat(importing)
            .as("trial %d: the import must still be running when killed", trial)
            .isNotDone();
        service.kill();
        assertThat(importing.get()).isEqualTo(-1);
      }
      try (ServiceProcess service = new ServiceProcess(database, log).start()) {
        assertThat(service.get("/api/export/positions.csv?includeRetracted=true").body())
            .as("trial %d: positions after the restart", trial)
            .isEqualTo(positionsBefore);
        assertThat(service.get("/api/export/statements.csv").body()).isEqualTo(statementsBefore);
        assertDemoAnswers(service);
        // and the service still takes imports
        assertThat(
                service
                    .post(
                        "/api/import/positions",
                        "text/csv",
                        "statement,state,action,date,source_url\n"
                            + "crash-bulk,France,SIGNED,2020-01-01,https://example.org/after\n")
                    .statusCode())
            .isEqualTo(200);
        service.stop();
      }
      Databases.discard(database);
    }
  }

  @Test
  void everyAcknowledgedWriteSurvivesAKill() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 1; trial <= TRIALS; trial++) {
      Map<String, String> database = Databases.fresh("crash_writes");
      Path log = LOGS.resolve("crash-writes-" + Databases.kind() + "-" + trial + ".log");
      Set<String> acknowledged = ConcurrentHashMap.newKeySet();
      AtomicInteger unanswered = new AtomicInteger();
      try (ServiceProcess service = new ServiceProcess(database, log).start()) {
        assertThat(
                service
                    .post(
                        "/api/statements",
                        "application/json",
                        "{\"key\":\"crash-writes\",\"title\":\"Fast writers\",\"kind\":\"LETTER\"}")
                    .statusCode())
            .isEqualTo(201);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          int writer = w;
          Thread thread =
              new Thread(
                  () -> {
                    for (int n = 0; running.get(); n++) {
                      String note = "writer-" + writer + "-" + n;
                      String body =
                          "{\"state\":\""
                              + states.get((writer * 37 + n) % states.size())
                              + "\",\"action\":\"SIGNED\",\"date\":\""
                              + LocalDate.of(2020, 1, 1).plusDays(n % 700)
                              + "\",\"sources\":[{\"url\":\"https://example.org/w\"}],\"note\":\""
                              + note
                              + "\"}";
                      try {
                        HttpResponse<String> reply =
                            service.post(
                                "/api/statements/crash-writes/positions", "application/json", body);
                        if (reply.statusCode() == 201) {
                          acknowledged.add(note);
                        } else {
                          throw new AssertionError("write refused: " + reply.body());
                        }
                      } catch (IOException | InterruptedException connectionLost) {
                        unanswered.incrementAndGet();
                        return;
                      }
                    }
                  });
          thread.start();
          writers.add(thread);
        }
        Thread.sleep(2_000 + random.nextInt(2_000));
        service.kill();
        running.set(false);
        for (Thread thread : writers) {
          thread.join();
        }
      }
      assertThat(acknowledged).as("trial %d wrote something", trial).isNotEmpty();
      System.out.printf(
          "crash trial %d (%s): %d writes acknowledged, %d in flight at the kill%n",
          trial, Databases.kind(), acknowledged.size(), unanswered.get());
      try (ServiceProcess service = new ServiceProcess(database, log).start()) {
        List<String> stored =
            org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(
                    new java.io.StringReader(
                        service.get("/api/statements/crash-writes/positions?format=csv").body()))
                .stream()
                .map(row -> row.get("note"))
                .toList();
        assertThat(stored).as("trial %d: no record twice", trial).doesNotHaveDuplicates();
        assertThat(new HashSet<>(stored))
            .as("trial %d: every acknowledged write is there", trial)
            .containsAll(acknowledged);
        assertThat(stored.size())
            .as("trial %d: nothing beyond the acknowledged and the in-flight writes", trial)
            .isLessThanOrEqualTo(acknowledged.size() + unanswered.get());
        service.stop();
      }
      Databases.discard(database);
    }
  }

  static void loadDemo(ServiceProcess service) throws Exception {
    String statements =
        Files.readString(Path.of("src", "main", "resources", "demo", "statements.csv"));
    String positions =
        Files.readString(Path.of("src", "main", "resources", "demo", "positions.csv"));
    assertThat(service.post("/api/import/statements", "text/csv", statements).statusCode())
        .isEqualTo(200);
    assertThat(service.post("/api/import/positions", "text/csv", positions).statusCode())
        .isEqualTo(200);
  }

  static void assertDemoAnswers(ServiceProcess service) throws Exception {
    String count = "/api/statements/hrc41-2019-xinjiang-supportive/count?asOf=2019-08-01";
    assertThat(new JsonPath(service.get(count).body()).getInt("counts.SIGNED")).isEqualTo(49);
    assertThat(
            new JsonPath(service.get(count + "&knownBy=2019-08-01").body()).getInt("counts.SIGNED"))
        .isEqualTo(50);
  }
}
