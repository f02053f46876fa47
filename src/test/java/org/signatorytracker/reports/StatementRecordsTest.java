package org.signatorytracker.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.CommittedRecords.Row;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionRole;

/** The as-of rule on hand-made records, without a database. */
@Tag("unit")
class StatementRecordsTest {

  private final List<Row> rows = new ArrayList<>();
  private long nextId = 1;

  /** Whether the records added next rest on unnamed people only. */
  private boolean anonymousOnly;

  private long add(String iso3, String action, String date, long revision) {
    return add(iso3, action, date, date, Confidence.REPORTED, revision, null);
  }

  private long add(
      String iso3,
      String action,
      String date,
      String reported,
      Confidence confidence,
      long revision,
      Long retractedIn) {
    UncertainDate d = UncertainDate.parse(date);
    long id = nextId++;
    rows.add(
        new Row(
            iso3,
            PositionAction.valueOf(action),
            PositionRole.SIGNATORY,
            d.latest(),
            d.earliest(),
            date,
            UncertainDate.parse(reported).latest(),
            confidence,
            anonymousOnly,
            revision,
            retractedIn,
            id));
    return id;
  }

  /** A record whose sources give no date: it counts from the day it was reported. */
  private void addUndated(String iso3, String action, String reported, long revision) {
    LocalDate day = LocalDate.parse(reported);
    rows.add(
        new Row(
            iso3,
            PositionAction.valueOf(action),
            PositionRole.SIGNATORY,
            day,
            null,
            null,
            day,
            Confidence.REPORTED,
            false,
            revision,
            null,
            nextId++));
  }

  private static int day(String date) {
    return (int) LocalDate.parse(date).toEpochDay();
  }

  /** The records in the order the database hands them over. */
  private StatementRecords records() {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparing(Row::iso3)
            .thenComparing(Row::effectiveOn)
            .thenComparingLong(Row::revision)
            .thenComparingLong(Row::id));
    return new StatementRecords(sorted);
  }

  private static StatementRecords.Filter now() {
    return filter(null, Confidence.REPORTED, Long.MAX_VALUE - 1);
  }

  private static StatementRecords.Filter filter(
      LocalDate knownBy, Confidence min, long throughRevision) {
    return StatementRecords.Filter.of(
        new ReportQuery(null, knownBy, min, AsRecorded.NOW), throughRevision);
  }

  private List<String> holders(String day, StatementRecords.Filter filter) {
    return records().holders(LocalDate.parse(day), filter).stream()
        .map(d -> d.iso3() + " " + d.action() + " " + d.effective().toString())
        .toList();
  }

  @Test
  void eachRecordKeepsItsDateAsWrittenWhetherADayAMonthAnIntervalOrUnknown() {
    add("FRA", "SIGNED", "2019-07-12", 1);
    add("SAU", "SIGNED", "2019-07", 1);
    add("ARE", "SIGNED", "2019-07-01/2019-07-20", 1);
    add("QAT", "SIGNED", "../2019-07-20", 1);
    // no date in the sources: counted from the day it was reported, shown as "no later than"
    addUndated("CUB", "SIGNED", "2019-07-25", 1);

    assertThat(holders("2019-08-01", now()))
        .containsExactly(
            "ARE SIGNED 2019-07-01/2019-07-20",
            "CUB SIGNED ../2019-07-25",
            "FRA SIGNED 2019-07-12",
            "QAT SIGNED ../2019-07-20",
            "SAU SIGNED 2019-07");
    assertThat(records().holders(LocalDate.parse("2019-08-01"), now()))
        .filteredOn(d -> d.iso3().equals("CUB") || d.iso3().equals("FRA"))
        .extracting(Decision::iso3, Decision::dateUnknown, d -> d.effective().exact())
        .containsExactly(tuple("CUB", true, false), tuple("FRA", false, true));
  }

  @Test
  void excludingAnonymousSourcesLeavesOutRecordsThatRestOnlyOnThemAndKeepsTheOthers() {
    add("FRA", "SIGNED", "2019-07-12", 1);
    add("QAT", "SIGNED", "2019-07-12", 1);
    anonymousOnly = true;
    // "diplomats said" Qatar withdrew, and that Pakistan signed: both rest on unnamed people
    add("QAT", "WITHDREW", "2019-07-18", 1);
    add("PAK", "SIGNED", "2019-07-15", 1);
    StatementRecords.Filter named =
        StatementRecords.Filter.of(
            new ReportQuery(null, null, Confidence.REPORTED, AsRecorded.NOW, false, true),
            Long.MAX_VALUE - 1);

    assertThat(holders("2019-07-20", now()))
        .containsExactly("FRA SIGNED 2019-07-12", "PAK SIGNED 2019-07-15");
    assertThat(holders("2019-07-20", named))
        .containsExactly("FRA SIGNED 2019-07-12", "QAT SIGNED 2019-07-12");
    // the flag rides in the confidence byte: each decision still reads its confidence right
    assertThat(records().holders(LocalDate.parse("2019-07-20"), named))
        .extracting(Decision::confidence)
        .containsOnly(Confidence.REPORTED);
  }

  @Test
  void theLatestDateDecidesAndAWithdrawalEndsTheStanding() {
    add("QAT", "SIGNED", "2019-07-12", 1);
    add("QAT", "WITHDREW", "2019-07-18", 1);
    add("PAK", "SIGNED", "2019-07-12", 1);
    assertThat(holders("2019-07-11", now())).isEmpty();
    assertThat(holders("2019-07-12", now()))
        .containsExactly("PAK SIGNED 2019-07-12", "QAT SIGNED 2019-07-12");
    assertThat(holders("2019-07-18", now())).containsExactly("PAK SIGNED 2019-07-12");
  }

  @Test
  void onTheSameDayTheRecordRecordedLastDecides() {
    // joined and withdrew on one day: the withdrawal was recorded later
    add("CUB", "SIGNED", "2019-07-12", 1);
    add("CUB", "WITHDREW", "2019-07-12", 2);
    // the other way round: the signature was recorded later
    add("EGY", "WITHDREW", "2019-07-12", 3);
    add("EGY", "SIGNED", "2019-07-12", 4);
    // the same revision: the later id
    add("IRN", "SIGNED", "2019-07-12", 5);
    add("IRN", "WITHDREW", "2019-07-12", 5);
    assertThat(holders("2019-07-12", now())).containsExactly("EGY SIGNED 2019-07-12");
    // as recorded through revision 3, Cuba had withdrawn and Egypt not yet signed
    assertThat(holders("2019-07-12", filter(null, Confidence.REPORTED, 3))).isEmpty();
    assertThat(holders("2019-07-12", filter(null, Confidence.REPORTED, 1)))
        .containsExactly("CUB SIGNED 2019-07-12");
  }

  @Test
  void withdrawThenReSign() {
    add("NGA", "SIGNED", "2019-07-12", 1);
    add("NGA", "WITHDREW", "2019-08-01", 1);
    add("NGA", "SIGNED", "2019-09-01", 1);
    assertThat(holders("2019-08-15", now())).isEmpty();
    assertThat(holders("2019-09-01", now())).containsExactly("NGA SIGNED 2019-09-01");
    assertThat(records().changes(now()))
        .extracting(c -> c.date() + " " + c.before() + ">" + c.after())
        .containsExactly(
            "2019-07-12 null>SIGNED", "2019-08-01 SIGNED>null", "2019-09-01 null>SIGNED");
  }

  @Test
  void aMonthCountsFromItsLastDayAndMarksTheChangeApproximate() {
    add("SAU", "SIGNED", "2019-07", 1);
    add("ARE", "SIGNED", "../2019-07-20", 1);
    assertThat(holders("2019-07-30", now())).containsExactly("ARE SIGNED ../2019-07-20");
    assertThat(holders("2019-07-31", now()))
        .containsExactly("ARE SIGNED ../2019-07-20", "SAU SIGNED 2019-07");
    assertThat(records().changes(now()))
        .extracting(c -> c.date() + " " + c.iso3() + " " + c.approx())
        .containsExactly("2019-07-20 ARE true", "2019-07-31 SAU true");
  }

  @Test
  void retractedLateReportedAndWeakRecordsAreNotEligible() {
    add("ALB", "SIGNED", "2019-07-12", "2019-07-12", Confidence.CONFIRMED, 1, 5L);
    add("BIH", "SIGNED", "2019-07-12", "2019-10-01", Confidence.CONFIRMED, 1, null);
    add("CHL", "SIGNED", "2019-07-12", "2019-07-12", Confidence.DISPUTED, 1, null);
    add("DNK", "SIGNED", "2019-07-12", "2019-07-12", Confidence.CONFIRMED, 1, null);
    // the retraction (revision 5) is not yet recorded through revision 4
    assertThat(holders("2019-12-31", filter(null, Confidence.REPORTED, 4)))
        .extracting(h -> h.substring(0, 3))
        .containsExactly("ALB", "BIH", "DNK");
    assertThat(holders("2019-12-31", now()))
        .extracting(h -> h.substring(0, 3))
        .containsExactly("BIH", "DNK");
    assertThat(
            holders(
                "2019-12-31",
                filter(LocalDate.parse("2019-09-30"), Confidence.REPORTED, Long.MAX_VALUE - 1)))
        .extracting(h -> h.substring(0, 3))
        .containsExactly("DNK");
    assertThat(holders("2019-12-31", filter(null, Confidence.DISPUTED, Long.MAX_VALUE - 1)))
        .extracting(h -> h.substring(0, 3))
        .containsExactly("BIH", "CHL", "DNK");
  }

  @Test
  void anIneligibleLaterRecordLeavesTheEarlierOneDeciding() {
    add("KEN", "SIGNED", "2019-07-12", 1);
    add("KEN", "WITHDREW", "2019-08-01", "2019-08-01", Confidence.DISPUTED, 1, null);
    assertThat(holders("2019-12-31", now())).containsExactly("KEN SIGNED 2019-07-12");
    List<Decision> all =
        records().decisions(LocalDate.parse("2019-12-31"), filter(null, Confidence.DISPUTED, 9));
    assertThat(all).extracting(Decision::action).containsExactly(PositionAction.WITHDREW);
  }

  @Test
  void recordsOutOfTheRulesOrderAreRefused() {
    add("FRA", "SIGNED", "2019-07-12", 2);
    add("FRA", "WITHDREW", "2019-07-10", 3);
    List<Row> asAdded = new ArrayList<>(rows);
    assertThatThrownBy(() -> new StatementRecords(asAdded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of the rule's order");

    add("DEU", "SIGNED", "2019-07-12", 4);
    List<Row> split = List.of(rows.get(1), rows.get(2), rows.get(0));
    assertThatThrownBy(() -> new StatementRecords(split))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one run");

    assertThat(records().holders(LocalDate.parse("2019-07-12"), now())).hasSize(2);
  }

  /**
   * One state's records on several statements, kept in one set of arrays (a run per statement):
   * each run answers as the statement's own records would, and only a run's own order is checked.
   */
  @Test
  void aStatesRecordsOnManyStatementsAnswerRunByRunAsTheirOwnRecords() {
    add("QAT", "SIGNED", "2019-07-12", 1);
    add("QAT", "WITHDREW", "2019-08-20", 2);
    List<Row> first = List.copyOf(rows);
    rows.clear();
    add("QAT", "SIGNED", "2019-03-01", 3); // earlier than the first statement's: a run of its own
    List<Row> second = List.copyOf(rows);

    StatementRecords runs = StatementRecords.inRuns("QAT", List.of(first, second, List.of()));

    assertThat(runs.size()).isEqualTo(3);
    StatementRecords one = runs.run(0);
    assertThat(one.size()).isEqualTo(2);
    assertThat(one.decisionOf("QAT", day("2019-08-01"), now()).orElseThrow().action())
        .isEqualTo(PositionAction.SIGNED);
    assertThat(one.decisionOf("QAT", day("2019-09-01"), now()).orElseThrow().action())
        .isEqualTo(PositionAction.WITHDREW);
    assertThat(one.decisionOf("QAT", day("2019-07-01"), now())).isEmpty();
    StatementRecords two = runs.run(1);
    assertThat(two.size()).isEqualTo(1);
    assertThat(two.decisionOf("QAT", day("2019-04-01"), now()).orElseThrow().recordId())
        .isEqualTo(3);
    assertThat(two.decisionOf("CHN", day("2019-04-01"), now())).isEmpty();
    assertThat(runs.run(2).size()).isZero();
    assertThat(runs.run(2).decisionOf("QAT", day("2019-04-01"), now())).isEmpty();

    List<Row> backwards = new ArrayList<>(first);
    java.util.Collections.reverse(backwards);
    assertThatThrownBy(() -> StatementRecords.inRuns("QAT", List.of(backwards)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of the rule's order");
  }
}
