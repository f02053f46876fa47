package org.signatorytracker.positions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;
import org.signatorytracker.common.BulkWriter;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.SourceKind;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * The import's JDBC batches write records as persisting them one by one would: ids of their own,
 * every source in order, the transaction's revision, and the statement marked changed, so that the
 * engine's answers count them at once. 210 records cross the 100-row statements twice.
 */
@QuarkusTest
class RecordBatchesTest {

  @Inject RecordBatches batches;
  @Inject PositionService positions;
  @Inject StatementService statements;
  @Inject StateDirectory states;

  @Test
  void aBatchOfRecordsIsStoredWholeAndCountedAtOnce() {
    String key = TestApi.createLetter("batched");
    // a first report reads the statement's records (none) and keeps them in memory
    assertThat(TestApi.signatoryCodes(key, "asOf", "2019-07-31")).isEmpty();

    List<StateView> signers = states.all().subList(0, 150);
    List<Long> ids =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  var statement = statements.require(key);
                  List<PositionRecord> records = new ArrayList<>();
                  for (int i = 0; i < signers.size(); i++) {
                    List<Source> sources =
                        i % 2 == 0
                            ? List.of(
                                new Source(
                                    "https://example.org/annex",
                                    "Annex",
                                    "OHCHR",
                                    PartialDate.parse("2019-07"),
                                    SourceKind.OFFICIAL))
                            : List.of(
                                new Source(null, "Press report", null, null, SourceKind.PRESS),
                                new Source(
                                    "https://example.org/mission",
                                    null,
                                    null,
                                    null,
                                    SourceKind.OFFICIAL));
                    records.add(
                        positions.newRecord(
                            statement, request(signers.get(i), "SIGNED", "2019-07-10", sources)));
                    if (i < 60) {
                      records.add(
                          positions.newRecord(
                              statement,
                              request(signers.get(i), "WITHDREW", "2019-08-01", sources)));
                    }
                  }
                  try (BulkWriter writer = new BulkWriter()) {
                    batches.insert(writer, records);
                    batches.await(writer);
                  }
                  return records.stream().map(r -> r.id).toList();
                });

    assertThat(ids).hasSize(210).doesNotContainNull();
    Set<Long> distinct = new HashSet<>(ids);
    assertThat(distinct).hasSize(210);

    // the statement was marked changed: the kept (empty) records are not served again
    assertThat(TestApi.signatoryCodes(key, "asOf", "2019-07-31")).hasSize(150);
    assertThat(TestApi.signatoryCodes(key, "asOf", "2019-08-02")).hasSize(90);

    var history =
        given()
            .queryParam("size", 500)
            .get("/api/statements/{key}/positions", key)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(history.getLong("totalItems")).isEqualTo(210L);
    // a record with two sources keeps them in their order
    int second = history.getList("items.id", Long.class).indexOf(ids.get(2));
    assertThat(history.getList("items[" + second + "].sources.kind", String.class))
        .containsExactly("PRESS", "OFFICIAL");
    assertThat(history.getString("items[" + second + "].sources[1].url"))
        .isEqualTo("https://example.org/mission");
  }

  /**
   * A batch the database refuses (here a record of a statement that does not exist) fails the
   * import where the caller waits for it, with the database's own error, and nothing of the batches
   * before it stays: on PostgreSQL it was copied while the caller went on.
   */
  @Test
  void aRefusedBatchFailsTheTransactionWithTheDatabasesError() {
    String key = TestApi.createLetter("refused-batch");
    List<StateView> signers = states.all().subList(0, 3);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          var statement = statements.require(key);
                          try (BulkWriter writer = new BulkWriter()) {
                            batches.insert(
                                writer,
                                List.of(
                                    positions.newRecord(
                                        statement,
                                        request(
                                            signers.get(0), "SIGNED", "2019-07-10", List.of()))));
                            var missing = statements.reference(Long.MAX_VALUE);
                            batches.insert(
                                writer,
                                List.of(
                                    positions.newChecked(
                                        missing,
                                        "no-such-statement",
                                        request(
                                            signers.get(1), "SIGNED", "2019-07-10", List.of()))));
                            batches.await(writer);
                          }
                        }))
        .hasRootCauseInstanceOf(java.sql.SQLException.class)
        .satisfies(
            e ->
                assertThat(rootMessage(e).toLowerCase(java.util.Locale.ROOT))
                    .containsAnyOf("foreign key", "referential"));
    assertThat(TestApi.signatoryCodes(key, "asOf", "2019-07-31")).isEmpty();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static PositionRequest request(
      StateView state, String action, String date, List<Source> sources) {
    return new PositionRequest(
        state.iso3(),
        PositionAction.valueOf(action),
        UncertainDate.parse(date),
        null,
        Confidence.REPORTED,
        null,
        sources,
        null);
  }
}
