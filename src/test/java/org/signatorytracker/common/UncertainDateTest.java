package org.signatorytracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("unit")
class UncertainDateTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "2019-07-18, 2019-07-18, 2019-07-18, true",
        "2019-07, 2019-07-01, 2019-07-31, false",
        "2019, 2019-01-01, 2019-12-31, false",
        "2020-02, 2020-02-01, 2020-02-29, false",
        "2019-07-26/2019-10-01, 2019-07-26, 2019-10-01, false",
        "2019-07/2019-08, 2019-07-01, 2019-08-31, false",
        "2019/2020, 2019-01-01, 2020-12-31, false",
        "../2019-10-01, null, 2019-10-01, false",
        "2019-07-18/2019-07-18, 2019-07-18, 2019-07-18, false",
      })
  void aDateCountsFromTheLastDayItAllowsAndKeepsItsNotation(
      String text, LocalDate earliest, LocalDate latest, boolean exact) {
    UncertainDate date = UncertainDate.parse(text);
    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
    assertThat(date.exact()).isEqualTo(exact);
    assertThat(date.toString()).isEqualTo(text);
    assertThat(UncertainDate.parse(date.toString())).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2019-07-26/..|an open end ('..') cannot be counted from",
        "2019-07-26/|an unknown end cannot be counted from",
        "2019-07-18?|the qualifiers ?, ~ and % are not accepted",
        "2019-07~|the qualifiers ?, ~ and % are not accepted",
        "%2019|the qualifiers ?, ~ and % are not accepted",
        "2019-XX|unspecified digits",
        "201X|unspecified digits",
        "2019-21|seasons are not accepted",
        "2019-24/2020|seasons are not accepted",
        "[2019-07-12,2019-07-18]|sets of dates are not accepted",
        "2019-10-01/2019-07-26|the interval starts after it ends",
        "2019-07-01/2019-07-05/2019-07-09|an interval has one '/'",
        "2019-02-30/2019-03|not a valid date",
        "July 2019|not a date",
      })
  void whatTheRuleCannotCountFromIsRefusedWithAReason(String text, String reason) {
    assertThatThrownBy(() -> UncertainDate.parse(text))
        .isInstanceOf(PartialDate.InvalidDateException.class)
        .hasMessageContaining(reason);
  }

  @ParameterizedTest
  @CsvSource({"2019-07, 2019-07-31", "2019-07-26/2019-10-01, 2019-10-01", "../2019-09, 2019-09-30"})
  void datesOrderByTheDayTheyCountFrom(String text, LocalDate latest) {
    assertThat(UncertainDate.parse(text))
        .isGreaterThan(UncertainDate.parse(latest.minusDays(1).toString()))
        .isLessThan(UncertainDate.parse(latest.plusDays(1).toString()));
  }

  @Test
  void datesOverlapWhenTheyShareADay() {
    assertThat(UncertainDate.parse("2019-07-12").overlaps(UncertainDate.parse("2019-07-12")))
        .isTrue();
    assertThat(UncertainDate.parse("2019-07-12").overlaps(UncertainDate.parse("2019-07-13")))
        .isFalse();
    assertThat(UncertainDate.parse("2019-07").overlaps(UncertainDate.parse("2019-07-31"))).isTrue();
    assertThat(UncertainDate.parse("2019-07").overlaps(UncertainDate.parse("2019-08-01")))
        .isFalse();
    assertThat(
            UncertainDate.parse("2019-07-20/2019-08-05")
                .overlaps(UncertainDate.parse("2019-08-05/2019-09")))
        .isTrue();
    // an open start allows every day before its end
    assertThat(UncertainDate.parse("../2019-10-01").overlaps(UncertainDate.parse("1990"))).isTrue();
    assertThat(UncertainDate.parse("../2019-10-01").overlaps(UncertainDate.parse("2019-10-02")))
        .isFalse();
    assertThat(UncertainDate.until(LocalDate.of(2019, 10, 1)))
        .isEqualTo(UncertainDate.parse("../2019-10-01"));
  }
}
