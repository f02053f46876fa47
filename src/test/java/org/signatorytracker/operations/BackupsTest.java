package org.signatorytracker.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.transfer.FreshInstance;

/** Backups run as jobs outside the request, each with a name of its own, the newest kept. */
@QuarkusTest
@TestProfile(BackupsTest.KeepTwo.class)
class BackupsTest {

  /** A database file of its own, keeping two backups in a folder of their own. */
  public static class KeepTwo extends FreshInstance {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new java.util.HashMap<>(super.getConfigOverrides());
      config.put("%test.tracker.backup.keep", "2");
      config.put("%test.tracker.backup.directory", "target/backups-kept/" + System.nanoTime());
      if (FreshInstance.h2()) {
        // a database of its own: the fresh instance's file holds what other tests imported, and
        // copying it three times took minutes
        config.put(
            "%test.quarkus.datasource.jdbc.url",
            "jdbc:h2:file:./target/backups-instance/"
                + System.nanoTime()
                + "/tracker;WRITE_DELAY=0");
      }
      return config;
    }
  }

  /** Waits for the job: up to three minutes, for a busy machine. */
  private static JsonPath finished(String id) throws InterruptedException {
    for (int wait = 0; wait < 1800; wait++) {
      JsonPath job =
          given().get("/api/admin/backups/{id}", id).then().statusCode(200).extract().jsonPath();
      if (!job.getString("status").equals("running")) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the backup did not finish");
  }

  @Test
  void aBackupAnswersAtOnceAndRunsAsAJobKeepingTheNewest() throws Exception {
    if (!FreshInstance.h2()) {
      return; // PostgreSQL is backed up with pg_dump: BackupIT covers it
    }
    List<String> files = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      JsonPath started =
          given()
              .post("/api/admin/backups")
              .then()
              .statusCode(202)
              .header("Location", containsString("/api/admin/backups/"))
              .extract()
              .jsonPath();
      JsonPath done = finished(started.getString("id"));
      assertThat(done.getString("status")).isEqualTo("done");
      assertThat(done.getString("file"))
          .startsWith("signatory-tracker-")
          .endsWith(".zip")
          .doesNotContain("/")
          .isEqualTo(started.getString("file"));
      assertThat(done.getLong("bytes")).isPositive();
      files.add(done.getString("file"));
    }
    assertThat(files).doesNotHaveDuplicates();
    List<String> kept =
        given()
            .get("/api/admin/backups")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.file");
    assertThat(kept).containsExactly(files.get(2), files.get(1));
    given().get("/api/admin/backups/{id}", "no-such-job").then().statusCode(404);
  }
}
