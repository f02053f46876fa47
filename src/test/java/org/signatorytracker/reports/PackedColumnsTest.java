package org.signatorytracker.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.signatorytracker.common.UncertainDate;

/** The compact columns of {@link StatementRecords} give back exactly what they were given. */
class PackedColumnsTest {

  private static final long NONE = Long.MAX_VALUE;

  private static long[] back(PackedLongs packed, int n) {
    return IntStream.range(0, n).mapToLong(packed::get).toArray();
  }

  @Test
  void aColumnOfOneValueGivesItBackEverywhere() {
    assertThat(back(PackedLongs.of(new long[] {42, 42, 42}), 3)).containsExactly(42, 42, 42);
    assertThat(back(PackedLongs.of(new long[] {NONE, NONE}), 2)).containsExactly(NONE, NONE);
    assertThat(back(PackedLongs.of(new long[] {7}), 1)).containsExactly(7);
  }

  @Test
  void offsetsKeepNoLimitApartFromTheirValues() {
    long[] values = {1_000_000_007L, NONE, 1_000_000_000L, NONE, 1_000_000_000L};
    assertThat(back(PackedLongs.of(values), 5)).containsExactly(values);
    long[] oneAndNone = {5, NONE};
    assertThat(back(PackedLongs.of(oneAndNone), 2)).containsExactly(oneAndNone);
  }

  @Test
  void valuesTooFarApartForAnIntAreKeptWhole() {
    long[] values = {1, 1L + Integer.MAX_VALUE, NONE, Long.MAX_VALUE - 1, 0};
    assertThat(back(PackedLongs.of(values), 5)).containsExactly(values);
    long[] justFits = {10, 10L + Integer.MAX_VALUE - 1};
    assertThat(back(PackedLongs.of(justFits), 2)).containsExactly(justFits);
  }

  @Test
  void randomColumnsComeBackAsGiven() {
    SplittableRandom random = new SplittableRandom(20190712L);
    for (int round = 0; round < 500; round++) {
      long base = random.nextLong(0, Long.MAX_VALUE / 2);
      long span = random.nextBoolean() ? 1_000 : Integer.MAX_VALUE * 3L;
      long[] values = new long[random.nextInt(1, 40)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(5) == 0 ? NONE : base + random.nextLong(span);
      }
      assertThat(back(PackedLongs.of(values), values.length)).containsExactly(values);
    }
  }

  @Test
  void aDayKeepsNothingAndAMonthIsOneCopyForAll() {
    LocalDate july18 = LocalDate.of(2019, 7, 18);
    LocalDate july31 = LocalDate.of(2019, 7, 31);
    int day = (int) july18.toEpochDay();
    int endOfJuly = (int) july31.toEpochDay();
    assertThat(WrittenDates.kept("2019-07-18", day)).isNull();
    UncertainDate july = WrittenDates.kept("2019-07", endOfJuly);
    assertThat(july).isSameAs(WrittenDates.kept(new String("2019-07"), endOfJuly));

    WrittenDates dates =
        WrittenDates.of(
            new UncertainDate[] {
              null, july, WrittenDates.kept(null, day), WrittenDates.kept("../2019-07-18", day)
            });
    assertThat(dates.date(0, july18)).hasToString("2019-07-18");
    assertThat(dates.unknown(0)).isFalse();
    assertThat(dates.date(1, july31)).hasToString("2019-07");
    assertThat(dates.unknown(2)).isTrue();
    assertThat(dates.date(2, july18)).hasToString("../2019-07-18");
    assertThat(dates.date(3, july18)).hasToString("../2019-07-18");
    assertThat(dates.unknown(3)).isFalse();

    WrittenDates days = WrittenDates.of(new UncertainDate[] {null, null});
    assertThat(days.date(1, july18)).hasToString("2019-07-18");
    assertThat(days.unknown(1)).isFalse();
  }
}
