package org.signatorytracker.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases for the packaged service: H2 files in new directories under target/, or
 * new databases on the PostgreSQL the suite runs against (when the package was built for it, that
 * is when QUARKUS_DATASOURCE_DB_KIND=postgresql and TRACKER_IT_PG_URL are set).
 */
final class Databases {

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private Databases() {}

  static boolean postgres() {
    return "postgresql".equals(System.getenv("QUARKUS_DATASOURCE_DB_KIND"))
        && System.getenv("TRACKER_IT_PG_URL") != null;
  }

  static String kind() {
    return postgres() ? "postgresql" : "h2";
  }

  /** The environment of a service on a new, empty database. */
  static Map<String, String> fresh(String name) throws Exception {
    // .ci/run drops every tracker_it_* database when it finishes
    String unique =
        "tracker_it_" + name + "_" + ProcessHandle.current().pid() + "_" + SERIAL.incrementAndGet();
    if (postgres()) {
      String base = System.getenv("TRACKER_IT_PG_URL"); // jdbc:postgresql://host:port/
      try (Connection admin = DriverManager.getConnection(base + "postgres", pgUser(), "");
          Statement sql = admin.createStatement()) {
        sql.execute("CREATE DATABASE " + unique);
      }
      return ServiceProcess.database(base + unique, pgUser(), "");
    }
    Path directory = Path.of("target", "it-data", unique).toAbsolutePath();
    Files.createDirectories(directory);
    return ServiceProcess.database(
        "jdbc:h2:file:" + directory.resolve("tracker") + ";WRITE_DELAY=0", "sa", "");
  }

  /** Drops a database the tests are done with (its service must be stopped). */
  static void discard(Map<String, String> database) throws Exception {
    String url = database.get("QUARKUS_DATASOURCE_JDBC_URL");
    if (postgres()) {
      String name = url.substring(url.lastIndexOf('/') + 1);
      try (Connection admin =
              DriverManager.getConnection(
                  System.getenv("TRACKER_IT_PG_URL") + "postgres", pgUser(), "");
          Statement sql = admin.createStatement()) {
        sql.execute("DROP DATABASE IF EXISTS " + name);
      }
      return;
    }
    Path directory = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';'))).getParent();
    try (var files = Files.walk(directory)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** The bytes the database takes: its files on H2, pg_database_size on PostgreSQL. */
  static long sizeBytes(Map<String, String> database) throws Exception {
    String url = database.get("QUARKUS_DATASOURCE_JDBC_URL");
    if (postgres()) {
      try (Connection connection = DriverManager.getConnection(url, pgUser(), "");
          Statement sql = connection.createStatement();
          var size = sql.executeQuery("SELECT pg_database_size(current_database())")) {
        size.next();
        return size.getLong(1);
      }
    }
    Path directory = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';'))).getParent();
    try (var files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  static String pgUser() {
    String user = System.getenv("TRACKER_IT_PG_USER");
    return user == null ? "postgres" : user;
  }
}
