package org.signatorytracker.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * An instance whose data only signed-in readers may see. On H2 it gets a database of its own: an
 * in-memory H2 database reopened by a second application in the same JVM refuses inserts into
 * tables with check constraints ("Check constraint invalid"), which a real restart never meets.
 */
public class PrivateReads implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "%test.tracker.auth.public-read",
        "false",
        "%test.quarkus.datasource.jdbc.url",
        "${TRACKER_TEST_JDBC_URL:jdbc:h2:mem:private-reads;DB_CLOSE_DELAY=-1}");
  }
}
