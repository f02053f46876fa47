package org.signatorytracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * An attack on the packaged service, as a hostile caller would make it, for {@code attack.seconds}
 * (60 in the build, 600 with {@code ./mvnw verify -Pattack}): junk credentials from 64 threads, zip
 * bombs, cells of hundreds of megabytes, JSON in chunks of unknown length, the same file imported
 * twice at once, a flood of the largest pictures of every kind, a stolen session cookie used after
 * its owner signed out, and posts that another site's page makes with a browser's saved
 * credentials, while an editor records positions. Afterwards the heap has held (no OutOfMemoryError
 * in the log, in a 512 MB heap), every answer was 2xx or 4xx (or 503 for a picture that waited too
 * long for its turn), and the data is exact.
 */
class AttackIT {

  static final long SECONDS = Long.getLong("attack.seconds", 30);
  static final int JUNK_THREADS = 64;
  static final int IMPORT_ROWS = 2_000;
  static final int PICTURE_THREADS = 8;

  /** The addresses the service sees, behind its trusted proxy (loopback, here). */
  static final String RESEARCHER = "192.0.2.10";

  /** Most attackers on connections of their own, as HTTP/1.1 clients make them. */
  private final java.net.http.HttpClient http1 =
      java.net.http.HttpClient.newBuilder()
          .version(java.net.http.HttpClient.Version.HTTP_1_1)
          .build();

  /** Chunked JSON also over HTTP/2 (h2c), where a body's length may go undeclared. */
  private final java.net.http.HttpClient http2 =
      java.net.http.HttpClient.newBuilder()
          .version(java.net.http.HttpClient.Version.HTTP_2)
          .build();

  private final Map<String, Map<Integer, AtomicLong>> answers = new ConcurrentHashMap<>();
  private final List<String> anomalies = java.util.Collections.synchronizedList(new ArrayList<>());

  @Test
  void theServiceOutlastsAnAttackWithItsHeapItsAnswersAndItsDataIntact() throws Exception {
    Map<String, String> environment = new HashMap<>(Databases.fresh("attack"));
    // behind a proxy on loopback, each attacker is a client address of its own
    environment.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
    environment.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1,::1");
    Path log = Path.of("target", "it-logs", "attack-" + Databases.kind() + ".log");
    try (ServiceProcess service = new ServiceProcess(environment, log).start()) {
      created(
          service, "{\"key\":\"attack-import\",\"title\":\"Imported twice\",\"kind\":\"LETTER\"}");
      created(service, "{\"key\":\"attack-writes\",\"title\":\"Written\",\"kind\":\"LETTER\"}");
      List<String> flood = pictureFlood(service);
      FormBrowser owner = new FormBrowser();
      owner.signIn(service, "admin", ServiceProcess.ADMIN_PASSWORD);
      owner.get(service, "/statements/attack-writes");
      FormBrowser thief = owner.copy();
      assertThat(owner.post(service, "/signout", Map.of()).statusCode()).isEqualTo(303);
      byte[] bomb = bomb();
      String importFile = importFile();
      AtomicLong acknowledged = new AtomicLong();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);

      ExecutorService pool = Executors.newFixedThreadPool(JUNK_THREADS + PICTURE_THREADS + 8);
      List<Future<?>> attackers = new ArrayList<>();
      for (int t = 0; t < JUNK_THREADS; t++) {
        int thread = t;
        attackers.add(
            pool.submit(
                () ->
                    until(
                        deadline,
                        "junk credentials",
                        i -> {
                          SplittableRandom random = new SplittableRandom(thread * 1_000_003L + i);
                          String credentials =
                              "user" + random.nextInt(50) + ":guess" + random.nextLong();
                          return send(
                              HttpRequest.newBuilder(service.request("/api/users").build().uri())
                                  .header("X-Forwarded-For", "203.0.113." + (thread % 16))
                                  .header(
                                      "Authorization",
                                      "Basic "
                                          + Base64.getEncoder()
                                              .encodeToString(
                                                  credentials.getBytes(StandardCharsets.UTF_8)))
                                  .GET()
                                  .build());
                        })));
      }
      attackers.add(
          pool.submit(
              () ->
                  until(
                      deadline,
                      "zip bomb",
                      i ->
                          send(
                              researcher(service, "/api/import")
                                  .header("Content-Type", "application/zip")
                                  .POST(HttpRequest.BodyPublishers.ofByteArray(bomb))
                                  .build()))));
      attackers.add(
          pool.submit(
              () ->
                  until(
                      deadline,
                      "huge cell",
                      i ->
                          send(
                              researcher(service, "/api/import/positions")
                                  .header("Content-Type", "text/csv")
                                  .POST(
                                      HttpRequest.BodyPublishers.ofInputStream(
                                          () ->
                                              stream(
                                                  "statement,state,action,date,source_url,note\n"
                                                      + "attack-writes,France,SIGNED,2020,"
                                                      + "https://e.org,",
                                                  300L << 20)))
                                  .build()))));
      attackers.add(
          pool.submit(
              () ->
                  until(
                      deadline,
                      "chunked JSON",
                      i ->
                          (i % 2 == 0 ? (Sender) this::send : (Sender) this::sendOverHttp2)
                              .send(
                                  researcher(service, "/api/statements/attack-writes/positions")
                                      .header("Content-Type", "application/json")
                                      .POST(
                                          HttpRequest.BodyPublishers.ofInputStream(
                                              () -> stream("{\"note\": \"", 240L << 20)))
                                      .build()))));
      for (int t = 0; t < 2; t++) {
        attackers.add(
            pool.submit(
                () ->
                    until(
                        deadline,
                        "the same import twice",
                        i ->
                            send(
                                researcher(service, "/api/import/positions")
                                    .header("Content-Type", "text/csv")
                                    .POST(HttpRequest.BodyPublishers.ofString(importFile))
                                    .build()))));
      }
      attackers.add(
          pool.submit(
              () ->
                  until(
                      deadline,
                      "a researcher's writes",
                      i -> {
                        HttpResponse<String> written =
                            send(
                                researcher(service, "/api/statements/attack-writes/positions")
                                    .header("Content-Type", "application/json")
                                    .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                            "{\"state\":\"Chile\",\"action\":\"SIGNED\",\"date\":\"2020\",\"sources\":[{\"title\":\"T\"}],\"note\":\"write"
                                                + " "
                                                + i
                                                + "\"}"))
                                    .build());
                        if (written.statusCode() == 201) {
                          acknowledged.incrementAndGet();
                        }
                        return written;
                      })));
      for (int t = 0; t < PICTURE_THREADS; t++) {
        int thread = t;
        attackers.add(
            pool.submit(
                () ->
                    until(
                        deadline,
                        "picture flood",
                        i -> {
                          SplittableRandom random = new SplittableRandom(thread * 7_919L + i);
                          String path =
                              flood.get(random.nextInt(flood.size()))
                                  + "2020-"
                                  + String.format(
                                      "%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
                          // anonymous, as anyone on the internet
                          return send(HttpRequest.newBuilder(service.uri(path)).GET().build());
                        })));
      }
      attackers.add(
          pool.submit(
              () ->
                  untilStatus(
                      deadline,
                      "stolen session",
                      i ->
                          i % 2 == 0
                              ? thief.account(service)
                              : thief
                                  .post(
                                      service,
                                      "/statements/attack-writes/positions",
                                      Map.of(
                                          "state", "Peru",
                                          "action", "SIGNED",
                                          "date", "2020",
                                          "sourceTitle", "Stolen"))
                                  .statusCode())));
      attackers.add(
          pool.submit(
              () ->
                  until(
                      deadline,
                      "cross-site posts",
                      i -> {
                        String csv =
                            "statement,state,action,date,source_title\n"
                                + "attack-writes,Peru,SIGNED,2020,Forged\n";
                        HttpRequest.Builder forged = researcher(service, "/api/import/positions");
                        return send(
                            switch ((int) (i % 4)) {
                              case 0 ->
                                  forged
                                      .header("Origin", "https://evil.example")
                                      .header("Content-Type", "text/csv")
                                      .POST(HttpRequest.BodyPublishers.ofString(csv))
                                      .build();
                              case 1 ->
                                  forged
                                      .header("Origin", "null")
                                      .header("Content-Type", "text/csv")
                                      .POST(HttpRequest.BodyPublishers.ofString(csv))
                                      .build();
                              case 2 ->
                                  forged
                                      .header("Sec-Fetch-Site", "cross-site")
                                      .header("Content-Type", "multipart/form-data; boundary=x")
                                      .POST(
                                          HttpRequest.BodyPublishers.ofString(
                                              "--x\r\nContent-Disposition: form-data;"
                                                  + " name=\"file\"; filename=\"p.csv\"\r\n"
                                                  + "Content-Type: text/csv\r\n\r\n"
                                                  + csv
                                                  + "\r\n--x--\r\n"))
                                      .build();
                              default ->
                                  // what a plain HTML form of any site can send
                                  forged
                                      .header("Content-Type", "text/plain")
                                      .POST(HttpRequest.BodyPublishers.ofString(csv))
                                      .build();
                            });
                      })));
      for (Future<?> attacker : attackers) {
        attacker.get(SECONDS + 300, TimeUnit.SECONDS);
      }
      pool.shutdown();

      printTable();
      assertThat(anomalies).isEmpty();
      assertThat(service.log()).doesNotContain("OutOfMemoryError");
      assertThat(records(service, "attack-import")).isEqualTo(IMPORT_ROWS);
      assertThat(records(service, "attack-writes")).isEqualTo(acknowledged.get());
      assertThat(answers.get("junk credentials")).containsKey(429);
      // a bomb is stopped as it expands (413), or waits for the import that holds the turn (409)
      assertThat(answers.get("zip bomb").keySet()).isSubsetOf(413, 409);
      assertThat(answers.get("huge cell").keySet()).isSubsetOf(422, 409, -1);
      assertThat(answers.get("chunked JSON").keySet()).isSubsetOf(413, 411, -1);
      assertThat(answers.get("a researcher's writes").keySet()).containsOnly(201);
      // every picture drawn or, waiting too long for its turn, refused for a while; never a 500
      assertThat(answers.get("picture flood").keySet()).isSubsetOf(200, 503).contains(200);
      // the stolen cookie opens nothing and writes nothing: sign-in is asked for
      assertThat(answers.get("stolen session").keySet()).containsOnly(303);
      assertThat(answers.get("cross-site posts").keySet()).containsOnly(403, 415);
      assertThat(records(service, "attack-writes"))
          .as("nothing the thief or another site sent was recorded")
          .isEqualTo(acknowledged.get());
    }
  }

  /**
   * The largest picture of every kind, each path ending in a date so that the flood asks for new
   * ones and the cache cannot answer them all: heat maps of every state (as SVG and PNG, by list
   * and by a group of 120 members), world maps and timelines of a letter every state signed, of its
   * issue, of a comparison and of a set query, as PNG (twice the pixels of the SVG).
   */
  private static List<String> pictureFlood(ServiceProcess service) throws Exception {
    List<String> every =
        new JsonPath(service.get("/api/states?size=500").body()).getList("items.iso3");
    created(
        service,
        "{\"key\":\"flood-letter\",\"title\":\"Signed by every state\",\"kind\":\"LETTER\","
            + "\"date\":\"2019-07-12\",\"issue\":\"flood\",\"side\":\"for\"}");
    StringBuilder csv = new StringBuilder("statement,state,action,date,source_title\n");
    for (int k = 0; k < every.size(); k++) {
      csv.append("flood-letter,")
          .append(every.get(k))
          .append(",SIGNED,2019-07-")
          .append(10 + k % 20)
          .append(",Annex\n");
    }
    assertThat(service.post("/api/import/positions", "text/csv", csv.toString()).statusCode())
        .isEqualTo(200);
    String states = String.join(",", every);
    return List.of(
        "/api/agreement/heatmap.svg?issue=flood&format=png&states=" + states + "&to=",
        "/api/agreement/heatmap.svg?issue=flood&states=" + states + "&to=",
        "/api/agreement/heatmap.svg?issue=flood&format=png&group=nam&to=",
        "/api/statements/flood-letter/map.svg?format=png&asOf=",
        "/api/statements/flood-letter/timeline.svg?format=png&knownBy=",
        "/api/issues/flood/map.svg?format=png&asOf=",
        "/api/issues/flood/timeline.svg?format=png&knownBy=",
        "/api/compare/map.svg?a=flood-letter&b=attack-writes&format=png&asOf=",
        "/api/query/map.svg?all=flood-letter&none=attack-writes&format=png&asOf=");
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http1.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> sendOverHttp2(HttpRequest request)
      throws IOException, InterruptedException {
    return http2.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private interface Sender {
    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException;
  }

  private interface Attempt {
    HttpResponse<String> send(long i) throws Exception;
  }

  private interface StatusAttempt {
    int status(long i) throws Exception;
  }

  private void until(long deadline, String kind, Attempt attempt) {
    untilStatus(deadline, kind, i -> attempt.send(i).statusCode());
  }

  /** Repeats an attempt until the deadline, tallying its answers; a 5xx is an anomaly. */
  private void untilStatus(long deadline, String kind, StatusAttempt attempt) {
    Map<Integer, AtomicLong> tally = answers.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
    for (long i = 0; System.nanoTime() < deadline; i++) {
      try {
        int status = attempt.status(i);
        tally.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        if (status >= 500 && !(status == 503 && kind.equals("picture flood"))) {
          anomalies.add(kind + ": status " + status);
        }
      } catch (IOException closed) {
        // the service refused a body mid-stream and closed the connection: counted as such
        tally.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
        if (kind.equals("a researcher's writes") || kind.equals("the same import twice")) {
          anomalies.add(kind + ": " + closed);
        }
      } catch (Exception e) {
        anomalies.add(kind + ": " + e);
      }
    }
  }

  private void printTable() {
    System.out.printf(
        "%nattack of %d s (%s): answers by kind (-1: connection closed by the service)%n",
        SECONDS, Databases.kind());
    System.out.printf("| %-24s | %-40s |%n", "attack", "answers");
    new TreeMap<>(answers)
        .forEach(
            (kind, tally) -> {
              Map<Integer, Long> counts = new TreeMap<>();
              tally.forEach((status, n) -> counts.put(status, n.get()));
              System.out.printf("| %-24s | %-40s |%n", kind, counts);
            });
  }

  private static HttpRequest.Builder researcher(ServiceProcess service, String path) {
    return service.request(path).header("X-Forwarded-For", RESEARCHER);
  }

  private static void created(ServiceProcess service, String json) throws Exception {
    assertThat(service.post("/api/statements", "application/json", json).statusCode())
        .isEqualTo(201);
  }

  private static long records(ServiceProcess service, String key) throws Exception {
    return new JsonPath(service.get("/api/statements/" + key + "/positions?size=1").body())
        .getLong("totalItems");
  }

  private static String importFile() {
    StringBuilder csv = new StringBuilder("statement,state,action,date,source_url\n");
    for (int i = 0; i < IMPORT_ROWS; i++) {
      csv.append("attack-import,France,SIGNED,2020-01-01,https://example.org/")
          .append(i)
          .append('\n');
    }
    return csv.toString();
  }

  private static byte[] bomb() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("positions.csv"));
      zip.write("statement,state,action,date,source_url\n".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = ",,,,\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 500L << 20; written += chunk.length) {
        zip.write(chunk);
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** {@code head}, then {@code size} bytes of one character, never held in memory. */
  private static InputStream stream(String head, long size) {
    byte[] start = head.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      long position;

      @Override
      public int read() {
        long p = position++;
        return p < start.length ? start[(int) p] : p < start.length + size ? 'a' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long end = start.length + size;
        if (position >= end) {
          return -1;
        }
        int n = (int) Math.min(len, end - position);
        int fromHead = (int) Math.max(0, Math.min(n, start.length - position));
        if (fromHead > 0) {
          System.arraycopy(start, (int) position, b, off, fromHead);
        }
        java.util.Arrays.fill(b, off + fromHead, off + n, (byte) 'a');
        position += n;
        return n;
      }
    };
  }
}
