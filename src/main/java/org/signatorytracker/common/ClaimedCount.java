package org.signatorytracker.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A count as a source phrases it: the number, how the source bounds it ({@link CountBound}) and,
 * for a range, its high end. The one home of what such a phrase allows:
 *
 * <ul>
 *   <li>the states it allows, {@link #low()} to {@link #high()}: exactly n; about n, n give or take
 *       a tenth (at least 1); nearly n, from a tenth below n to n − 1; at least n, n and more; at
 *       most n, 0 to n; a range, its two ends. Two claims agree when these overlap ("64" and
 *       "64–65" do; "nearly 100" and "80" do not);
 *   <li>when a list of names is complete: when the states standing reach a firm maximum, which only
 *       "exactly n", "at most n" and a range's high end give;
 *   <li>when it is partial: when fewer stand than the number the source gives (the low end of a
 *       range; for "about n", fewer than it allows); "at most n" never says a list is partial.
 * </ul>
 */
public record ClaimedCount(int count, CountBound bound, Integer countTo) {

  /** How answers describe the bound of the reported count. */
  public static final String REPORTED_BOUND =
      "How the source phrases reportedCount: EXACT, ABOUT, NEARLY, AT_LEAST, AT_MOST or RANGE"
          + " (absent without a reported count)";

  /** How answers describe the high end of a reported range. */
  public static final String REPORTED_COUNT_TO =
      "When the reported count is a RANGE, its high end (reportedCount is the low end)";

  /** A reported count as phrased ("nearly 100"), from an answer's fields; null without one. */
  public static String phrase(Integer count, CountBound bound, Integer countTo) {
    return count == null ? null : new ClaimedCount(count, bound, countTo).phrase();
  }

  /** A count written as "count bound countTo" (the high end empty but for a range). */
  public static ClaimedCount unpack(String packed) {
    String[] parts = packed.strip().split(" ");
    return new ClaimedCount(
        Integer.parseInt(parts[0]),
        parts.length > 1 ? CountBound.valueOf(parts[1]) : CountBound.EXACT,
        parts.length > 2 ? Integer.valueOf(parts[2]) : null);
  }

  /** The bound of a count, or null without one. */
  public static CountBound boundOf(ClaimedCount count) {
    return count == null ? null : count.bound();
  }

  /** The high end of a range, or null. */
  public static Integer countToOf(ClaimedCount count) {
    return count == null ? null : count.countTo();
  }

  public ClaimedCount {
    bound = bound == null ? CountBound.EXACT : bound;
  }

  public static ClaimedCount exactly(int count) {
    return new ClaimedCount(count, CountBound.EXACT, null);
  }

  /**
   * What is wrong with the phrase, each naming its field ({@code countField} for the number, {@code
   * countToField} for the high end): empty when it holds.
   */
  public List<FieldError> problems(String countField, String countToField) {
    List<FieldError> problems = new ArrayList<>();
    if (bound == CountBound.RANGE) {
      if (countTo == null) {
        problems.add(new FieldError(countToField, "a RANGE needs its high end"));
      } else if (countTo <= count) {
        problems.add(
            new FieldError(
                countToField,
                "the high end must be above the low end (" + count + "); a single number is EXACT",
                countTo.toString()));
      }
    } else if (countTo != null) {
      problems.add(
          new FieldError(
              countToField,
              "only a RANGE has a high end; this count is " + bound,
              countTo.toString()));
    }
    if (bound == CountBound.NEARLY && count < 1) {
      problems.add(new FieldError(countField, "nearly 0 is no count", Integer.toString(count)));
    }
    return problems;
  }

  /** A tenth of the number, at least 1: how far "about" and "nearly" reach. */
  private int margin() {
    return Math.max(1, Math.round(count / 10f));
  }

  /** The fewest states the phrase allows. */
  public int low() {
    return switch (bound) {
      case EXACT, AT_LEAST, RANGE -> count;
      case AT_MOST -> 0;
      case ABOUT, NEARLY -> Math.max(0, count - margin());
    };
  }

  /** The most states the phrase allows; null when it sets no maximum ("at least"). */
  public Integer high() {
    return switch (bound) {
      case EXACT, AT_MOST -> count;
      case RANGE -> countTo;
      case NEARLY -> count - 1;
      case ABOUT -> count + margin();
      case AT_LEAST -> null;
    };
  }

  /** Whether the two phrases allow a common number of states: if not, the sources disagree. */
  public boolean agreesWith(ClaimedCount other) {
    return (high() == null || other.low() <= high())
        && (other.high() == null || low() <= other.high());
  }

  /** Whether {@code standing} states reach a firm maximum of the phrase: the list is complete. */
  public boolean completedBy(long standing) {
    return switch (bound) {
      case EXACT, AT_MOST -> standing >= count;
      case RANGE -> standing >= countTo;
      case ABOUT, NEARLY, AT_LEAST -> false;
    };
  }

  /**
   * Whether {@code standing} states are fewer than the phrase says there are: the list is partial.
   */
  public boolean shortOf(long standing) {
    return switch (bound) {
      case EXACT, AT_LEAST, RANGE, NEARLY -> standing < count;
      case ABOUT -> standing < low();
      case AT_MOST -> false;
    };
  }

  /** Whether more states stand than the phrase allows. */
  public boolean exceededBy(long standing) {
    Integer most = high();
    return most != null && standing > most;
  }

  /** As a source would write it: "50", "about 60", "nearly 100", "at least 41", "64–65". */
  public String phrase() {
    return switch (bound) {
      case EXACT -> Integer.toString(count);
      case ABOUT -> "about " + count;
      case NEARLY -> "nearly " + count;
      case AT_LEAST -> "at least " + count;
      case AT_MOST -> "at most " + count;
      case RANGE -> count + "–" + countTo;
    };
  }

  @Override
  public String toString() {
    return phrase();
  }
}
