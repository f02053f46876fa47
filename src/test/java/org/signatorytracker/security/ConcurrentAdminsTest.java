package org.signatorytracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestAccounts;
import org.signatorytracker.transfer.FreshInstance;

/** Two admins demoting each other at the same moment cannot leave the service without one. */
@QuarkusTest
@TestProfile(FreshInstance.class)
class ConcurrentAdminsTest {

  @Test
  void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
    String other = Accounts.create("admin");
    // exactly two active admins: this test's own, and the first admin
    given()
        .queryParam("size", 500)
        .get("/api/users")
        .then()
        .extract()
        .jsonPath()
        .getList("items.findAll { it.role == 'admin' && !it.disabled }.name", String.class)
        .stream()
        .filter(name -> !name.equals(other) && !name.equals(TestAccounts.ADMIN))
        .forEach(
            name ->
                given()
                    .contentType(ContentType.JSON)
                    .body(Map.of("role", "editor"))
                    .put("/api/users/{name}", name)
                    .then()
                    .statusCode(200));
    for (int trial = 0; trial < 5; trial++) {
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      Future<Integer> first =
          pool.submit(() -> demote(start, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD, other));
      Future<Integer> second =
          pool.submit(() -> demote(start, other, Accounts.PASSWORD, TestAccounts.ADMIN));
      start.countDown();
      List<Integer> statuses =
          List.of(first.get(1, TimeUnit.MINUTES), second.get(1, TimeUnit.MINUTES));
      pool.shutdown();
      // one wins; the other is refused, 409 if both ran at once, or 403 if the winner had
      // already committed (its caller is no longer an admin when its request is checked)
      assertThat(statuses).as("trial %d", trial).containsOnlyOnce(200);
      assertThat(statuses).as("trial %d", trial).allMatch(s -> s == 200 || s == 409 || s == 403);
      // the admin left promotes the other again for the next trial
      boolean adminRemains = statuses.get(0) == 200;
      given()
          .auth()
          .preemptive()
          .basic(
              adminRemains ? TestAccounts.ADMIN : other,
              adminRemains ? TestAccounts.ADMIN_PASSWORD : Accounts.PASSWORD)
          .contentType(ContentType.JSON)
          .body(Map.of("role", "admin"))
          .put("/api/users/{name}", adminRemains ? other : TestAccounts.ADMIN)
          .then()
          .statusCode(200);
    }
    List<String> admins = new ArrayList<>();
    given()
        .queryParam("size", 500)
        .get("/api/users")
        .then()
        .extract()
        .jsonPath()
        .getList("items.findAll { it.role == 'admin' && !it.disabled }.name", String.class)
        .forEach(admins::add);
    assertThat(admins).contains(TestAccounts.ADMIN, other);
  }

  private static int demote(CountDownLatch start, String by, String password, String whom)
      throws InterruptedException {
    start.await();
    return given()
        .auth()
        .preemptive()
        .basic(by, password)
        .contentType(ContentType.JSON)
        .body(Map.of("role", "editor"))
        .put("/api/users/{name}", whom)
        .then()
        .extract()
        .statusCode();
  }
}
