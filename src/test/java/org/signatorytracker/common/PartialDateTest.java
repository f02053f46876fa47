package org.signatorytracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.signatorytracker.common.PartialDate.InvalidDateException;
import org.signatorytracker.common.PartialDate.Precision;

@Tag("unit")
class PartialDateTest {

  @Test
  void aDayIsItsOwnLastDay() {
    PartialDate date = PartialDate.parse("2019-07-18");
    assertThat(date.precision()).isEqualTo(Precision.DAY);
    assertThat(date.lastDay()).isEqualTo(LocalDate.of(2019, 7, 18));
    assertThat(date.firstDay()).isEqualTo(LocalDate.of(2019, 7, 18));
    assertThat(date).hasToString("2019-07-18");
  }

  @Test
  void aMonthCountsFromItsLastDay() {
    PartialDate date = PartialDate.parse("2019-08");
    assertThat(date.precision()).isEqualTo(Precision.MONTH);
    assertThat(date.lastDay()).isEqualTo(LocalDate.of(2019, 8, 31));
    assertThat(date.firstDay()).isEqualTo(LocalDate.of(2019, 8, 1));
    assertThat(date).hasToString("2019-08");
  }

  @Test
  void februaryEndsOnTheTwentyNinthInALeapYear() {
    assertThat(PartialDate.parse("2020-02").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(PartialDate.parse("2019-02").lastDay()).isEqualTo(LocalDate.of(2019, 2, 28));
  }

  @Test
  void aYearCountsFromTheThirtyFirstOfDecember() {
    PartialDate date = PartialDate.parse("2019");
    assertThat(date.precision()).isEqualTo(Precision.YEAR);
    assertThat(date.lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(date).hasToString("2019");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-07-18", "2019-08", "2019", "2020-02-29"})
  void storedFormReadsBackWithItsPrecision(String text) {
    PartialDate date = PartialDate.parse(text);
    assertThat(PartialDate.of(date.lastDay(), date.precision())).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-02-30",
        "2019-13",
        "2019-00",
        "2019-07-32",
        "2019-7-1",
        "19",
        "2019/07/18",
        "July 2019",
        "",
        "1899",
        "2101-01-01",
        "2019-07-18T00:00"
      })
  void rejectsWhatIsNotADate(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(InvalidDateException.class);
  }

  @Test
  void saysWhatIsWrongWithAnImpossibleDay() {
    assertThatThrownBy(() -> PartialDate.parse("2019-02-30"))
        .hasMessage("not a valid date: there is no day 30 in 2019-02");
  }

  @Test
  void ordersByTheDayEachDateCountsFrom() {
    assertThat(PartialDate.parse("2019-08")).isGreaterThan(PartialDate.parse("2019-08-30"));
    assertThat(PartialDate.parse("2019")).isGreaterThan(PartialDate.parse("2019-12"));
  }
}
