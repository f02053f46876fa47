package org.signatorytracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;
import org.signatorytracker.TestData;

/**
 * Sixteen clients at once record positions on one statement and edit it (each edit with If-Match,
 * retried on 412 as a careful client would): every record arrives exactly once, every edit lands
 * exactly once, and no request fails with a database error.
 */
@QuarkusTest
class ConcurrentWritersTest {

  static final int CLIENTS = 16;
  static final int RECORDS_EACH = 10;
  static final int EDITS_EACH = 3;

  @Test
  void sixteenClientsRecordAndEditTheSameStatement() throws Exception {
    String editor = Accounts.create("editor");
    String key = TestApi.createLetter("concurrent");
    List<String> states = TestData.stateCodes();
    long startVersion =
        given().get("/api/statements/{key}", key).then().extract().jsonPath().getLong("version");

    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<Long> recordIds = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger edits = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < RECORDS_EACH; i++) {
                  String state = states.get(client * RECORDS_EACH + i);
                  Response recorded =
                      given()
                          .auth()
                          .preemptive()
                          .basic(editor, Accounts.PASSWORD)
                          .contentType(ContentType.JSON)
                          .body(TestApi.position(state, "SIGNED", "2021-03-0" + (1 + i % 9)))
                          .post("/api/statements/{key}/positions", key);
                  count(statuses, recorded.statusCode());
                  if (recorded.statusCode() == 201) {
                    recordIds.add(recorded.jsonPath().getLong("id"));
                  }
                  if (i % (RECORDS_EACH / EDITS_EACH) == 0 && edits(client, i) <= EDITS_EACH) {
                    edit(editor, key, "Edit " + client + "-" + i, statuses);
                    edits.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> client : clients) {
      client.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();

    assertThat(statuses.keySet())
        .as("statuses seen: %s", statuses)
        .allMatch(s -> s == 200 || s == 201 || s == 412);
    assertThat(statuses.get(201).get()).isEqualTo(CLIENTS * RECORDS_EACH);
    assertThat(recordIds).doesNotHaveDuplicates().hasSize(CLIENTS * RECORDS_EACH);

    List<Map<String, Object>> history =
        given()
            .queryParam("size", 500)
            .get("/api/statements/{key}/positions", key)
            .then()
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(history).hasSize(CLIENTS * RECORDS_EACH);
    assertThat(history)
        .extracting(h -> ((Number) h.get("id")).longValue())
        .containsExactlyInAnyOrderElementsOf(recordIds);
    assertThat(TestApi.count(key, "asOf", "2021-03-31").getInt("counts.SIGNED"))
        .isEqualTo(CLIENTS * RECORDS_EACH);
    // each write committed in a revision of its own, numbered and timed in commit order
    List<Map<String, Object>> byRevision =
        history.stream()
            .sorted(
                java.util.Comparator.comparingLong(h -> ((Number) h.get("revision")).longValue()))
            .toList();
    assertThat(byRevision)
        .extracting(h -> ((Number) h.get("revision")).longValue())
        .doesNotHaveDuplicates();
    assertThat(byRevision)
        .extracting(h -> java.time.Instant.parse((String) h.get("recordedAt")))
        .isSorted()
        .doesNotHaveDuplicates();

    long version =
        given().get("/api/statements/{key}", key).then().extract().jsonPath().getLong("version");
    assertThat(version - startVersion).isEqualTo(edits.get());
    assertThat(
            given()
                .get("/api/statements/{key}/history", key)
                .then()
                .extract()
                .jsonPath()
                .getList("$"))
        .hasSize(1 + edits.get());
  }

  /** The number of this client's edit at record i, counting from 1. */
  private static int edits(int client, int i) {
    return i / (RECORDS_EACH / EDITS_EACH) + 1;
  }

  /** Read, change, write with If-Match; on 412 read again and retry, as a careful client would. */
  private static void edit(
      String editor, String key, String title, Map<Integer, AtomicInteger> statuses) {
    for (int attempt = 0; attempt < 200; attempt++) {
      Response current = given().get("/api/statements/{key}", key);
      Map<String, Object> body = new HashMap<>();
      body.put("key", key);
      body.put("title", title);
      body.put("kind", "LETTER");
      Response put =
          given()
              .auth()
              .preemptive()
              .basic(editor, Accounts.PASSWORD)
              .header("If-Match", current.header("ETag"))
              .contentType(ContentType.JSON)
              .body(body)
              .put("/api/statements/{key}", key);
      count(statuses, put.statusCode());
      if (put.statusCode() != 412) {
        return;
      }
    }
    throw new AssertionError("an edit never got through");
  }

  private static void count(Map<Integer, AtomicInteger> statuses, int status) {
    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
  }
}
