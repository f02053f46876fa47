package org.signatorytracker.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.uniqueKey;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every list pages the same way, and answers CSV with the whole list. */
@QuarkusTest
class ListAnswersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/statements",
        "/api/states",
        "/api/users",
        "/api/audit",
        "/api/statements/hrc41-2019-xinjiang-supportive/positions",
        "/api/statements/hrc41-2019-xinjiang-supportive/claims",
        "/api/states/QAT/records"
      })
  void everyListPagesTheSameWay(String list) throws java.io.IOException {
    given()
        .queryParam("size", 2)
        .get(list)
        .then()
        .statusCode(200)
        .body("page", equalTo(0))
        .body("size", equalTo(2))
        .body("totalItems", org.hamcrest.Matchers.greaterThan(0))
        .body("totalPages", org.hamcrest.Matchers.greaterThan(0));
    given().queryParam("page", 100_000).get(list).then().statusCode(200).body("items", hasSize(0));
    for (String[] overflow :
        new String[][] {{"2147483647", "50"}, {"16777216", "256"}, {"4294967296", "1"}}) {
      given()
          .queryParam("page", overflow[0])
          .queryParam("size", overflow[1])
          .get(list)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("page"));
    }
    String csv =
        given().queryParam("format", "csv").get(list).then().statusCode(200).extract().asString();
    long total = given().get(list).then().extract().jsonPath().getLong("totalItems");
    assertThat(
            org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new java.io.StringReader(csv))
                .getRecords())
        .hasSize((int) total);
  }

  @Test
  void aCsvListIsTheWholeListWithTheListsFilters() {
    String issue = uniqueKey("lists");
    for (int i = 0; i < 7; i++) {
      createStatement("listed", "LETTER", Map.of("issue", issue));
    }
    String csv =
        given()
            .accept("text/csv")
            .queryParam("issue", issue)
            .queryParam("size", 2)
            .get("/api/statements")
            .then()
            .statusCode(200)
            .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
            .header("Content-Disposition", org.hamcrest.Matchers.containsString("statements.csv"))
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("key,title,kind,forum,session,date,");
    assertThat(lines).hasSize(8);
  }

  @Test
  void aStatesRecordsAreListedStatementByStatement() {
    String a = createLetter("records-a");
    String b = createLetter("records-b");
    record(b, "Palau", "SIGNED", "2020-02-01");
    record(a, "Palau", "SIGNED", "2020-01-01");
    List<String> statements =
        given()
            .queryParam("size", 500)
            .get("/api/states/{code}/records", "palau")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.statement");
    assertThat(statements).containsSubsequence(a, b);
    given().get("/api/states/{code}/records", "Atlantis").then().statusCode(404);
    given().get("/api/statements/{key}/positions", "no-such-letter-here").then().statusCode(404);
    given()
        .queryParam("format", "csv")
        .get("/api/statements/{key}/positions", "no-such-letter-here")
        .then()
        .statusCode(404);
  }

  @Test
  void bomPutsAByteOrderMarkBeforeEveryCsvAnswer() {
    String key = createLetter("bom");
    record(key, "Türkiye", "SIGNED", "2020-01-01");
    for (String path :
        List.of(
            "/api/statements/" + key + "/signatories?format=csv&bom=true",
            "/api/statements/" + key + "/positions?format=csv&bom=true",
            "/api/states?format=csv&bom=true",
            "/api/export/positions.csv?bom=true&statement=" + key)) {
      byte[] body = given().get(path).then().statusCode(200).extract().asByteArray();
      assertThat(body).as(path).startsWith(0xEF, 0xBB, 0xBF);
      assertThat(new String(body, StandardCharsets.UTF_8)).as(path).doesNotContain("Ã");
    }
    byte[] plain =
        given()
            .get("/api/statements/" + key + "/signatories?format=csv")
            .then()
            .extract()
            .asByteArray();
    assertThat(plain[0]).isEqualTo((byte) 's');
    given()
        .get("/api/statements/" + key + "/signatories?format=csv&bom=perhaps")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("bom"));
  }
}
