package org.signatorytracker.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;

/**
 * What an operator reads: Prometheus metrics with HTTP by route, the pool and the service's own
 * meters; a request id in a header and in a 500's body; health with the database and the
 * migrations.
 */
@QuarkusTest
class ObservabilityTest {

  /** The management interface: health and metrics, on a port of their own. */
  @TestHTTPResource(value = "/", management = true)
  java.net.URL management;

  private io.restassured.specification.RequestSpecification operator() {
    return given()
        .auth()
        .none()
        .baseUri("http://" + management.getHost())
        .port(management.getPort());
  }

  @Test
  void metricsCountRecordsWrittenImportsAndTheEnginesCache() {
    double before = metric("tracker_records_written_total");
    String key = TestApi.createLetter("metrics");
    TestApi.record(key, "Cuba", "SIGNED", "2022-06-14");
    given()
        .contentType("text/csv")
        .body("statement,state,action,date,source_title\n" + key + ",Chad,SIGNED,2022-06-14,T\n")
        .post("/api/import/positions")
        .then()
        .statusCode(200);
    given().get("/api/statements/" + key + "/count").then().statusCode(200);
    given().get("/api/statements/" + key + "/count").then().statusCode(200);
    assertThat(metric("tracker_records_written_total")).isEqualTo(before + 2);
    String all = operator().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(all)
        .contains("tracker_imports_seconds_count{outcome=\"imported\"")
        .contains("tracker_import_rows_total")
        .contains("tracker_engine_cache_total{result=\"hit\"")
        .contains("tracker_engine_cache_records")
        .contains("http_server_requests_seconds_count{method=\"GET\"")
        .contains("uri=\"/api/statements/{key}/count\"")
        .contains("agroal_");
  }

  @Test
  void requestsThatMatchNoRouteCountUnderOneLabelAndTheRoutesKeepTheirs() {
    for (int i = 0; i < 150; i++) {
      given().get("/api/random-" + i + "/path").then().statusCode(404);
      given().delete("/api/states/X" + i).then().statusCode(405);
    }
    given().get("/api/statements/hrc41-2019-xinjiang-supportive/timeline").then().statusCode(200);
    String all = operator().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(all)
        .contains("uri=\"/api/statements/{key}/timeline\"")
        .contains("uri=\"UNMATCHED\"")
        .doesNotContain("random-")
        .doesNotContain("/api/states/X1");
    Matcher uris = Pattern.compile("uri=\"([^\"]*)\"").matcher(all);
    java.util.Set<String> labels = new java.util.TreeSet<>();
    while (uris.find()) {
      labels.add(uris.group(1));
    }
    assertThat(labels).doesNotContain("NOT_FOUND", "UNKNOWN").hasSizeLessThan(100);
  }

  @Test
  void everyAnswerNamesItsRequestAndOnlyATrustedProxyMayNameIt() {
    String id =
        given().get("/api/states/FRA").then().statusCode(200).extract().header("X-Request-Id");
    // this process's random prefix and a counter
    assertThat(id).matches("[0-9a-f]{16}-[0-9a-z]+");
    // no proxy is trusted here: a caller cannot lend its request another request's id
    // (TrustedProxyTest: a trusted proxy's id is kept)
    given()
        .header("X-Request-Id", id)
        .get("/api/states/FRA")
        .then()
        .header("X-Request-Id", org.hamcrest.Matchers.not(equalTo(id)));
    given()
        .header("X-Request-Id", "proxy-1234abcd")
        .header("X-Forwarded-Trusted-Proxy", "true")
        .get("/api/states/FRA")
        .then()
        .header("X-Request-Id", org.hamcrest.Matchers.not(equalTo("proxy-1234abcd")));
    given()
        .header("X-Request-Id", "bad id\u0001")
        .get("/api/states/FRA")
        .then()
        .header("X-Request-Id", org.hamcrest.Matchers.not(containsString("bad")));
  }

  @Test
  void aFiveHundredCarriesTheRequestsId() {
    org.jboss.logging.MDC.put(RequestIds.MDC_KEY, "req-0123456789");
    try {
      var answer = new ProblemMappers().unexpected(new IllegalStateException("boom"), null);
      Problem problem = (Problem) answer.getEntity();
      assertThat(answer.getStatus()).isEqualTo(500);
      assertThat(problem.detail())
          .contains("req-0123456789")
          .doesNotContain("IllegalState", "boom");
    } finally {
      org.jboss.logging.MDC.remove(RequestIds.MDC_KEY);
    }
  }

  @Test
  void healthReportsTheDatabaseAndTheMigrations() {
    operator()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'Database migrations' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'Database migrations' }.data.pending", equalTo(0))
        .body(
            "checks.find { it.name == 'Database migrations' }.data.version",
            org.hamcrest.Matchers.matchesPattern("[0-9]+"))
        .body(containsString("Database connections"));
  }

  private double metric(String name) {
    String all = operator().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.E+-]+)$").matcher(all);
    double sum = 0;
    while (m.find()) {
      sum += Double.parseDouble(m.group(2));
    }
    return sum;
  }
}
