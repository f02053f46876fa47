package org.signatorytracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The orders the rules rely on, by hand. Plain JUnit; no Quarkus starts. */
@Tag("unit")
class RecordOrderTest {

  static final LocalDate JULY_8 = LocalDate.of(2019, 7, 8);
  static final LocalDate JULY_12 = LocalDate.of(2019, 7, 12);

  @Test
  void theLatestIsByDateThenByTheRevisionThatRecordedItThenById() {
    // a later date wins over a later revision
    assertThat(RecordOrder.compare(JULY_8, 9, 1, JULY_12, 2, 2)).isNegative();
    // on one day, the one recorded last
    assertThat(RecordOrder.compare(JULY_12, 3, 1, JULY_12, 2, 2)).isPositive();
    // in one revision, the one written last
    assertThat(RecordOrder.compare(JULY_12, 3, 5, JULY_12, 3, 4)).isPositive();
    assertThat(RecordOrder.compare(JULY_12, 3, 4, JULY_12, 3, 4)).isZero();
  }

  @Test
  void theSqlOrderIsTheSameAscendingOrLatestFirst() {
    assertThat(RecordOrder.sql("p.effective_on", "rv.number", "p.id", false))
        .isEqualTo("p.effective_on, rv.number, p.id");
    assertThat(RecordOrder.sql("c.claimedOn", "v.number", "c.id", true))
        .isEqualTo("c.claimedOn desc, v.number desc, c.id desc");
  }

  record Item(LocalDate day, String key) {}

  @Test
  void statementsAreListedUndatedFirstThenByDayThenByKey() {
    List<Item> items =
        new ArrayList<>(
            Arrays.asList(
                new Item(JULY_12, "b"),
                new Item(null, "z"),
                new Item(JULY_8, "c"),
                new Item(JULY_12, "a"),
                new Item(null, "y")));
    items.sort(RecordOrder.undatedFirst(Item::day, Item::key));
    assertThat(items.stream().map(Item::key)).containsExactly("y", "z", "c", "a", "b");
  }
}
