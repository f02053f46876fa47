package org.signatorytracker.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.record;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A report answers 304 to its own ETag until something is recorded. */
@QuarkusTest
class ReportTagsTest {

  private static String tag(String path, String accept) {
    return given()
        .accept(accept)
        .get(path)
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-cache")
        .extract()
        .header("ETag");
  }

  @Test
  void aReportIsNotSentAgainUntilSomethingIsRecorded() {
    String key = createLetter("etag");
    record(key, "Chile", "SIGNED", "2020-01-01");
    String count = "/api/statements/" + key + "/count?asOf=2020-06-01";
    String tag = tag(count, "application/json");
    assertThat(tag).startsWith("\"").endsWith("\"");

    String body =
        given().header("If-None-Match", tag).get(count).then().statusCode(304).extract().asString();
    assertThat(body).isEmpty();
    given().header("If-None-Match", "\"other\", " + tag).get(count).then().statusCode(304);

    // another question, another format: another tag
    assertThat(tag("/api/statements/" + key + "/count?asOf=2020-06-02", "application/json"))
        .isNotEqualTo(tag);
    assertThat(tag(count, "text/csv")).isNotEqualTo(tag);
    for (String report : new String[] {"signatories", "timeline"}) {
      assertThat(tag("/api/statements/" + key + "/" + report, "application/json")).isNotBlank();
    }

    record(key, "Peru", "SIGNED", "2020-01-01");
    String after =
        given()
            .header("If-None-Match", tag)
            .get(count)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(after).isNotEqualTo(tag);
    given().header("If-None-Match", after).get(count).then().statusCode(304);
  }
}
