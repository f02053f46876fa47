package org.signatorytracker.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.signatorytracker.positions.CommittedRecords;
import org.signatorytracker.positions.CommittedRecords.Row;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionRole;

/**
 * The engine's records in memory, with the database stood in for by a map: what is read, what is
 * kept, what goes first, and how a state's standings read only its own records (once, then again
 * only where a statement changed). Plain JUnit; no Quarkus starts.
 */
@Tag("unit")
class RecordCacheTest {

  /** Statement id → its records' states, one record each, signed on 8 July 2019. */
  final Map<Long, List<String>> stored = new HashMap<>();

  final List<Collection<Long>> statementReads = new ArrayList<>();
  final List<String> stateReads = new ArrayList<>();
  final List<Collection<Long>> stateReadStatements = new ArrayList<>();

  final CommittedRecords database =
      new CommittedRecords() {
        @Override
        public Map<Long, List<Row>> ofStatements(Collection<Long> ids) {
          statementReads.add(List.copyOf(ids));
          Map<Long, List<Row>> rows = new LinkedHashMap<>();
          for (Long id : ids) {
            if (stored.containsKey(id)) {
              rows.put(id, rows(id, stored.get(id)));
            }
          }
          return rows;
        }

        @Override
        public Map<Long, List<Row>> ofState(
            String iso3, Collection<Long> statements, boolean proposals) {
          stateReads.add(iso3);
          stateReadStatements.add(List.copyOf(statements));
          Map<Long, List<Row>> rows = new LinkedHashMap<>();
          stored.forEach(
              (id, states) -> {
                if (states.contains(iso3) && statements.contains(id)) {
                  rows.put(id, rows(id, List.of(iso3)));
                }
              });
          return rows;
        }

        @Override
        public Map<Long, List<Row>> ofState(String iso3) {
          wholeStateReads.add(iso3);
          Map<Long, List<Row>> rows = new LinkedHashMap<>();
          stored.forEach(
              (id, states) -> {
                if (states.contains(iso3)) {
                  rows.put(id, rows(id, List.of(iso3)));
                }
              });
          return rows;
        }
      };

  final List<String> wholeStateReads = new ArrayList<>();

  /** The last revision committed, as the counter row would say. */
  long committed = 1;

  static List<Row> rows(long statement, List<String> states) {
    List<Row> rows = new ArrayList<>();
    LocalDate day = LocalDate.of(2019, 7, 8);
    for (String iso3 : states.stream().sorted().toList()) {
      rows.add(
          new Row(
              iso3,
              PositionAction.SIGNED,
              PositionRole.SIGNATORY,
              day,
              null,
              day.toString(),
              day,
              Confidence.CONFIRMED,
              false,
              1,
              null,
              statement * 1000 + rows.size()));
    }
    return rows;
  }

  StatementReads reads(int limit) {
    StatementReads reads = new StatementReads();
    reads.cache = cache(limit);
    reads.slices = new StateSlices();
    reads.slices.positions = database;
    reads.slices.config = () -> () -> OptionalInt.of(limit);
    reads.slices.headers =
        new StatementHeaders() {
          @Override
          ReportBasis.Through through() {
            return new ReportBasis.Through(committed, java.time.Instant.EPOCH);
          }
        };
    return reads;
  }

  RecordCache cache(int limit) {
    RecordCache cache = new RecordCache();
    cache.positions = database;
    cache.config = () -> () -> OptionalInt.of(limit);
    cache.measure(new SimpleMeterRegistry());
    return cache;
  }

  @Test
  void recordsAreReadOnceAndReadAgainOnlyWhenTheStatementChanged() {
    stored.put(1L, List.of("CHN", "PAK", "RUS"));
    stored.put(2L, List.of("FRA"));
    RecordCache cache = cache(100);

    assertThat(cache.recordsOf(Map.of(1L, 7L, 2L, 7L)).get(1L).size()).isEqualTo(3);
    assertThat(statementReads).hasSize(1);
    assertThat(statementReads.get(0)).containsExactlyInAnyOrder(1L, 2L);

    cache.recordsOf(Map.of(1L, 7L, 2L, 7L));
    assertThat(statementReads).as("both in memory, same last change").hasSize(1);

    stored.put(1L, List.of("CHN", "PAK", "RUS", "QAT"));
    assertThat(cache.recordsOf(Map.of(1L, 8L, 2L, 7L)).get(1L).size()).isEqualTo(4);
    assertThat(statementReads).hasSize(2);
    assertThat(statementReads.get(1)).as("only the changed statement").containsExactly(1L);
  }

  @Test
  void aStatementWithoutRecordsIsKeptEmpty() {
    RecordCache cache = cache(100);
    assertThat(cache.recordsOf(Map.of(9L, 1L)).get(9L).size()).isZero();
    cache.recordsOf(Map.of(9L, 1L));
    assertThat(statementReads).hasSize(1);
  }

  @Test
  void beyondTheLimitTheStatementReadLeastRecentlyGoesFirst() {
    stored.put(1L, List.of("CHN", "PAK"));
    stored.put(2L, List.of("FRA", "DEU"));
    stored.put(3L, List.of("GBR", "USA"));
    RecordCache cache = cache(5);
    cache.recordsOf(Map.of(1L, 1L));
    cache.recordsOf(Map.of(2L, 1L));
    cache.recordsOf(Map.of(1L, 1L)); // 1 read again: 2 is now the least recent
    cache.recordsOf(Map.of(3L, 1L)); // 6 records > 5: 2 goes
    assertThat(statementReads).hasSize(3);

    assertThat(cache.cachedOf(Map.of(1L, 1L, 2L, 1L, 3L, 1L)).keySet())
        .containsExactlyInAnyOrder(1L, 3L);
  }

  @Test
  void aStatementLargerThanTheLimitIsAnsweredButNotKept() {
    stored.put(1L, List.of("CHN", "PAK", "RUS"));
    RecordCache cache = cache(2);
    assertThat(cache.recordsOf(Map.of(1L, 1L)).get(1L).size()).isEqualTo(3);
    assertThat(cache.cachedOf(Map.of(1L, 1L))).isEmpty();
  }

  @Test
  void aStateReadsItsOwnRecordsOnceAndAgainOnlyWhereChanged() {
    Map<Long, Long> versions = new HashMap<>();
    for (long id = 1; id <= 5; id++) {
      stored.put(id, id % 2 == 0 ? List.of("CHN", "QAT") : List.of("CHN"));
      versions.put(id, 1L);
    }
    StatementReads reads = reads(1_000_000);

    Map<Long, StatementRecords> records = ofState(reads, "QAT", versions);

    assertThat(statementReads).as("no statement read whole").isEmpty();
    assertThat(wholeStateReads).containsExactly("QAT");
    assertThat(records).hasSize(5);
    assertThat(records.get(2L).size()).as("QAT's own record").isEqualTo(1);
    assertThat(records.get(1L).size()).as("none of QAT's").isZero();

    // the next page: from memory
    assertThat(ofState(reads, "QAT", Map.of(2L, 1L, 4L, 1L)).get(4L).size()).isEqualTo(1);
    assertThat(wholeStateReads).hasSize(1);
    assertThat(stateReads).isEmpty();

    // statement 3 changes (revision 2): QAT signs it; only that statement is read again
    stored.put(3L, List.of("CHN", "QAT"));
    committed = 2;
    versions.put(3L, 2L);
    Map<Long, StatementRecords> after = ofState(reads, "QAT", versions);
    assertThat(after.get(3L).size()).isEqualTo(1);
    assertThat(wholeStateReads).hasSize(1);
    assertThat(stateReadStatements).containsExactly(List.of(3L));
    ofState(reads, "QAT", versions);
    assertThat(stateReadStatements).as("kept at its new version").hasSize(1);
  }

  @Test
  void aStateReadsItsOwnRecordsEvenWhereItsStatementsAreInMemory() {
    stored.put(1L, List.of("CHN", "QAT"));
    stored.put(2L, List.of("CHN", "QAT", "PAK"));
    StatementReads reads = reads(1_000_000);
    reads.cache.recordsOf(Map.of(1L, 1L, 2L, 1L));
    statementReads.clear();

    Map<Long, StatementRecords> records = ofState(reads, "QAT", Map.of(1L, 1L, 2L, 1L));

    assertThat(statementReads).isEmpty();
    assertThat(wholeStateReads).containsExactly("QAT");
    assertThat(records.get(2L).size()).as("QAT's own").isEqualTo(1);
  }

  @Test
  void aStatementTheStateHadNoRecordOnWhenReadIsReadAgainOnlyOnceChanged() {
    stored.put(1L, List.of("CHN"));
    StatementReads reads = reads(1_000_000);
    assertThat(ofState(reads, "QAT", Map.of(1L, 1L)).get(1L).size()).isZero();
    assertThat(ofState(reads, "QAT", Map.of(1L, 1L)).get(1L).size()).isZero();
    assertThat(stateReads).as("unchanged: QAT still has none").isEmpty();

    // a new statement, created after the read (revision 2), on which QAT has signed
    stored.put(2L, List.of("QAT"));
    committed = 2;
    assertThat(ofState(reads, "QAT", Map.of(1L, 1L, 2L, 2L)).get(2L).size()).isEqualTo(1);
    assertThat(stateReadStatements).containsExactly(List.of(2L));
  }

  @Test
  void beyondTheLimitTheStateReadLeastRecentlyGoesFirst() {
    Map<Long, Long> versions = new HashMap<>();
    for (long id = 1; id <= 4; id++) {
      stored.put(id, List.of("CHN", "QAT", "PAK"));
      versions.put(id, 1L);
    }
    // room for two states' records (4 each), not three
    StatementReads reads = reads(8);
    ofState(reads, "CHN", versions);
    ofState(reads, "QAT", versions);
    ofState(reads, "CHN", versions); // QAT is now the least recent
    ofState(reads, "PAK", versions); // QAT goes
    assertThat(wholeStateReads).containsExactly("CHN", "QAT", "PAK");

    ofState(reads, "CHN", versions);
    ofState(reads, "PAK", versions);
    assertThat(wholeStateReads).as("CHN and PAK still in memory").hasSize(3);
    ofState(reads, "QAT", versions);
    assertThat(wholeStateReads).as("QAT read again").containsExactly("CHN", "QAT", "PAK", "QAT");
  }

  @Test
  void statesAreReadWholeNoMoreAtOnceThanThereAreProcessors() throws Exception {
    List<String> codes = new ArrayList<>();
    for (int k = 0; k < 16; k++) {
      codes.add("S" + (char) ('A' + k) + "X");
    }
    stored.put(1L, codes);
    AtomicInteger reading = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Set<String> read = ConcurrentHashMap.newKeySet();
    StatementReads reads = reads(1_000_000);
    reads.slices.positions =
        new CommittedRecords() {
          @Override
          public Map<Long, List<Row>> ofStatements(Collection<Long> ids) {
            throw new AssertionError("not read by statement");
          }

          @Override
          public Map<Long, List<Row>> ofState(
              String iso3, Collection<Long> statements, boolean proposals) {
            throw new AssertionError("nothing changed since");
          }

          @Override
          public Map<Long, List<Row>> ofState(String iso3) {
            most.accumulateAndGet(reading.incrementAndGet(), Math::max);
            try {
              Thread.sleep(20);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            reading.decrementAndGet();
            read.add(iso3);
            return Map.of(1L, rows(1L, List.of(iso3)));
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(codes.size());
    try {
      List<Future<Map<Long, StatementRecords>>> answers = new ArrayList<>();
      for (String iso3 : codes) {
        answers.add(pool.submit(() -> ofState(reads, iso3, Map.of(1L, 1L))));
      }
      for (Future<Map<Long, StatementRecords>> answer : answers) {
        assertThat(answer.get().get(1L).size()).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(read).hasSize(16);
    assertThat(most.get()).isBetween(1, Runtime.getRuntime().availableProcessors());
  }

  /** The state's records on these statements (id → last change), as its standings read them. */
  private static Map<Long, StatementRecords> ofState(
      StatementReads reads, String iso3, Map<Long, Long> versions) {
    List<Header> some = new ArrayList<>();
    versions.forEach(
        (id, lastChange) ->
            some.add(
                new Header(
                    new RecordedStatement(
                        id, "s" + id, "", null, null, null, List.of(), null, null, false, null),
                    lastChange)));
    StatementRecords[] found =
        reads.recordsOfState(
            iso3, some, 0, some.size(), (int) LocalDate.of(2100, 1, 1).toEpochDay(), false);
    Map<Long, StatementRecords> byId = new HashMap<>();
    for (int k = 0; k < found.length; k++) {
      byId.put(some.get(k).statement().id(), found[k]);
    }
    return byId;
  }
}
