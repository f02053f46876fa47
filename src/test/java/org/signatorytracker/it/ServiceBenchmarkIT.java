package org.signatorytracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The project's benchmark of the packaged service ({@code ./mvnw verify -Pbench}; {@code
 * -Dbench.records=N}, default 2,000,000, and {@code -Dbench.seconds=S} per operation): generates a
 * data set with a fixed seed (letters of 20–120 signatories with later joiners, withdrawals and
 * re-signs, partial dates, late reports, every confidence; votes of 47 members; one worst-case
 * letter of 193 states × 100 records), starts the service on a fresh database, imports it through
 * the API, restarts it with the data loaded, then drives each operation over loopback for a fixed
 * time after a warm-up, beside {@code /q/health/live} as the framework's ceiling, and count and
 * signatories at a steady rate (open model; {@code -Dbench.scaling=true} adds a run at a tenth of
 * the scale and the ratios between the two). It prints one table and writes it as JSON to {@code
 * target/bench/service-<database>.json}. Nothing is asserted about speed: the numbers belong to the
 * machine.
 */
@Tag("bench")
class ServiceBenchmarkIT {

  private static final int RECORDS = Integer.getInteger("bench.records", 2_000_000);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 10);

  /** The issue of the analysis targets, and how many statements it has. */
  private static final String BIG_ISSUE = "bench-big";

  private static final int BIG_ISSUE_SIZE = 1_000;

  /** How many issues the other statements spread over: the home page lists them all. */
  private static final int ISSUES = 3_000;

  private static final int CONNECTIONS = 16;
  private static final Path OUT = Path.of("target", "bench");
  private static final boolean WRK = Wrk.available();
  private static final int PATHS_PER_RUN = 20_000;
  private static final int STARTS = 3;
  private static final int WARM_UP = Math.max(2, SECONDS / 2);
  private static final Path BARE = OUT.resolve("bare-app");

  private SplittableRandom random;
  private int records;
  private final List<String[]> rows = new ArrayList<>();
  private final Map<String, Object> json = new LinkedHashMap<>();
  private Targets targets = new Targets();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(Executors.newFixedThreadPool(CONNECTIONS))
          .build();
  private List<String> keys;
  private List<String> states;

  /**
   * At the chosen scale; with {@code -Dbench.scaling=true} also at a tenth of it, then the ratio of
   * each per-statement report's latency at the larger scale to the smaller.
   */
  @Test
  void benchmark() throws Exception {
    Files.createDirectories(OUT);
    if (!Boolean.getBoolean("bench.scaling")) {
      measure(RECORDS);
      return;
    }
    Map<String, Object> small = measure(RECORDS / 10);
    Map<String, Object> large = measure(RECORDS);
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%nScaling on %s: %,d records against %,d (latency at the larger / the smaller)%n",
                Databases.kind(),
                RECORDS,
                RECORDS / 10));
    for (Map.Entry<String, Object> e : large.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> big && small.get(e.getKey()) instanceof Map<?, ?> few) {
        table.append(
            String.format(
                Locale.ROOT,
                "%-48s | p50 × %.2f | p99 × %.2f%n",
                e.getKey(),
                (Double) big.get("p50ms") / (Double) few.get("p50ms"),
                (Double) big.get("p99ms") / (Double) few.get("p99ms")));
      }
    }
    System.out.println(table);
    Files.writeString(OUT.resolve("scaling-" + Databases.kind() + ".txt"), table);
  }

  /** One full run at a scale: its table printed and written; returns its figures. */
  private Map<String, Object> measure(int scale) throws Exception {
    records = scale;
    random = new SplittableRandom(20190712L);
    rows.clear();
    json.clear();
    targets = new Targets();
    json.put("records", scale);
    // the yardstick first, alone on the machine: a bare app's start, health and count query
    Bare bare = bare();
    Map<String, String> database = new java.util.HashMap<>(Databases.fresh("bench"));
    if (!Databases.postgres()) {
      // as shipped: H2 compacts its file for up to three seconds at each stop
      database.merge("QUARKUS_DATASOURCE_JDBC_URL", ";MAX_COMPACT_TIME=3000", String::concat);
    }
    // the service's log names any query slower than this, to see where time goes
    database.put("QUARKUS_HIBERNATE_ORM_LOG_QUERIES_SLOWER_THAN_MS", "25");
    Path statements = Files.createTempFile("bench-statements-", ".csv");
    Path positions = Files.createTempFile("bench-positions-", ".csv");
    Path log = OUT.resolve("service-" + Databases.kind() + ".log");
    try {
      long start = System.nanoTime();
      ServiceProcess service = new ServiceProcess(database, log).start();
      double emptyStart = (System.nanoTime() - start) / 1e9;
      states = new JsonPath(service.get("/api/states?size=500").body()).getList("items.iso3");
      long generated = generate(statements, positions);
      HttpResponse<String> declared =
          service.exchange(
              service
                  .request("/api/issues/" + BIG_ISSUE)
                  .header("Content-Type", "application/json")
                  .PUT(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"title\":\"An issue of "
                              + BIG_ISSUE_SIZE
                              + " statements\",\"sides\":[\"critical\",\"supportive\"]}"))
                  .build());
      assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
      importFile(service, "/api/import/statements", statements, -1);
      importFile(service, "/api/import/positions", positions, generated);
      if (!Databases.postgres()) {
        settle(database, generated);
      }
      service.stop();

      double[] loadedStarts = new double[STARTS];
      for (int i = 0; i < STARTS; i++) {
        start = System.nanoTime();
        service = new ServiceProcess(database, log).start();
        loadedStarts[i] = (System.nanoTime() - start) / 1e9;
        if (i < STARTS - 1) {
          service.stop();
        }
      }
      double loadedStart = median(loadedStarts);
      double bareStart = bare.startSeconds();
      long storedBytes = Databases.sizeBytes(database);
      row(
          "database size after the import and a restart",
          String.format(Locale.ROOT, "%,d MB", storedBytes >> 20),
          String.format(Locale.ROOT, "%,.0f bytes per record", (double) storedBytes / generated));
      json.put("databaseBytesPerRecord", (double) storedBytes / generated);
      if (!Databases.postgres()) {
        targets.add(
            "H2 file after the import and a restart",
            "≤ 1,024 bytes per record",
            String.format(Locale.ROOT, "%,.0f bytes per record", (double) storedBytes / generated),
            storedBytes <= 1024L * generated);
      }
      targets.add(
          "start to ready with the data",
          "≤ 1.3 × the bare app",
          String.format(Locale.ROOT, "%.2f s, %.2f ×", loadedStart, loadedStart / bareStart),
          loadedStart <= 1.3 * bareStart);
      row("start to ready, empty database", String.format(Locale.ROOT, "%.1f s", emptyStart));
      row(
          "start to ready, " + String.format(Locale.ROOT, "%,d", generated) + " records",
          String.format(Locale.ROOT, "%.2f s", loadedStart),
          String.format(Locale.ROOT, "%.2f× bare app", loadedStart / bareStart),
          "median of " + STARTS);
      row(
          "start to ready, a bare REST + Panache app",
          String.format(Locale.ROOT, "%.2f s", bareStart),
          "",
          "median of " + STARTS);
      json.put("startEmptySeconds", emptyStart);
      json.put("startLoadedSeconds", loadedStart);
      json.put("startBareAppSeconds", bareStart);

      String token =
          new JsonPath(
                  service
                      .post("/api/tokens", "application/json", "{\"name\":\"benchmark writes\"}")
                      .body())
              .getString("token");
      service.post(
          "/api/statements",
          "application/json",
          "{\"key\":\"bench-writes\",\"title\":\"Writes\",\"kind\":\"LETTER\"}");

      GcPauses gcBefore = gcPauses(service);
      readEveryStatementOnce(service);
      // on two cores the JIT takes tens of seconds to compile the hot paths: a mix of every
      // statement report first, so that what is measured is the service's steady state
      load(
          service,
          "warm-up",
          CONNECTIONS,
          i ->
              switch ((int) (i % 4)) {
                case 0 -> report("count", true, i % 8 == 0);
                case 1 -> report("signatories", true, false);
                case 2 -> report("timeline", false, false);
                default -> "/api/compare?a=" + key() + "&b=" + key() + "&asOf=" + day();
              },
          0,
          Math.max(10, 3 * SECONDS));
      rows.remove(rows.size() - 1);
      json.remove("warm-up");
      // the JIT's compiler threads run on for a while after the warm-up: the ceiling, measured
      // next, gets a warm-up of its own as long as its run
      // the service's health is on its management interface, a server of its own in the process
      ServiceProcess management = service.atManagementPort();
      load(management, "settle", CONNECTIONS, i -> "/q/health/live", 0, SECONDS);
      rows.remove(rows.size() - 1);
      json.remove("settle");
      double ceiling =
          load(management, "GET /q/health/live (ceiling)", CONNECTIONS, i -> "/q/health/live");
      double cheapest =
          load(
              service,
              "GET /api/states/FRA (the cheapest request)",
              CONNECTIONS,
              i -> "/api/states/FRA",
              ceiling);
      targets.share(
          "the cheapest request, GET /api/states/FRA",
          cheapest,
          bare.health(),
          0.8,
          "a bare app's /q/health/live");
      double count =
          load(
              service,
              "count as of a random date",
              CONNECTIONS,
              i -> report("count", true, false),
              ceiling);
      targets.share("count of a letter as of a date", count, bare.count(), 0.4, "a bare count");
      targets.p99(
          "count of a letter as of a date, 16 connections", p99("count as of a random date"), 10);
      load(
          service,
          "count as of a date, known by a date",
          CONNECTIONS,
          i -> report("count", true, true),
          ceiling);
      double signatories =
          load(
              service,
              "signatories as of a random date",
              CONNECTIONS,
              i -> report("signatories", true, false),
              ceiling);
      targets.share(
          "signatories of a letter as of a date", signatories, bare.count(), 0.4, "a bare count");
      targets.p99(
          "signatories as of a date, 16 connections", p99("signatories as of a random date"), 10);
      // open model: requests sent at a fixed rate, each timed from when it was due, so that a
      // stall counts for everything it delays. The rate is the target's (40% of the ceiling) unless
      // the operation cannot sustain it, then 70% of what it did: beyond that the queue only grows
      steady(
          service,
          "count at a steady rate",
          Math.min(0.4 * ceiling, 0.7 * count),
          ceiling,
          i -> report("count", true, false));
      steady(
          service,
          "signatories at a steady rate",
          Math.min(0.4 * ceiling, 0.7 * signatories),
          ceiling,
          i -> report("signatories", true, false));
      load(service, "timeline", CONNECTIONS, i -> report("timeline", false, false), ceiling);
      load(
          service,
          "compare two statements",
          CONNECTIONS,
          i -> "/api/compare?a=" + key() + "&b=" + key() + "&asOf=" + day(),
          ceiling);
      readEveryStateOnce(service);
      load(
          service,
          "a state's standings",
          CONNECTIONS,
          i ->
              "/api/states/"
                  + states.get(random().nextInt(states.size()))
                  + "/positions?asOf="
                  + day(),
          ceiling);
      targets.p99("a state's standings", p99("a state's standings"), 20);
      load(
          service,
          "worst-case letter: count, 1 client",
          1,
          i -> "/api/statements/bench-worst/count?asOf=" + day(),
          ceiling);
      load(
          service,
          "worst-case letter: timeline, 1 client",
          1,
          i -> "/api/statements/bench-worst/timeline",
          ceiling);
      load(
          service,
          "worst-case letter: compare, 1 client",
          1,
          i -> "/api/compare?a=bench-worst&b=bench-page&asOf=" + day(),
          ceiling);
      targets.p99(
          "worst-case letter: count, 1 client", p99("worst-case letter: count, 1 client"), 5);
      targets.p99(
          "worst-case letter: timeline, 1 client",
          p99("worst-case letter: timeline, 1 client"),
          20);
      targets.p99(
          "worst-case letter: compare, 1 client", p99("worst-case letter: compare, 1 client"), 20);
      analyses(service);
      maps(service);
      garbageCollection(service, gcBefore);
      recognition(service, token);
      writes(service, token);
      service.stop();
      print();
      return new LinkedHashMap<>(json);
    } finally {
      Files.deleteIfExists(statements);
      Files.deleteIfExists(positions);
      if (!Boolean.getBoolean("bench.keep")) { // -Dbench.keep=true keeps the database to study
        Databases.discard(database);
      }
    }
  }

  /**
   * H2 grows its file during a large import and the service compacts it while it runs (every 30 s,
   * once H2 has let go of the emptied chunks, 45 s after they were written): the size right after
   * the import, then once it has settled (at most three minutes), each as a row.
   */
  private void settle(Map<String, String> database, long records) throws Exception {
    long peak = Databases.sizeBytes(database);
    row(
        "database size right after the import",
        String.format(Locale.ROOT, "%,d MB", peak >> 20),
        String.format(Locale.ROOT, "%,.0f bytes per record", (double) peak / records));
    long start = System.nanoTime();
    long size = peak;
    long deadline = start + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline && size > 1024L * records) {
      Thread.sleep(5_000);
      size = Databases.sizeBytes(database);
    }
    row(
        "database size once compacted, running",
        String.format(Locale.ROOT, "%,d MB", size >> 20),
        String.format(
            Locale.ROOT,
            "%,.0f bytes per record after %.0f s",
            (double) size / records,
            (System.nanoTime() - start) / 1e9));
    json.put("databaseBytesPerRecordAtImport", (double) peak / records);
    json.put("databaseBytesPerRecordCompacted", (double) size / records);
  }

  /** What the bare app measured: its start, and its throughput on health and on a count query. */
  private record Bare(double startSeconds, double health, double count) {}

  /**
   * The yardstick: a bare Quarkus REST + Panache application (src/bench/bare), built for the same
   * kind of database and started on a fresh one as often as the service; at its last start, its
   * {@code /q/health/live} and its endpoint of one {@code count} query under the same load as the
   * service's reports.
   */
  private Bare bare() throws Exception {
    Path jar = BARE.resolve("quarkus-app").resolve("quarkus-run.jar");
    // built on every run: QUARKUS_DATASOURCE_DB_KIND, inherited, fixes its database kind
    Process build =
        new ProcessBuilder("./mvnw", "-B", "-ntp", "-q", "-f", "src/bench/bare/pom.xml", "package")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(OUT.resolve("bare-app.log").toFile()))
            .start();
    if (build.waitFor() != 0) {
      throw new IllegalStateException("the bare app did not build; see target/bench/bare-app.log");
    }
    double[] starts = new double[STARTS];
    double health = 0;
    double count = 0;
    for (int i = 0; i < STARTS; i++) {
      Map<String, String> database = Databases.fresh("bare");
      long start = System.nanoTime();
      ServiceProcess bare = new ServiceProcess(jar, database, OUT.resolve("bare-app.log")).start();
      starts[i] = (System.nanoTime() - start) / 1e9;
      if (i == STARTS - 1) {
        health = load(bare, "bare app: GET /q/health/live", CONNECTIONS, n -> "/q/health/live");
        count =
            load(
                bare, "bare app: GET /greetings (one count query)", CONNECTIONS, n -> "/greetings");
      }
      bare.stop();
      Databases.discard(database);
    }
    return new Bare(median(starts), health, count);
  }

  /** The p99 of a row measured under load, in milliseconds. */
  private double p99(String what) {
    return (Double) ((Map<?, ?>) json.get(what)).get("p99ms");
  }

  /**
   * The world maps: the size of each map SVG (a statement's, an issue's, a comparison's and a
   * query's), and the PNG of a statement's map with one client.
   */
  private void maps(ServiceProcess service) throws Exception {
    long largest = 0;
    String which = "";
    for (String map :
        List.of(
            "/api/statements/bench-page/map.svg?asOf=2010-09-01",
            "/api/issues/" + BIG_ISSUE + "/map.svg",
            "/api/compare/map.svg?a=bench-worst&b=bench-page",
            "/api/query/map.svg?any=bench-page,bench-worst")) {
      HttpResponse<byte[]> answer =
          http.send(
              HttpRequest.newBuilder(service.uri(map)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(answer.statusCode()).as(map).isEqualTo(200);
      if (answer.body().length > largest) {
        largest = answer.body().length;
        which = map.substring(0, map.indexOf(".svg") + 4);
      }
    }
    row("largest world map SVG", String.format(Locale.ROOT, "%,d KB", largest / 1024), which);
    json.put("largestMapKb", largest / 1024.0);
    targets.add(
        "each world map SVG",
        "≤ 150 KB",
        String.format(Locale.ROOT, "%,d KB (%s)", largest / 1024, which),
        largest <= 150 * 1024);
    String png = "world map, PNG, 1 client";
    load(
        service,
        png,
        1,
        i ->
            String.format(
                Locale.ROOT,
                "/api/statements/bench-page/map.svg?format=png&asOf=2010-%02d-01",
                8 + i % 5));
    against(100);
    targets.p99(png, p99(png), 100);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private SplittableRandom random() {
    synchronized (random) {
      return random.split();
    }
  }

  private String key() {
    return keys.get(random().nextInt(keys.size()));
  }

  private String day() {
    return LocalDate.of(1995, 1, 1).plusDays(random().nextInt(365 * 30)).toString();
  }

  private String report(String report, boolean asOf, boolean knownBy) {
    StringBuilder path =
        new StringBuilder("/api/statements/").append(key()).append('/').append(report);
    path.append('?');
    if (asOf) {
      path.append("asOf=").append(day()).append('&');
    }
    if (knownBy) {
      path.append("knownBy=").append(day()).append('&');
    }
    return path.toString();
  }

  /** Statements and records: returns the number of records written. */
  private long generate(Path statements, Path positions) throws Exception {
    keys = new ArrayList<>();
    long written = 0;
    try (BufferedWriter s = Files.newBufferedWriter(statements, StandardCharsets.UTF_8);
        BufferedWriter p = Files.newBufferedWriter(positions, StandardCharsets.UTF_8)) {
      s.write("key,title,kind,date,issue,side,session,vote_sides\n");
      p.write("statement,state,action,date,reported,confidence,source_url\n");
      String[] confidences = {"CONFIRMED", "REPORTED", "DISPUTED"};
      String[] votes = {"YES", "NO", "ABSTAIN", "NOT_VOTING"};
      for (int l = 0; written < records - 19_600; l++) {
        boolean vote = l % 10 == 9;
        String key = "bench-" + l;
        keys.add(key);
        LocalDate date = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(365 * 30));
        // the first statements make one large issue of rival letters, two to an occasion, and
        // votes whose options map to its sides; the others spread over fifty issues
        boolean big = l < BIG_ISSUE_SIZE;
        s.write(
            key
                + ",Letter "
                + l
                + ","
                + (vote ? "VOTE" : "LETTER")
                + ","
                + date
                + ","
                + (big ? BIG_ISSUE : "issue-" + l % ISSUES)
                + ","
                + (big && vote ? "" : l % 2 == 0 ? "critical" : "supportive")
                + ","
                + (big ? "S" + l / 2 : "")
                + ","
                + (big && vote ? "YES=critical;NO=supportive" : "")
                + "\n");
        int signatories = vote ? 47 : 20 + random.nextInt(101);
        int first = random.nextInt(states.size());
        for (int k = 0; k < signatories; k++) {
          String state = states.get((first + k) % states.size());
          LocalDate on = random.nextInt(10) == 0 ? date.plusDays(1 + random.nextInt(120)) : date;
          String action = vote ? votes[random.nextInt(4)] : "SIGNED";
          written += record(p, key, state, action, on, confidences, written);
          if (!vote && random.nextInt(50) == 0) {
            written +=
                record(
                    p,
                    key,
                    state,
                    "WITHDREW",
                    on.plusDays(10 + random.nextInt(60)),
                    confidences,
                    written);
            if (random.nextInt(2) == 0) {
              written +=
                  record(
                      p,
                      key,
                      state,
                      "SIGNED",
                      on.plusDays(80 + random.nextInt(60)),
                      confidences,
                      written);
            }
          }
        }
      }
      // the page of a letter that every state signed, some withdrawing and signing again
      s.write("bench-page,Signed by every state,LETTER,2010-06-01,issue-1,supportive,,\n");
      for (int k = 0; k < states.size(); k++) {
        LocalDate on = LocalDate.of(2010, 6, 1).plusDays(k % 40);
        written += record(p, "bench-page", states.get(k), "SIGNED", on, confidences, written);
        if (k % 4 == 0) {
          written +=
              record(
                  p,
                  "bench-page",
                  states.get(k),
                  "WITHDREW",
                  on.plusDays(30),
                  confidences,
                  written);
          written +=
              record(
                  p, "bench-page", states.get(k), "SIGNED", on.plusDays(60), confidences, written);
        }
      }
      // the worst case: every state, a hundred records each
      s.write("bench-worst,Every state,LETTER,2000-01-01,issue-0,critical,,\n");
      for (int r = 0; r < 100; r++) {
        for (int k = 0; k < Math.min(193, states.size()); k++) {
          written +=
              record(
                  p,
                  "bench-worst",
                  states.get(k),
                  r % 2 == 0 ? "SIGNED" : "WITHDREW",
                  LocalDate.of(2000, 1, 1).plusDays(r * 7L + k % 5),
                  confidences,
                  written);
        }
      }
    }
    return written;
  }

  private int record(
      BufferedWriter out,
      String key,
      String state,
      String action,
      LocalDate on,
      String[] confidences,
      long n)
      throws Exception {
    int shape = random.nextInt(10);
    String date =
        shape == 0
            ? on.toString().substring(0, 7)
            : shape == 1 ? on.toString().substring(0, 4) : on.toString();
    String reported = random.nextInt(5) == 0 ? on.plusDays(1 + random.nextInt(90)).toString() : "";
    out.write(
        key
            + ","
            + state
            + ","
            + action
            + ","
            + date
            + ","
            + reported
            + ","
            + confidences[random.nextInt(3)]
            + ",https://example.org/r/"
            + n
            + "\n");
    return 1;
  }

  private void importFile(ServiceProcess service, String path, Path file, long records)
      throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> answer =
        service.send(path, "text/csv", HttpRequest.BodyPublishers.ofFile(file));
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    if (records > 0) {
      row(
          "import " + String.format(Locale.ROOT, "%,d", records) + " records",
          String.format(Locale.ROOT, "%,.0f records/s", records / seconds),
          String.format(Locale.ROOT, "%.1f s", seconds));
      json.put("importRecordsPerSecond", records / seconds);
      int goal = Databases.postgres() ? 100_000 : 50_000;
      targets.add(
          "import",
          String.format(Locale.ROOT, "≥ %,d records/s", goal),
          String.format(Locale.ROOT, "%,.0f records/s", records / seconds),
          records / seconds >= goal);
    }
  }

  private double load(
      ServiceProcess service, String what, int clients, Function<Long, String> paths)
      throws Exception {
    return load(service, what, clients, paths, 0);
  }

  /**
   * Warm-up, then the clients for a fixed time; req/s, p50 and p99; share of the ceiling. wrk sends
   * the requests when it is installed (a mix of paths drawn beforehand), else the Java client.
   */
  private double load(
      ServiceProcess service,
      String what,
      int clients,
      Function<Long, String> paths,
      double ceiling)
      throws Exception {
    return load(service, what, clients, paths, ceiling, SECONDS);
  }

  private double load(
      ServiceProcess service,
      String what,
      int clients,
      Function<Long, String> paths,
      double ceiling,
      int seconds)
      throws Exception {
    Figures measured =
        WRK ? wrk(service, clients, paths, seconds) : javaClient(service, clients, paths, seconds);
    String share =
        ceiling > 0
            ? String.format(Locale.ROOT, "%.0f%% of ceiling", 100 * measured.perSecond() / ceiling)
            : "";
    row(
        what,
        String.format(Locale.ROOT, "%,.0f req/s", measured.perSecond()),
        String.format(Locale.ROOT, "p50 %.1f ms", measured.p50ms()),
        String.format(Locale.ROOT, "p99 %.1f ms", measured.p99ms()),
        share,
        measured.tool());
    json.put(
        what,
        Map.of(
            "perSecond",
            measured.perSecond(),
            "p50ms",
            measured.p50ms(),
            "p99ms",
            measured.p99ms(),
            "tool",
            measured.tool()));
    return measured.perSecond();
  }

  /**
   * The analyses across an issue's statements, one client each (their targets are latencies):
   * balance and timeline of the issue of 1,000 statements (p99 < 150 ms), agreement between 50
   * states over them (< 300 ms), the 200 × 1,000 state × statement matrix as CSV (< 1 s); and the
   * pages: a statement page with every state on it (< 50 ms) and each step of the issue map's
   * slider, its fragment and its map (< 100 ms).
   */
  private void analyses(ServiceProcess service) throws Exception {
    String issue = "/api/issues/" + BIG_ISSUE;
    // at a small scale the issue has fewer statements than its target size
    String size =
        String.format(Locale.ROOT, "%,d statements", Math.min(BIG_ISSUE_SIZE, keys.size()));
    load(service, "warm-up", 2, i -> issue + "/balance?asOf=" + day(), 0, Math.max(5, SECONDS));
    rows.remove(rows.size() - 1);
    json.remove("warm-up");
    load(service, "issue balance, " + size, 1, i -> issue + "/balance?asOf=" + day());
    against(150);
    load(
        service,
        "issue timeline, " + size,
        1,
        i -> issue + "/timeline" + (i % 2 == 0 ? "" : "?knownBy=" + day()));
    against(150);
    String fifty = String.join(",", states.subList(0, Math.min(50, states.size())));
    load(
        service,
        "agreement, 50 states × " + size,
        1,
        i -> "/api/agreement?issue=" + BIG_ISSUE + "&states=" + fifty + "&asOf=" + day());
    against(300);
    load(
        service,
        "matrix, " + states.size() + " states × " + size + ", CSV",
        1,
        i -> "/api/matrix?issue=" + BIG_ISSUE + "&format=csv&asOf=" + day());
    against(1000);
    // the pages: a statement every state signed, and the steps of the issue map's slider
    load(
        service,
        "statement page, " + states.size() + " signatories, HTML",
        1,
        i -> String.format(Locale.ROOT, "/statements/bench-page?asOf=2010-%02d-01", 8 + i % 5));
    against(50);
    targets.p99("statement page, every state on it", p99(rows.get(rows.size() - 1)[0]), 50);
    int issues = new JsonPath(service.get("/api/issues?size=1").body()).getInt("totalItems");
    String home = String.format(Locale.ROOT, "home page, %,d issues, HTML", issues);
    load(service, home, 1, i -> i % 3 == 0 ? "/?page=" + (i % 7) : "/");
    against(50);
    targets.p99(home, p99(home), 50);
    load(
        service,
        "issue map slider: a step's fragment, " + size,
        1,
        i -> "/issues/" + BIG_ISSUE + "/map?step=" + (i % 40));
    against(100);
    load(
        service,
        "issue map slider: a step's map (SVG), " + size,
        1,
        i -> issue + "/map.svg?asOf=" + day());
    against(100);
  }

  /** Notes on the last row whether its p99 met the target. */
  private void against(double targetMs) {
    String[] row = rows.get(rows.size() - 1);
    double p99 = Double.parseDouble(row[3].replace("p99 ", "").replace(" ms", ""));
    row[4] =
        String.format(
            Locale.ROOT, "target p99 < %.0f ms: %s", targetMs, p99 < targetMs ? "met" : "NOT met");
  }

  /** Throughput and latency of one operation, and what measured them. */
  private record Figures(
      long requests, double perSecond, double p50ms, double p99ms, String tool) {}

  private Figures wrk(
      ServiceProcess service, int clients, Function<Long, String> paths, int seconds)
      throws Exception {
    List<String> mix = new ArrayList<>();
    for (long i = 0; i < PATHS_PER_RUN; i++) {
      mix.add(paths.apply(i));
    }
    Wrk.get(service.uri("/"), mix, clients, WARM_UP);
    Wrk.Result result = Wrk.get(service.uri("/"), mix, clients, seconds);
    if (result.failed() > 0) {
      throw new IllegalStateException(result.failed() + " requests failed: " + mix.get(0));
    }
    if (result.requests() == 0) {
      // not one answer within the run (wrk leaves out what is still on its way): every request
      // took longer than the run, which is all its latency can be said to be, and no target is met
      double atLeast = seconds * 1000.0;
      return new Figures(0, 0, atLeast, atLeast, "wrk: no answer within the run");
    }
    return new Figures(
        result.requests() - result.failed(),
        result.perSecond(),
        result.p50ms(),
        result.p99ms(),
        "wrk");
  }

  private Figures javaClient(
      ServiceProcess service, int clients, Function<Long, String> paths, int duration)
      throws Exception {
    run(service, clients, paths, WARM_UP, null);
    List<long[]> latencies = new ArrayList<>();
    double seconds = run(service, clients, paths, duration, latencies);
    long[] all =
        latencies.stream().flatMapToLong(Arrays::stream).filter(n -> n > 0).sorted().toArray();
    return new Figures(
        all.length,
        all.length / seconds,
        all[all.length / 2] / 1e6,
        all[(int) (all.length * 0.99)] / 1e6,
        "java client");
  }

  /**
   * Requests due at a constant rate, sent by as many workers as it takes; latency runs from when a
   * request was due (not when a free worker sent it), so p99 stays honest when the service stalls.
   */
  private void steady(
      ServiceProcess service,
      String what,
      double rate,
      double ceiling,
      Function<Long, String> paths)
      throws Exception {
    int workers = 64;
    long total = (long) (rate * SECONDS);
    long interval = (long) (1e9 / rate);
    long[] latencies = new long[(int) total];
    AtomicLong next = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    long start = System.nanoTime() + 50_000_000L;
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      futures.add(
          pool.submit(
              () -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                  long due = start + i * interval;
                  long wait = due - System.nanoTime();
                  if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                  }
                  http.send(
                      HttpRequest.newBuilder(service.uri(paths.apply(i))).GET().build(),
                      HttpResponse.BodyHandlers.discarding());
                  latencies[(int) i] = System.nanoTime() - due;
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] sorted = Arrays.stream(latencies).sorted().toArray();
    double p50 = sorted[sorted.length / 2] / 1e6;
    double p99 = sorted[(int) (sorted.length * 0.99)] / 1e6;
    row(
        what,
        String.format(Locale.ROOT, "%,.0f req/s", total / seconds),
        String.format(Locale.ROOT, "p50 %.1f ms", p50),
        String.format(Locale.ROOT, "p99 %.1f ms", p99),
        String.format(
            Locale.ROOT, "due at %,.0f req/s, %.0f%% of ceiling", rate, 100 * rate / ceiling));
    json.put(what, Map.of("perSecond", total / seconds, "p50ms", p50, "p99ms", p99));
  }

  private double run(
      ServiceProcess service,
      int clients,
      Function<Long, String> paths,
      int seconds,
      List<long[]> latencies)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong sequence = new AtomicLong();
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      futures.add(
          pool.submit(
              () -> {
                long[] nanos = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline) {
                  URI uri = service.uri(paths.apply(sequence.incrementAndGet()));
                  long begin = System.nanoTime();
                  HttpResponse<Void> response =
                      http.send(
                          HttpRequest.newBuilder(uri).GET().build(),
                          HttpResponse.BodyHandlers.discarding());
                  long took = System.nanoTime() - begin;
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException(uri + " answered " + response.statusCode());
                  }
                  if (n == nanos.length) {
                    nanos = Arrays.copyOf(nanos, n * 2);
                  }
                  nanos[n++] = took;
                }
                return Arrays.copyOf(nanos, n);
              }));
    }
    for (Future<long[]> f : futures) {
      long[] nanos = f.get();
      if (latencies != null) {
        latencies.add(nanos);
      }
    }
    pool.shutdown();
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * The first read of a statement brings its records into memory: every statement is read once (16
   * connections) before the reports are measured, and how long that took is a row of its own.
   */
  private void readEveryStatementOnce(ServiceProcess service) throws Exception {
    List<String> all = new ArrayList<>(keys);
    all.add("bench-worst");
    double seconds =
        readEachOnce(service, all.stream().map(k -> "/api/statements/" + k + "/timeline").toList());
    row(
        "first read of all " + String.format(Locale.ROOT, "%,d", all.size()) + " statements",
        String.format(Locale.ROOT, "%,.0f statements/s", all.size() / seconds),
        String.format(Locale.ROOT, "%.1f s", seconds));
    json.put("firstReadStatementsPerSecond", all.size() / seconds);
  }

  /**
   * A state's first standings read its records into memory (by state): every state's are read once
   * (16 clients), reported as a rate, before the standings are measured in their steady state.
   */
  private void readEveryStateOnce(ServiceProcess service) throws Exception {
    double seconds =
        readEachOnce(
            service,
            states.stream().map(s -> "/api/states/" + s + "/positions?asOf=" + day()).toList());
    row(
        "first read of all " + states.size() + " states' standings",
        String.format(Locale.ROOT, "%,.0f states/s", states.size() / seconds),
        String.format(Locale.ROOT, "%.1f s", seconds));
    json.put("firstReadStatesPerSecond", states.size() / seconds);
  }

  /** Gets each path once, 16 clients at a time; the seconds it took. */
  private double readEachOnce(ServiceProcess service, List<String> paths) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime();
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CONNECTIONS; c++) {
      clients.add(
          pool.submit(
              () -> {
                for (long i = next.getAndIncrement();
                    i < paths.size();
                    i = next.getAndIncrement()) {
                  URI uri = service.uri(paths.get((int) i));
                  HttpResponse<Void> response =
                      http.send(
                          HttpRequest.newBuilder(uri).GET().build(),
                          HttpResponse.BodyHandlers.discarding());
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException(uri + " answered " + response.statusCode());
                  }
                }
                return null;
              }));
    }
    for (Future<?> client : clients) {
      client.get();
    }
    pool.shutdown();
    return (System.nanoTime() - start) / 1e9;
  }

  /** An annex's paragraph, then prose: the two kinds of text an editor pastes. */
  private static final String PASTED =
      "Algeria, Angola, Bahrain, Bangladesh, Belarus, Bolivia (Plurinational State of), Burkina"
          + " Faso, Burundi, Cambodia, Cameroon, Comoros, Congo, Cuba, Democratic People's Republic"
          + " of Korea, Democratic Republic of the Congo, Egypt, Eritrea, Gabon, Iran (Islamic"
          + " Republic of), Iraq, Kuwait, Lao People's Democratic Republic, Myanmar, Nepal,"
          + " Nigeria, Oman, Pakistan, Philippines, Qatar, Russian Federation, Saudi Arabia,"
          + " Somalia, South Sudan, Sudan, Syrian Arab Republic, Tajikistan, Togo, Turkmenistan,"
          + " United Arab Emirates, Venezuela (Bolivarian Republic of), Zimbabwe.\n"
          + "The letter, circulated in Geneva by the mission, was later joined by the UK, the US,"
          + " Saudi Arabia and the other Gulf states, according to diplomats who spoke on condition"
          + " of anonymity; Equatorial Guinea, Guinea-Bissau and Papua New Guinea were not named,"
          + " nor was Niger, and no delegation said when the list would be closed or published.\n";

  /**
   * Recognising a pasted text of 2,000 words (names and prose, one client): the editor waits for it
   * between pasting and choosing, so its p99 must stay under 100 ms.
   */
  private void recognition(ServiceProcess service, String token) throws Exception {
    StringBuilder text = new StringBuilder();
    while (text.toString().split("\\s+").length < 2000) {
      text.append(PASTED);
    }
    String body =
        "{\"text\": \"" + text.toString().replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    int words = text.toString().split("\\s+").length;
    HttpRequest request =
        HttpRequest.newBuilder(service.uri("/api/statements/bench-page/recognition"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    List<Long> nanos = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      nanos.clear();
      long deadline = System.nanoTime() + (pass == 0 ? WARM_UP : SECONDS) * 1_000_000_000L;
      while (System.nanoTime() < deadline) {
        long begin = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("recognition answered " + response.statusCode());
        }
        nanos.add(System.nanoTime() - begin);
      }
    }
    long[] all = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    double p50 = all[all.length / 2] / 1e6;
    double p99 = all[(int) (all.length * 0.99)] / 1e6;
    String what = String.format(Locale.ROOT, "recognising a pasted text of %,d words", words);
    row(
        what,
        String.format(Locale.ROOT, "%,.0f texts/s", all.length / (double) SECONDS),
        String.format(Locale.ROOT, "p50 %.1f ms", p50),
        String.format(Locale.ROOT, "p99 %.1f ms", p99),
        String.format(Locale.ROOT, "target p99 < 100 ms: %s", p99 < 100 ? "met" : "NOT met"),
        "java client, 1");
    json.put("recognitionP99Ms", p99);
    targets.p99(what, p99, 100);
  }

  /**
   * Eight clients posting positions with a personal API token; then every acknowledged write must
   * be there, and still there after a {@code kill -9} and a restart, which this leaves running.
   */
  private void writes(ServiceProcess service, String token) throws Exception {
    // the write path gets its own warm-up: the reads before did not compile it
    if (WRK) {
      wrkWrites(service, token, WARM_UP);
    } else {
      javaWrites(service, token, WARM_UP);
    }
    long warmedUp = writesStored(service);
    Figures measured =
        WRK ? wrkWrites(service, token, SECONDS) : javaWrites(service, token, SECONDS);
    long acknowledged = warmedUp + measured.requests();
    long stored = writesStored(service);
    long rss = service.peakRssKb();
    service.kill();
    service.start();
    long afterKill = writesStored(service);
    if (stored < acknowledged || afterKill != stored) {
      throw new IllegalStateException(
          "writes lost: %d acknowledged, %d stored, %d after kill -9"
              .formatted(acknowledged, stored, afterKill));
    }
    row(
        "writes with a token, 8 clients",
        String.format(Locale.ROOT, "%,.0f writes/s", measured.perSecond()),
        String.format(Locale.ROOT, "p50 %.1f ms", measured.p50ms()),
        String.format(Locale.ROOT, "p99 %.1f ms", measured.p99ms()),
        String.format(Locale.ROOT, "%,d kept after kill -9", afterKill),
        measured.tool());
    json.put("writesPerSecond", measured.perSecond());
    targets.add(
        "writes with a token, 8 clients",
        "≥ 500 writes/s, none lost on kill -9",
        String.format(
            Locale.ROOT,
            "%,.0f writes/s, %,d of %,d kept",
            measured.perSecond(),
            afterKill,
            stored),
        measured.perSecond() >= 500 && afterKill == stored);
    json.put("writesKeptAfterKill", afterKill);
    row("peak RSS of the service", rss / 1024 + " MB");
    json.put("peakRssMb", rss / 1024);
    targets.add(
        "resident memory under load, -Xmx512m", "< 512 MB", rss / 1024 + " MB", rss < 512 * 1024);
  }

  private static GcPauses gcPauses(ServiceProcess service) throws Exception {
    return GcPauses.of(service.atManagementPort().get("/q/metrics").body());
  }

  /**
   * The collector's pauses from the first reads to the last report: a full collection stops every
   * request for hundreds of milliseconds, the mark of a heap the caches have filled.
   */
  private void garbageCollection(ServiceProcess service, GcPauses before) throws Exception {
    GcPauses during = gcPauses(service).since(before);
    row(
        "garbage collection under the reads",
        String.format(Locale.ROOT, "%d full, %.1f s", during.major(), during.majorSeconds()),
        String.format(Locale.ROOT, "%d in all, %.1f s", during.all(), during.allSeconds()));
    json.put("fullCollectionsUnderReads", during.major());
    json.put("gcPauseSecondsUnderReads", during.allSeconds());
  }

  private static long writesStored(ServiceProcess service) throws Exception {
    Thread.sleep(200); // requests still in flight when the clients stopped
    return new JsonPath(service.get("/api/statements/bench-writes/positions?size=1").body())
        .getLong("totalItems");
  }

  private final AtomicLong writeRuns = new AtomicLong();

  private static final String WRITE =
      "{\"state\":\"%s\",\"action\":\"SIGNED\",\"date\":\"2020-01-01\","
          + "\"sources\":[{\"url\":\"https://example.org/w/%d/%d\"}]}";

  private Figures wrkWrites(ServiceProcess service, String token, int seconds) throws Exception {
    Wrk.Result result =
        Wrk.post(
            service.uri("/"),
            "/api/statements/bench-writes/positions",
            Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
            // each run its own sources, so that no write repeats an earlier one
            WRITE.replace("/w/", "/w" + writeRuns.incrementAndGet() + "/"),
            states,
            8,
            seconds);
    if (result.failed() > 0) {
      throw new IllegalStateException(result.failed() + " writes failed");
    }
    return new Figures(
        result.requests() - result.failed(),
        result.perSecond(),
        result.p50ms(),
        result.p99ms(),
        "wrk");
  }

  private Figures javaWrites(ServiceProcess service, String token, int duration) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    long run = writeRuns.incrementAndGet();
    long deadline = System.nanoTime() + duration * 1_000_000_000L;
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < 8; c++) {
      int client = c;
      futures.add(
          pool.submit(
              () -> {
                long[] nanos = new long[1 << 14];
                int n = 0;
                for (int i = 0; System.nanoTime() < deadline; i++) {
                  String body =
                      WRITE
                          .replace("/w/", "/w" + run + "/")
                          .formatted(states.get((client * 31 + i) % states.size()), client, i);
                  long begin = System.nanoTime();
                  HttpResponse<Void> response =
                      http.send(
                          HttpRequest.newBuilder(
                                  service.uri("/api/statements/bench-writes/positions"))
                              .header("Authorization", "Bearer " + token)
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString(body))
                              .build(),
                          HttpResponse.BodyHandlers.discarding());
                  if (response.statusCode() != 201) {
                    throw new IllegalStateException("a write answered " + response.statusCode());
                  }
                  if (n == nanos.length) {
                    nanos = Arrays.copyOf(nanos, n * 2);
                  }
                  nanos[n++] = System.nanoTime() - begin;
                }
                return Arrays.copyOf(nanos, n);
              }));
    }
    List<long[]> latencies = new ArrayList<>();
    for (Future<long[]> f : futures) {
      latencies.add(f.get());
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Figures(
        all.length,
        all.length / seconds,
        all[all.length / 2] / 1e6,
        all[(int) (all.length * 0.99)] / 1e6,
        "java client");
  }

  private void row(String... cells) {
    rows.add(cells);
  }

  private void print() throws Exception {
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "%nBenchmark of the packaged service on %s, %,d records, %d s per operation, %d"
                + " connections%n",
            Databases.kind(),
            records,
            SECONDS,
            CONNECTIONS));
    for (String[] row : rows) {
      table.append(String.format(Locale.ROOT, "%-42s", row[0]));
      for (int i = 1; i < row.length; i++) {
        table.append(String.format(Locale.ROOT, " | %-18s", row[i]));
      }
      table.append('\n');
    }
    table.append(
        targets.table(
            String.format(
                Locale.ROOT,
                "Targets (issue 23) on %s, %,d records: a bare app measured in the same run",
                Databases.kind(),
                records)));
    json.put("targets", targets.metByName());
    System.out.println(table);
    Files.writeString(OUT.resolve("service-" + Databases.kind() + ".txt"), table);
    new ObjectMapper()
        .writerWithDefaultPrettyPrinter()
        .writeValue(OUT.resolve("service-" + Databases.kind() + ".json").toFile(), json);
    if (Databases.postgres()) {
      sideBySide();
    }
  }

  /**
   * On PostgreSQL, after an H2 run at the same scale (src/bench/run does both): each figure on both
   * databases and how many times worse PostgreSQL's is (above 1: worse).
   */
  @SuppressWarnings("unchecked")
  private void sideBySide() throws Exception {
    Path h2File = OUT.resolve("service-h2.json");
    if (!Files.exists(h2File)) {
      return;
    }
    Map<String, Object> h2 = new ObjectMapper().readValue(h2File.toFile(), Map.class);
    if (!Integer.valueOf(records).equals(h2.get("records"))) {
      return;
    }
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%nH2 and PostgreSQL side by side, %,d records (PostgreSQL × worse)%n",
                records));
    List<String> worse = new ArrayList<>();
    for (Map.Entry<String, Object> e : json.entrySet()) {
      Object other = h2.get(e.getKey());
      if (e.getKey().startsWith("bare app")) {
        continue; // the yardstick, not the service
      }
      if (e.getValue() instanceof Map<?, ?> pg
          && other instanceof Map<?, ?> h
          && pg.get("perSecond") != null) {
        double pgRate = ((Number) pg.get("perSecond")).doubleValue();
        double h2Rate = ((Number) h.get("perSecond")).doubleValue();
        double pgP99 = ((Number) pg.get("p99ms")).doubleValue();
        double h2P99 = ((Number) h.get("p99ms")).doubleValue();
        if (h2Rate / pgRate > 2 || pgP99 / h2P99 > 2) {
          worse.add(e.getKey());
        }
        table.append(
            String.format(
                Locale.ROOT,
                "%-42s | %,9.0f | %,9.0f req/s | × %.2f | p99 %7.1f | %7.1f ms | × %.2f%n",
                e.getKey(),
                h2Rate,
                pgRate,
                h2Rate / pgRate,
                h2P99,
                pgP99,
                pgP99 / h2P99));
      } else if (e.getValue() instanceof Number pg
          && other instanceof Number h
          && e.getKey().matches(".*(PerSecond|Seconds|Mb)")) {
        // rates are better higher; seconds and megabytes lower
        boolean rate = e.getKey().endsWith("PerSecond");
        double times =
            rate ? h.doubleValue() / pg.doubleValue() : pg.doubleValue() / h.doubleValue();
        if (times > 2) {
          worse.add(e.getKey());
        }
        table.append(
            String.format(
                Locale.ROOT,
                "%-42s | %,9.1f | %,9.1f       | × %.2f%n",
                e.getKey(),
                h.doubleValue(),
                pg.doubleValue(),
                times));
      }
    }
    table.append(
        String.format(
            Locale.ROOT,
            "Target: no figure more than 2 × worse on PostgreSQL: %s%n",
            worse.isEmpty() ? "met" : "NOT met (" + String.join("; ", worse) + ")"));
    System.out.println(table);
    Files.writeString(OUT.resolve("side-by-side.txt"), table);
  }
}
