package org.signatorytracker.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestAccounts;
import org.signatorytracker.TestData;

/**
 * A 50,000-row positions file imports with a flat heap. The live heap is measured after a forced
 * collection, twice a second, while an import runs: importing 50,000 rows takes no more than
 * importing 10,000 (what does grow is the database's own cache and transaction state, which have
 * fixed limits), and far less than the records would take if they were held. How fast it imports is
 * measured by the benchmark (bench/), not here.
 */
@QuarkusTest
@TestProfile(FreshInstance.class)
class LargeImportTest {

  static final int ROWS = 50_000;
  static final int SMALL = 10_000;

  /**
   * Far below what 50,000 records with their sources take when held (over 50 MB); the import grows
   * it by about 10 MB whatever its size.
   */
  static final long MAX_LIVE_GROWTH = 32L * 1024 * 1024;

  /** Five times the rows may not cost more than this beyond the smaller import. */
  static final long MAX_GROWTH_WITH_ROWS = 16L * 1024 * 1024;

  @Inject EntityManager em;

  @TestHTTPResource("/")
  URL base;

  @Test
  void fiftyThousandRowsImportWithABoundedHeap() throws Exception {
    long small = liveGrowthImporting(SMALL);
    long large = liveGrowthImporting(ROWS);
    System.out.printf(
        "Import: live heap grew by %d MB for %,d rows, %d MB for %,d rows%n",
        small >> 20, SMALL, large >> 20, ROWS);
    assertThat(large).isLessThan(MAX_LIVE_GROWTH);
    assertThat(large).isLessThan(small + MAX_GROWTH_WITH_ROWS);
  }

  /** Imports a generated file of {@code rows} rows into an empty database; the peak live growth. */
  private long liveGrowthImporting(int rows) throws Exception {
    TestData.emptyTheDatabase(em);
    given()
        .contentType("text/csv")
        .body(TestData.bulkStatements())
        .post("/api/import/statements")
        .then()
        .statusCode(200);
    Path file = Files.createTempFile("positions-", ".csv");
    try {
      TestData.bulkPositions(file, rows);
      long baseline = liveHeap();
      AtomicLong peak = new AtomicLong(baseline);
      AtomicBoolean running = new AtomicBoolean(true);
      Thread sampler =
          new Thread(
              () -> {
                while (running.get()) {
                  peak.accumulateAndGet(liveHeap(), Math::max);
                  sleep(500);
                }
              });
      sampler.start();
      HttpResponse<String> response;
      try {
        response =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(base + "api/import/positions"))
                        .header("Authorization", TestAccounts.adminAuthorization())
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
      } finally {
        running.set(false);
        sampler.join();
      }
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(new JsonPath(response.body()).getLong("positions.created")).isEqualTo(rows);
      assertThat(count()).isEqualTo(rows);
      return peak.get() - baseline;
    } finally {
      Files.deleteIfExists(file);
      TestData.emptyTheDatabase(em);
    }
  }

  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private long count() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM position_record")
                            .getSingleResult())
                    .longValue());
  }
}
