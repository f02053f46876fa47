package org.signatorytracker.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.TestApi.count;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.record;
import static org.signatorytracker.TestApi.retract;
import static org.signatorytracker.TestApi.signatories;
import static org.signatorytracker.TestApi.signatoryCodes;
import static org.signatorytracker.TestApi.with;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The as-of rule, one edge case at a time, on letters small enough to count by hand. */
@QuarkusTest
class AsOfRuleTest {

  @Test
  void aSignatureCountsFromItsEffectiveDate() {
    String key = createLetter("from-date");
    record(key, "France", "SIGNED", "2020-01-10");
    assertThat(signatoryCodes(key, "asOf", "2020-01-09")).isEmpty();
    assertThat(signatoryCodes(key, "asOf", "2020-01-10")).containsExactly("FRA");
  }

  @Test
  void withdrawThenReSign() {
    String key = createLetter("resign");
    record(key, "France", "SIGNED", "2020-01-10");
    record(key, "Germany", "SIGNED", "2020-01-10");
    record(key, "France", "WITHDREW", "2020-02-01");
    record(key, "France", "SIGNED", "2020-03-01");

    assertThat(signatoryCodes(key, "asOf", "2020-01-31")).containsExactly("FRA", "DEU");
    assertThat(signatoryCodes(key, "asOf", "2020-02-01")).containsExactly("DEU");
    assertThat(signatoryCodes(key, "asOf", "2020-02-29")).containsExactly("DEU");
    var now = signatories(key, "asOf", "2020-03-01");
    assertThat(now.getList("states.iso3")).containsExactly("FRA", "DEU");
    assertThat(now.getString("states.find { it.iso3 == 'FRA' }.since")).isEqualTo("2020-03-01");
    assertThat(count(key, "asOf", "2020-03-01").getInt("counts.SIGNED")).isEqualTo(2);
  }

  @Test
  void sameDaySignAndWithdrawGoesToTheRecordRecordedLast() {
    String key = createLetter("same-day");
    record(key, "Italy", "SIGNED", "2020-05-05");
    record(key, "Italy", "WITHDREW", "2020-05-05");
    record(key, "Spain", "WITHDREW", "2020-05-05");
    record(key, "Spain", "SIGNED", "2020-05-05");

    assertThat(signatoryCodes(key, "asOf", "2020-05-05")).containsExactly("ESP");
    assertThat(signatoryCodes(key, "asOf", "2020-05-04")).isEmpty();
  }

  @Test
  void aDateIntervalCountsFromItsEndAndKeepsItsNotation() {
    String key = createLetter("interval");
    record(key, "Yemen", "SIGNED", "2019-07-26/2019-10-01");
    record(key, "Oman", "SIGNED", "../2019-08-15");
    record(key, "Cuba", "SIGNED", "2019-07-12");

    assertThat(signatoryCodes(key, "asOf", "2019-08-14")).containsExactly("CUB");
    assertThat(signatoryCodes(key, "asOf", "2019-08-15")).containsExactly("CUB", "OMN");
    assertThat(signatoryCodes(key, "asOf", "2019-09-30")).containsExactly("CUB", "OMN");
    var october = signatories(key, "asOf", "2019-10-01");
    assertThat(october.getList("states.iso3")).containsExactly("CUB", "OMN", "YEM");
    assertThat(october.getString("states.find { it.iso3 == 'YEM' }.since"))
        .isEqualTo("2019-07-26/2019-10-01");
    assertThat(october.getString("states.find { it.iso3 == 'OMN' }.since"))
        .isEqualTo("../2019-08-15");
  }

  @Test
  void aWithdrawalKnownOnlyAsAnIntervalEndsTheSignatureAtTheIntervalsEnd() {
    String key = createLetter("interval-withdrawal");
    record(key, "Qatar", "SIGNED", "2019-07-12");
    record(
        key,
        with(position("Qatar", "WITHDREW", "2019-07-12/2019-08-21"), "reported", "2019-08-21"));
    assertThat(signatoryCodes(key, "asOf", "2019-08-20")).containsExactly("QAT");
    assertThat(signatoryCodes(key, "asOf", "2019-08-21")).isEmpty();
    assertThat(signatoryCodes(key, "asOf", "2019-08-21", "knownBy", "2019-08-20"))
        .containsExactly("QAT");
  }

  @Test
  void aDateKnownOnlyToTheMonthCountsFromItsLastDay() {
    String key = createLetter("month");
    record(key, "Yemen", "SIGNED", "2019-08");
    assertThat(signatoryCodes(key, "asOf", "2019-08-30")).isEmpty();
    assertThat(signatoryCodes(key, "asOf", "2019-08-31")).containsExactly("YEM");
    assertThat(signatoryCodes(key, "asOf", "2019-08")).containsExactly("YEM");
    assertThat(signatories(key, "asOf", "2019-09-01").getString("states[0].since"))
        .isEqualTo("2019-08");
  }

  @Test
  void aDateKnownOnlyToTheYearCountsFromTheThirtyFirstOfDecember() {
    String key = createLetter("year");
    record(key, "Greece", "SIGNED", "2020");
    record(key, "Portugal", "SIGNED", "2020-06-15");
    assertThat(signatoryCodes(key, "asOf", "2020-12-30")).containsExactly("PRT");
    assertThat(signatoryCodes(key, "asOf", "2020-12-31")).containsExactly("GRC", "PRT");
    assertThat(signatoryCodes(key, "asOf", "2020")).containsExactly("GRC", "PRT");
  }

  @Test
  void aPreciseWithdrawalInsideAMonthLosesToTheMonthSignature() {
    // "signed in March" counts from 31 March, so it follows a withdrawal dated 10 March.
    String key = createLetter("month-vs-day");
    record(key, "Chile", "WITHDREW", "2021-03-10");
    record(key, "Chile", "SIGNED", "2021-03");
    assertThat(signatoryCodes(key, "asOf", "2021-03-31")).containsExactly("CHL");
  }

  @Test
  void lateReportedWithdrawalStillCountsWhenKnownByIsEarlier() {
    String key = createLetter("known-by");
    record(key, "Qatar", "SIGNED", "2019-07-12");
    record(key, "Oman", "SIGNED", "2019-07-12");
    record(key, with(position("Qatar", "WITHDREW", "2019-07-18"), "reported", "2019-08-21"));

    assertThat(signatoryCodes(key, "asOf", "2019-08-01", "knownBy", "2019-08-01"))
        .containsExactly("OMN", "QAT");
    assertThat(signatoryCodes(key, "asOf", "2019-08-01")).containsExactly("OMN");
    assertThat(signatoryCodes(key, "asOf", "2019-08-01", "knownBy", "2019-08-20"))
        .containsExactly("OMN", "QAT");
    assertThat(signatoryCodes(key, "asOf", "2019-08-01", "knownBy", "2019-08-21"))
        .containsExactly("OMN");
    // a signature reported later than it took effect is equally invisible before it is public
    assertThat(signatoryCodes(key, "asOf", "2019-07-15", "knownBy", "2019-07-11")).isEmpty();
  }

  @Test
  void minConfidenceExcludesWeakerRecords() {
    String key = createLetter("confidence");
    record(key, with(position("Belgium", "SIGNED", "2021-01-01"), "confidence", "CONFIRMED"));
    record(key, position("Luxembourg", "SIGNED", "2021-01-01"));
    record(key, with(position("Netherlands", "SIGNED", "2021-01-01"), "confidence", "DISPUTED"));
    // a disputed report that Belgium withdrew must not undo its confirmed signature by default
    record(key, with(position("Belgium", "WITHDREW", "2021-02-01"), "confidence", "DISPUTED"));

    assertThat(signatoryCodes(key, "asOf", "2021-03-01")).containsExactly("BEL", "LUX");
    assertThat(signatoryCodes(key, "asOf", "2021-03-01", "minConfidence", "CONFIRMED"))
        .containsExactly("BEL");
    assertThat(signatoryCodes(key, "asOf", "2021-03-01", "minConfidence", "disputed"))
        .containsExactly("LUX", "NLD");
    assertThat(count(key, "asOf", "2021-03-01").getInt("counts.SIGNED")).isEqualTo(2);
  }

  @Test
  void aRetractedRecordLeavesEveryComputation() {
    String key = createLetter("retracted");
    long wrongDate = record(key, "Austria", "SIGNED", "2021-01-01");
    retract(wrongDate, "The annex is dated February, not January.");
    record(key, "Austria", "SIGNED", "2021-02-01");
    long mistakenWithdrawal = record(key, "Austria", "WITHDREW", "2021-03-01");
    retract(mistakenWithdrawal, "Confused with another letter.");

    assertThat(signatoryCodes(key, "asOf", "2021-01-15")).isEmpty();
    assertThat(signatoryCodes(key, "asOf", "2021-02-01")).containsExactly("AUT");
    assertThat(signatoryCodes(key, "asOf", "2021-04-01")).containsExactly("AUT");
    assertThat(signatories(key, "asOf", "2021-04-01").getString("states[0].since"))
        .isEqualTo("2021-02-01");
  }

  @Test
  void aWithdrawalWithoutASignatureChangesNothing() {
    String key = createLetter("stray-withdrawal");
    record(key, "Peru", "WITHDREW", "2021-01-01");
    assertThat(signatoryCodes(key, "asOf", "2021-02-01")).isEmpty();
    assertThat(count(key, "asOf", "2021-02-01").getInt("counts.SIGNED")).isZero();
  }

  @Test
  void signatoriesShowTheDecidingRecord() {
    String key = createLetter("deciding");
    record(key, with(position("Cuba", "SIGNED", "2019-07-12"), "confidence", "CONFIRMED"));
    var report = signatories(key, "asOf", "2019-08-01");
    assertThat(report.getString("statement")).isEqualTo(key);
    assertThat(report.getString("asOf")).isEqualTo("2019-08-01");
    assertThat(report.getString("knownBy")).isNull();
    assertThat(report.getInt("named")).isEqualTo(1);
    assertThat(report.getMap("states[0]"))
        .containsEntry("iso3", "CUB")
        .containsEntry("name", "Cuba")
        .containsEntry("regionalGroup", "GRULAC")
        .containsEntry("action", "SIGNED")
        .containsEntry("since", "2019-07-12")
        .containsEntry("confidence", "CONFIRMED");
  }
}
