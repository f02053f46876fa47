package org.signatorytracker.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.signatorytracker.TestApi.createLetter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables built to exhaust the service are refused early, and their problems reported once. */
@QuarkusTest
class HostileTablesTest {

  /** A stream of {@code head}, then {@code size} bytes of one character, without holding them. */
  private static InputStream huge(String head, long size, String tail) {
    InputStream body =
        new InputStream() {
          long left = size;

          @Override
          public int read() {
            return left-- > 0 ? 'a' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            left -= n;
            return n;
          }
        };
    return new SequenceInputStream(
        Collections.enumeration(
            List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                body,
                new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void aCellOfHundredsOfMegabytesIsRefusedWithoutBeingRead() {
    String key = createLetter("huge-cell");
    given()
        .contentType("text/csv")
        .body(
            huge(
                "statement,state,action,date,source_url,note\n"
                    + key
                    + ",France,SIGNED,2020,https://e.org,",
                200L << 20,
                "\n"))
        .post("/api/import/positions")
        .then()
        .statusCode(422)
        .body("errors[0].line", equalTo(2))
        .body("errors[0].message", containsString("the row is longer than"));
    given()
        .contentType("text/csv")
        .body(
            huge(
                "statement,state,action,date,source_url,note\n"
                    + key
                    + ",France,SIGNED,2020,https://e.org,\"",
                50L << 20,
                "\"\n"))
        .post("/api/import/positions")
        .then()
        .statusCode(422)
        .body("errors[0].message", containsString("the row is longer than"));
  }

  @Test
  void aHeaderOfAMillionColumnsIsRefusedInOneLine() {
    StringBuilder header = new StringBuilder("statement,state,action,date,source_url");
    for (int i = 0; i < 1_000_000; i++) {
      header.append(",c").append(i);
    }
    String answer =
        given()
            .contentType("text/csv")
            .body(header.append('\n').toString().getBytes(StandardCharsets.UTF_8))
            .post("/api/import/positions")
            .then()
            .statusCode(422)
            .body("errorCount", equalTo(1))
            .body("errors[0].message", containsString("the header row is longer than"))
            .extract()
            .asString();
    assertThat(answer.length()).isLessThan(10_000);
  }

  @Test
  void unknownAndRepeatedColumnsAreReportedOnce() {
    StringBuilder header = new StringBuilder("statement,state,action,date,source_url");
    for (int i = 0; i < 500; i++) {
      header.append(",extra").append(i);
    }
    JsonPath answer =
        given()
            .contentType("text/csv")
            .body(header + "\n")
            .queryParam("dryRun", true)
            .post("/api/import/positions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("warnings", String.class))
        .singleElement()
        .asString()
        .startsWith("positions: 500 columns are not part of the format and were ignored: 'extra0',")
        .endsWith(", …");
    given()
        .contentType("text/csv")
        .body("statement,state,state,action,action,date,source_url\n")
        .post("/api/import/positions")
        .then()
        .statusCode(422)
        .body("errorCount", equalTo(1))
        .body("errors[0].message", equalTo("2 columns appear more than once: 'state', 'action'"));
  }

  @Test
  void aProblemRepeatedOnManyRowsIsReportedOnceWithItsCountAndFirstRows() {
    String key = createLetter("repeated");
    StringBuilder csv = new StringBuilder("statement,state,action,date,source_url\n");
    for (int i = 0; i < 5_000; i++) {
      csv.append(key).append(",France,SIGNED,2020-13,https://e.org/").append(i).append('\n');
    }
    JsonPath problem =
        given()
            .contentType("text/csv")
            .body(csv.toString())
            .post("/api/import/positions")
            .then()
            .statusCode(422)
            .extract()
            .jsonPath();
    assertThat(problem.getLong("errorCount")).isEqualTo(5_000);
    assertThat(problem.getList("errors")).hasSize(1);
    Map<String, Object> error = problem.getMap("errors[0]");
    assertThat(error)
        .containsEntry("column", "date")
        .containsEntry("line", 2)
        .containsEntry("occurrences", 5_000);
    assertThat(problem.getList("errors[0].lines", Integer.class))
        .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
  }
}
