package org.signatorytracker.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.TestApi.createLetter;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestData;

/** The same file imported twice at the same moment is recorded once. */
@QuarkusTest
class ConcurrentImportsTest {

  static final int ROWS = 2_000;

  @Test
  void theSameFileImportedTwiceAtOnceIsRecordedOnce() throws Exception {
    List<String> states = TestData.stateCodes();
    for (int trial = 0; trial < 3; trial++) {
      String key = createLetter("twice");
      StringBuilder csv = new StringBuilder("statement,state,action,date,source_url\n");
      for (int i = 0; i < ROWS; i++) {
        csv.append(key).append(',').append(states.get(i % states.size()));
        csv.append(",SIGNED,2020-01-01,https://example.org/").append(i).append('\n');
      }
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<Integer>> imports = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        imports.add(
            pool.submit(
                () -> {
                  start.await();
                  return given()
                      .contentType("text/csv")
                      .body(csv.toString())
                      .post("/api/import/positions")
                      .then()
                      .extract()
                      .statusCode();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> status : imports) {
        statuses.add(status.get(2, TimeUnit.MINUTES));
      }
      pool.shutdown();
      assertThat(statuses).as("trial %d", trial).allMatch(s -> s == 200 || s == 409).contains(200);
      assertThat(
              given()
                  .get("/api/statements/{key}/positions", key)
                  .then()
                  .extract()
                  .jsonPath()
                  .getLong("totalItems"))
          .as("trial %d: statuses %s", trial, statuses)
          .isEqualTo(ROWS);
    }
  }
}
