package org.signatorytracker.transfer;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * An instance of its own, on a database no other test touches, which a test may empty: an H2 file
 * under target/ (a file, as in production, so that the data does not live in the test's heap), or
 * on PostgreSQL the database TRACKER_TEST_FRESH_JDBC_URL names (.ci/run creates it).
 */
public class FreshInstance implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "%test.quarkus.datasource.jdbc.url",
        "${TRACKER_TEST_FRESH_JDBC_URL:jdbc:h2:file:./target/fresh-instance/tracker;WRITE_DELAY=0}",
        "%test.tracker.demo.load",
        "false");
  }

  /** Whether the tests run on the embedded H2 (the default) rather than PostgreSQL. */
  public static boolean h2() {
    String kind = System.getenv("TRACKER_TEST_DB_KIND");
    return kind == null || kind.isBlank() || kind.equals("h2");
  }
}
