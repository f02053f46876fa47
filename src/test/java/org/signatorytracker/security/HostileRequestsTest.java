package org.signatorytracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestAccounts;
import org.signatorytracker.TestApi;
import org.signatorytracker.security.HostileRequests.Attack;

/**
 * Over a thousand malformed or hostile requests, generated from a seed (replay one with
 * -Dfuzz.seed=N): each must be a 4xx problem, none a 500, and the database must be exactly as it
 * was before.
 */
@QuarkusTest
class HostileRequestsTest {

  static final int REQUESTS = 1_500;

  @Inject EntityManager em;

  @TestHTTPResource("/")
  URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyHostileRequestIsRefusedCleanlyAndChangesNothing() throws Exception {
    long seed = Long.getLong("fuzz.seed", 20261128L);
    String reader = Accounts.create("reader");
    String editor = Accounts.create("editor");
    String statement = TestApi.createLetter("fuzz-target");
    long record = TestApi.record(statement, "France", "SIGNED", "2020-01-01");
    List<Attack> attacks = new HostileRequests(seed, statement, record).generate(REQUESTS);

    Map<String, Long> before = databaseState();
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    for (int i = 0; i < attacks.size(); i++) {
      Attack attack = attacks.get(i);
      Reply response = send(attack, reader, editor);
      statuses.merge(response.status(), 1, Integer::sum);
      String problem = check(response);
      if (problem != null) {
        failures.add(
            "seed "
                + seed
                + " request "
                + i
                + " ("
                + attack.what()
                + ", "
                + attack.method()
                + " "
                + attack.path()
                + "): "
                + problem);
      }
    }
    System.out.printf("%d hostile requests (seed %d) answered: %s%n", REQUESTS, seed, statuses);
    assertThat(failures).isEmpty();
    assertThat(databaseState())
        .as("database after %d requests, seed %d", REQUESTS, seed)
        .isEqualTo(before);
  }

  /** Raw requests: the bytes, content type and method exactly as generated. */
  private Reply send(Attack attack, String reader, String editor) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + attack.path().substring(1)));
    String authorization =
        switch (attack.caller()) {
          case "anonymous" -> null;
          case "reader" -> TestAccounts.basic(reader, Accounts.PASSWORD);
          case "editor" -> TestAccounts.basic(editor, Accounts.PASSWORD);
          case "wrong-password" -> TestAccounts.basic(editor, "guessed password");
          case "nul-name" -> TestAccounts.basic(editor + "\u0000", Accounts.PASSWORD);
          default -> TestAccounts.adminAuthorization();
        };
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (attack.contentType() != null) {
      request.header("Content-Type", attack.contentType());
    }
    request.method(
        attack.method(),
        attack.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(attack.body()));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        response.body());
  }

  record Reply(int status, String contentType, String body) {}

  /** Why the response is not a clean refusal, or null when it is. */
  private static String check(Reply response) {
    int status = response.status();
    if (status < 400 || status > 499) {
      return "status " + status + ": " + abbreviate(response.body());
    }
    String type = response.contentType();
    if (type == null || !type.startsWith("application/problem+json")) {
      return "status " + status + " with content type " + type;
    }
    String body = response.body();
    if (body.contains("Exception") || body.contains("org.hibernate") || body.contains("java.")) {
      return "the problem leaks internals: " + abbreviate(body);
    }
    JsonPath problem = new JsonPath(body);
    if (problem.getInt("status") != status || problem.getString("detail") == null) {
      return "the problem lacks status or detail: " + abbreviate(body);
    }
    return null;
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /** Row counts and version sums of every table a write could touch. */
  private Map<String, Long> databaseState() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Map<String, Long> state = new LinkedHashMap<>();
              for (String table :
                  List.of(
                      "statement",
                      "statement_lead_state",
                      "position_record",
                      "position_source",
                      "retraction",
                      "app_user",
                      "audit_event",
                      "statement_source",
                      "statement_version",
                      "statement_issue",
                      "statement_version_issue",
                      "revision",
                      "count_claim",
                      "claim_source",
                      "claim_retraction")) {
                state.put(table, number("SELECT COUNT(*) FROM " + table));
              }
              state.put(
                  "statement versions", number("SELECT COALESCE(SUM(version), 0) FROM statement"));
              state.put(
                  "account versions", number("SELECT COALESCE(SUM(version), 0) FROM app_user"));
              return state;
            });
  }

  private long number(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
