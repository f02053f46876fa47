package org.signatorytracker;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Large generated data sets and an empty database, for tests that run on an instance of their own.
 */
public final class TestData {

  public static final int BULK_STATEMENTS = 50;

  private TestData() {}

  /** The statements table the generated positions refer to: bulk-0 … bulk-49. */
  public static String bulkStatements() {
    StringBuilder csv = new StringBuilder("key,title,kind,date\n");
    for (int s = 0; s < BULK_STATEMENTS; s++) {
      csv.append("bulk-").append(s).append(",Bulk letter ").append(s).append(",LETTER,2019\n");
    }
    return csv.toString();
  }

  /** The codes of today's states (198), as the API lists them. */
  public static List<String> stateCodes() {
    return given()
        .queryParam("size", 500)
        .get("/api/states")
        .then()
        .extract()
        .jsonPath()
        .getList("items.iso3", String.class);
  }

  /**
   * A positions file of {@code rows} rows spread over the bulk statements, 198 states and two
   * years; a third are withdrawals and publication trails the effective date by up to 40 days. Each
   * row cites its own URL, so no two rows are the same record.
   */
  public static void bulkPositions(Path file, int rows) throws IOException {
    List<String> states = stateCodes();
    LocalDate start = LocalDate.of(2019, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("statement,state,action,date,reported,confidence,source_url,source_title,note\n");
      for (int i = 0; i < rows; i++) {
        LocalDate date = start.plusDays((i * 7L) % 730);
        out.write("bulk-" + (i % BULK_STATEMENTS) + ",");
        out.write(states.get((i / BULK_STATEMENTS) % states.size()));
        out.write((i / 10_000) % 3 == 2 ? ",WITHDREW," : ",SIGNED,");
        out.write(date + "," + date.plusDays(i % 40) + ",REPORTED,");
        out.write("https://example.org/report/" + i + ",Report " + i + ",\n");
      }
    }
  }

  /** Deletes every statement and record (not the states or the accounts). */
  public static void emptyTheDatabase(EntityManager em) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (String table :
                  List.of(
                      "claim_retraction_proposal",
                      "claim_review",
                      "claim_retraction",
                      "claim_source",
                      "count_claim",
                      "retraction_proposal",
                      "record_review",
                      "retraction",
                      "position_source",
                      "position_record",
                      "statement_lead_state",
                      "statement_source",
                      "statement_stage",
                      "statement_stage_source",
                      "statement_issue",
                      "statement_version_issue",
                      "statement_version",
                      "statement",
                      "side_claim_source",
                      "side_claim_retraction",
                      "side_claim",
                      "issue_side",
                      "issue_version",
                      "issue")) {
                em.createNativeQuery("DELETE FROM " + table).executeUpdate();
              }
              // the reference groups stay, as in a fresh instance; groups made since go
              em.createNativeQuery(
                      "DELETE FROM group_membership WHERE group_id IN"
                          + " (SELECT id FROM state_group WHERE id > 0)")
                  .executeUpdate();
              em.createNativeQuery("DELETE FROM state_group WHERE id > 0").executeUpdate();
            });
  }
}
