package org.signatorytracker;

import static io.restassured.RestAssured.preemptive;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Tests act as the first admin (its password comes from the test profile), which may do everything;
 * tests of access control name their caller explicitly.
 */
public class TestAccounts implements QuarkusTestBeforeEachCallback {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "test-admin-password";

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    RestAssured.authentication = preemptive().basic(ADMIN, ADMIN_PASSWORD);
  }

  /** The Authorization header for clients other than REST Assured. */
  public static String adminAuthorization() {
    return basic(ADMIN, ADMIN_PASSWORD);
  }

  public static String basic(String name, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
