package org.signatorytracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a count as phrased allows, and what it says of a list of names: worked out by hand. */
@Tag("unit")
class ClaimedCountTest {

  private static ClaimedCount of(String bound, int count, Integer countTo) {
    return new ClaimedCount(count, CountBound.valueOf(bound), countTo);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        // bound, count, countTo, low, high, phrase
        "EXACT, 50, null, 50, 50, 50",
        "ABOUT, 60, null, 54, 66, about 60",
        "ABOUT, 4, null, 3, 5, about 4",
        "NEARLY, 100, null, 90, 99, nearly 100",
        "NEARLY, 5, null, 4, 4, nearly 5",
        "AT_LEAST, 41, null, 41, null, at least 41",
        "AT_MOST, 40, null, 0, 40, at most 40",
        "RANGE, 64, 65, 64, 65, 64–65",
      })
  void whatAPhraseAllows(
      String bound, int count, Integer countTo, int low, Integer high, String phrase) {
    ClaimedCount claimed = of(bound, count, countTo);
    assertThat(claimed.low()).isEqualTo(low);
    assertThat(claimed.high()).isEqualTo(high);
    assertThat(claimed.phrase()).isEqualTo(phrase);
    assertThat(claimed.problems("count", "countTo")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        // a range and the exact figure inside it agree; outside it they do not
        "RANGE, 64, 65, EXACT, 64, null, true",
        "RANGE, 64, 65, EXACT, 65, null, true",
        "RANGE, 64, 65, EXACT, 66, null, false",
        "EXACT, 64, null, EXACT, 65, null, false",
        "EXACT, 37, null, EXACT, 37, null, true",
        // nearly 100 is 90 to 99: 97 agrees, 100 and 80 do not
        "NEARLY, 100, null, EXACT, 97, null, true",
        "NEARLY, 100, null, EXACT, 100, null, false",
        "NEARLY, 100, null, EXACT, 80, null, false",
        // at least 50 agrees with any larger count, and with about 48 (43 to 53)
        "AT_LEAST, 50, null, EXACT, 120, null, true",
        "AT_LEAST, 50, null, EXACT, 49, null, false",
        "AT_LEAST, 50, null, ABOUT, 48, null, true",
        "AT_MOST, 40, null, AT_LEAST, 41, null, false",
        "AT_MOST, 40, null, AT_LEAST, 40, null, true",
        "RANGE, 64, 65, RANGE, 60, 63, false",
        "RANGE, 64, 65, RANGE, 60, 64, true",
      })
  void twoPhrasesAgreeWhenTheyAllowACommonCount(
      String boundA,
      int countA,
      Integer toA,
      String boundB,
      int countB,
      Integer toB,
      boolean agree) {
    ClaimedCount a = of(boundA, countA, toA);
    ClaimedCount b = of(boundB, countB, toB);
    assertThat(a.agreesWith(b)).isEqualTo(agree);
    assertThat(b.agreesWith(a)).isEqualTo(agree);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        // bound, count, countTo, standing, complete, partial, exceeded
        "EXACT, 50, null, 49, false, true, false",
        "EXACT, 50, null, 50, true, false, false",
        "EXACT, 50, null, 51, true, false, true",
        // nearly 100: fewer than 100 named is partial, never complete; 100 contradicts it
        "NEARLY, 100, null, 60, false, true, false",
        "NEARLY, 100, null, 99, false, true, false",
        "NEARLY, 100, null, 100, false, false, true",
        // at least 41: partial below it, never complete, never exceeded
        "AT_LEAST, 41, null, 40, false, true, false",
        "AT_LEAST, 41, null, 41, false, false, false",
        "AT_LEAST, 41, null, 500, false, false, false",
        // at most 40: complete at 40, never partial
        "AT_MOST, 40, null, 12, false, false, false",
        "AT_MOST, 40, null, 40, true, false, false",
        "AT_MOST, 40, null, 41, true, false, true",
        // a range: partial below its low end, complete at its high end
        "RANGE, 64, 65, 63, false, true, false",
        "RANGE, 64, 65, 64, false, false, false",
        "RANGE, 64, 65, 65, true, false, false",
        "RANGE, 64, 65, 66, true, false, true",
        // about 60 (54 to 66): partial below 54, never complete
        "ABOUT, 60, null, 53, false, true, false",
        "ABOUT, 60, null, 54, false, false, false",
        "ABOUT, 60, null, 67, false, false, true",
      })
  void whatAPhraseSaysOfAList(
      String bound,
      int count,
      Integer countTo,
      long standing,
      boolean complete,
      boolean partial,
      boolean exceeded) {
    ClaimedCount claimed = of(bound, count, countTo);
    assertThat(claimed.completedBy(standing)).as("complete").isEqualTo(complete);
    assertThat(claimed.shortOf(standing)).as("partial").isEqualTo(partial);
    assertThat(claimed.exceededBy(standing)).as("exceeded").isEqualTo(exceeded);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "RANGE, 64, null, countTo",
        "RANGE, 64, 64, countTo",
        "RANGE, 65, 64, countTo",
        "EXACT, 64, 65, countTo",
        "AT_LEAST, 41, 50, countTo",
        "NEARLY, 0, null, count",
      })
  void aPhraseThatCannotHoldNamesItsField(String bound, int count, Integer countTo, String field) {
    assertThat(of(bound, count, countTo).problems("count", "countTo"))
        .extracting(FieldError::field)
        .containsExactly(field);
  }

  @ParameterizedTest
  @CsvSource({"'100 NEARLY ', nearly 100", "'64 RANGE 65', 64–65", "'37 EXACT ', 37", "'37', 37"})
  void aCountPackedInOneColumnIsReadBack(String packed, String phrase) {
    assertThat(ClaimedCount.unpack(packed).phrase()).isEqualTo(phrase);
  }

  @org.junit.jupiter.api.Test
  void noBoundIsExact() {
    assertThat(new ClaimedCount(37, null, null)).isEqualTo(ClaimedCount.exactly(37));
  }
}
