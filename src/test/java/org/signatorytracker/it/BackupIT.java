package org.signatorytracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * A backup restored into an empty instance answers every report as the original did when the backup
 * was taken: H2's online BACKUP (POST /api/admin/backups) on the embedded database, pg_dump and
 * pg_restore on PostgreSQL. Changes made after the backup are not in it.
 */
class BackupIT {

  static final Path LOGS = Path.of("target", "it-logs");

  @Test
  void aRestoredBackupAnswersAsTheOriginalDid() throws Exception {
    Map<String, String> original = new java.util.HashMap<>(Databases.fresh("backup_original"));
    Path backups =
        Path.of("target", "it-backups", Long.toString(System.nanoTime())).toAbsolutePath();
    original.put("TRACKER_BACKUP_DIRECTORY", backups.toString());
    Path log = LOGS.resolve("backup-" + Databases.kind() + ".log");
    Map<String, String> atBackup;
    Map<String, String> restored;
    try (ServiceProcess service = new ServiceProcess(original, log).start()) {
      CrashIT.loadDemo(service);
      String letter = "{\"key\":\"backup-vote\",\"title\":\"A vote\",\"kind\":\"VOTE\"}";
      assertThat(service.post("/api/statements", "application/json", letter).statusCode())
          .isEqualTo(201);
      assertThat(
              service
                  .post(
                      "/api/statements/backup-vote/positions",
                      "application/json",
                      "{\"state\":\"India\",\"action\":\"ABSTAIN\",\"date\":\"2022-10\","
                          + "\"sources\":[{\"title\":\"Record of the vote\"}]}")
                  .statusCode())
          .isEqualTo(201);
      atBackup = reports(service);

      if (Databases.postgres()) {
        restored = Databases.fresh("backup_restored");
        pgDumpAndRestore(
            original.get("QUARKUS_DATASOURCE_JDBC_URL"),
            restored.get("QUARKUS_DATASOURCE_JDBC_URL"));
      } else {
        var backup = service.post("/api/admin/backups", "application/json", "");
        assertThat(backup.statusCode()).as(backup.body()).isEqualTo(202);
        String job = "/api/admin/backups/" + new JsonPath(backup.body()).getString("id");
        JsonPath done = new JsonPath(service.get(job).body());
        for (int wait = 0; done.getString("status").equals("running") && wait < 600; wait++) {
          Thread.sleep(100);
          done = new JsonPath(service.get(job).body());
        }
        assertThat(done.getString("status")).isEqualTo("done");
        Path zip = backups.resolve(done.getString("file"));
        restored = Databases.fresh("backup_restored");
        unzipInto(zip, h2Directory(restored));
      }
      // a change after the backup, which the restored instance must not have
      assertThat(
              service
                  .post(
                      "/api/statements/backup-vote/positions",
                      "application/json",
                      "{\"state\":\"Chile\",\"action\":\"YES\",\"date\":\"2022-10\","
                          + "\"sources\":[{\"title\":\"Later\"}]}")
                  .statusCode())
          .isEqualTo(201);
      assertThat(reports(service)).isNotEqualTo(atBackup);
      service.stop();
    }
    try (ServiceProcess service = new ServiceProcess(restored, log).start()) {
      assertThat(reports(service)).isEqualTo(atBackup);
      CrashIT.assertDemoAnswers(service);
      service.stop();
    }
    Databases.discard(original);
    Databases.discard(restored);
  }

  private static Map<String, String> reports(ServiceProcess service) throws Exception {
    Map<String, String> reports = new LinkedHashMap<>();
    for (String path :
        List.of(
            "/api/export/statements.csv",
            "/api/export/positions.csv?includeRetracted=true",
            "/api/statements/hrc41-2019-xinjiang-supportive/signatories?asOf=2019-08-01",
            "/api/statements/hrc41-2019-xinjiang-supportive/count?asOf=2019-08-01&knownBy=2019-08-01",
            "/api/statements/hrc41-2019-xinjiang-supportive/timeline",
            "/api/statements/backup-vote/count?asOf=2023-01-01",
            "/api/compare?a=hrc41-2019-xinjiang-critical&b=hrc41-2019-xinjiang-supportive",
            "/api/states/QAT/positions?asOf=2023-01-01")) {
      var reply = service.get(path);
      assertThat(reply.statusCode()).as(path).isEqualTo(200);
      reports.put(path, reply.body());
    }
    return reports;
  }

  private static Path h2Directory(Map<String, String> database) {
    String url = database.get("QUARKUS_DATASOURCE_JDBC_URL");
    String file = url.substring("jdbc:h2:file:".length(), url.indexOf(';'));
    return Path.of(file).getParent();
  }

  /** H2's BACKUP zip holds the database file; restoring is unzipping it under the new name. */
  private static void unzipInto(Path zip, Path directory) throws Exception {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().endsWith(".mv.db")) {
          Files.copy(in, directory.resolve("tracker.mv.db"));
        }
      }
    }
    assertThat(directory.resolve("tracker.mv.db")).exists();
  }

  private static void pgDumpAndRestore(String from, String to) throws Exception {
    Path dump = Files.createTempFile("tracker-", ".dump");
    run("pg_dump", "--format=custom", "--file=" + dump, libpq(from));
    run("pg_restore", "--no-owner", "--dbname=" + libpq(to), dump.toString());
    Files.deleteIfExists(dump);
    try (Connection ignored = DriverManager.getConnection(to, Databases.pgUser(), "")) {
      // the restored database accepts connections
    }
  }

  /** jdbc:postgresql://host:port/db as a libpq URI for pg_dump and pg_restore. */
  private static String libpq(String jdbcUrl) {
    return jdbcUrl.replaceFirst("^jdbc:postgresql://", "postgresql://" + Databases.pgUser() + "@");
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream out = process.getInputStream()) {
      output = new String(out.readAllBytes());
    }
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
  }
}
