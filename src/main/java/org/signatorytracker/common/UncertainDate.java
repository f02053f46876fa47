package org.signatorytracker.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A date as certain as the sources make it: a day ({@code 2019-07-18}), a month ({@code 2019-07}),
 * a year ({@code 2019}), or an interval between two of them in the Extended Date/Time Format (ISO
 * 8601-2, level 1): {@code 2019-07-26/2019-10-01} for "after 26 July, before the annex of 1
 * October", {@code ../2019-10-01} for "by 1 October". Whatever its form, a date counts from the
 * last day it allows ({@link #latest()}), and it is always shown as it was written.
 *
 * <p>What cannot be counted from, or says something this rule cannot keep, is refused: an open or
 * unknown end, the qualifiers {@code ?}, {@code ~} and {@code %}, unspecified digits ({@code
 * 2019-XX}) and seasons.
 */
@Schema(
    type = SchemaType.STRING,
    pattern = "^((\\.\\.|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)/)?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
    description =
        "A day, month or year (YYYY-MM-DD, YYYY-MM, YYYY), or an interval between two of them"
            + " (2019-07-26/2019-10-01) or with an open start (../2019-10-01); it counts from the"
            + " last day it allows",
    examples = {"2019-07-18", "2019-08", "2019-07-26/2019-10-01", "../2019-10-01"})
public final class UncertainDate implements Comparable<UncertainDate> {

  public static final String FORMAT_HINT =
      "YYYY-MM-DD, YYYY-MM, YYYY, or an interval such as 2019-07-26/2019-10-01 or ../2019-10-01";

  private static final String OPEN = "..";

  /** The start of an interval: null for a single date and for an open start. */
  private final PartialDate start;

  private final PartialDate end;
  private final boolean interval;

  private UncertainDate(PartialDate start, PartialDate end, boolean interval) {
    this.start = start;
    this.end = Objects.requireNonNull(end);
    this.interval = interval;
  }

  public static UncertainDate of(PartialDate date) {
    return new UncertainDate(null, date, false);
  }

  /** The interval with an open start that ends on a day: "no later than" it ({@code ../day}). */
  public static UncertainDate until(LocalDate day) {
    return new UncertainDate(null, PartialDate.ofDay(day), true);
  }

  /** Null-tolerant form of {@link #parse(String)} for stored optional columns. */
  public static UncertainDate parseNullable(String text) {
    return text == null ? null : parse(text);
  }

  /**
   * Reads a date or an interval.
   *
   * @throws PartialDate.InvalidDateException with a sentence saying what is wrong and what to write
   */
  public static UncertainDate parse(String text) {
    if (text == null) {
      throw new PartialDate.InvalidDateException("a date is required (" + FORMAT_HINT + ")", null);
    }
    String written = text.strip();
    refuseWhatCannotBeKept(written, text);
    int slash = written.indexOf('/');
    if (slash < 0) {
      return of(point(written, text));
    }
    if (written.indexOf('/', slash + 1) >= 0) {
      throw invalid("an interval has one '/' between its start and its end", text);
    }
    String from = written.substring(0, slash).strip();
    String to = written.substring(slash + 1).strip();
    if (to.equals(OPEN) || to.isEmpty()) {
      throw invalid(
          (to.isEmpty() ? "an unknown end" : "an open end ('..')")
              + " cannot be counted from, since a record counts from the last day its date"
              + " allows; give the latest day the sources allow, such as 2019-07-26/2019-10-01",
          text);
    }
    PartialDate end = point(to, text);
    if (from.equals(OPEN) || from.isEmpty()) {
      return new UncertainDate(null, end, true);
    }
    PartialDate start = point(from, text);
    if (start.firstDay().isAfter(end.lastDay())) {
      throw invalid("the interval starts after it ends", text);
    }
    return new UncertainDate(start, end, true);
  }

  // EDTF forms the record cannot keep, refused with a message that says what to write instead
  private static final Pattern QUALIFIERS = Pattern.compile(".*[?~%].*");
  private static final Pattern UNSPECIFIED_DIGITS =
      Pattern.compile(".*(\\d[Xx]|[Xx]\\d|[Xx][Xx]|-[Xx]|[Xx]-).*");
  private static final Pattern SETS = Pattern.compile(".*[\\[\\]{}].*");
  private static final Pattern SEASONS =
      Pattern.compile("(.*[/.])?\\d{4}-(2[1-9]|3\\d|4[01])(/.*)?");

  private static void refuseWhatCannotBeKept(String written, String text) {
    // digits, hyphens and slashes alone (2019-07-08, 2019/2020) can only be a season
    if (!plainDigits(written)) {
      if (QUALIFIERS.matcher(written).matches()) {
        throw invalid(
            "the qualifiers ?, ~ and % are not accepted: write the period the sources allow (a"
                + " month, a year or an interval) and say how sure the record is with its"
                + " confidence and note",
            text);
      }
      if (UNSPECIFIED_DIGITS.matcher(written).matches()) {
        throw invalid(
            "unspecified digits (such as 2019-XX) are not accepted: write the month or the year"
                + " alone (2019-07, 2019) or an interval",
            text);
      }
      if (SETS.matcher(written).matches()) {
        throw invalid("sets of dates are not accepted: record each date separately", text);
      }
    }
    if (SEASONS.matcher(written).matches()) {
      throw invalid(
          "seasons are not accepted: write an interval of months, such as 2019-03/2019-05", text);
    }
  }

  private static boolean plainDigits(String written) {
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '-' || c == '/')) {
        return false;
      }
    }
    return true;
  }

  /** One end of an interval, or the whole date; the message names every accepted form. */
  private static PartialDate point(String part, String text) {
    try {
      return PartialDate.parse(part);
    } catch (PartialDate.InvalidDateException e) {
      throw invalid(
          e.getMessage().startsWith("not a date")
              ? "not a date; write " + FORMAT_HINT
              : e.getMessage(),
          text);
    }
  }

  private static PartialDate.InvalidDateException invalid(String message, String text) {
    return new PartialDate.InvalidDateException(message, text);
  }

  /** The day from which this date counts in as-of computations: the last day it allows. */
  public LocalDate latest() {
    return end.lastDay();
  }

  /** The first day it allows; null for an interval with an open start. */
  public LocalDate earliest() {
    if (!interval) {
      return end.firstDay();
    }
    return start == null ? null : start.firstDay();
  }

  /**
   * Whether the two dates may be the same day: the days each allows (an open start allows every day
   * before its end) have one in common. Two sources whose dates overlap speak of the same moment.
   */
  public boolean overlaps(UncertainDate other) {
    return (earliest() == null || !earliest().isAfter(other.latest()))
        && (other.earliest() == null || !other.earliest().isAfter(latest()));
  }

  /** Whether the date is one day: neither a month, a year nor an interval. */
  public boolean exact() {
    return !interval && end.precision() == PartialDate.Precision.DAY;
  }

  public boolean isInterval() {
    return interval;
  }

  @Override
  public int compareTo(UncertainDate other) {
    int byLatest = latest().compareTo(other.latest());
    if (byLatest != 0) {
      return byLatest;
    }
    return Objects.compare(
        earliest(),
        other.earliest(),
        (a, b) -> a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UncertainDate d
        && interval == d.interval
        && Objects.equals(start, d.start)
        && end.equals(d.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, interval);
  }

  /**
   * As a person writes it: "19 July 2022", "by 1 July 2022" for an open start, "late June 2022" for
   * the second half of a month (from the 15th), "early June 2022" for its first half, "between 20
   * June and 8 July 2022" otherwise.
   */
  public String phrase() {
    if (!interval) {
      return end.phrase();
    }
    if (start == null) {
      return "by " + end.phrase();
    }
    boolean days =
        start.precision() == PartialDate.Precision.DAY
            && end.precision() == PartialDate.Precision.DAY;
    if (!days) {
      return "between " + start.phrase() + " and " + end.phrase();
    }
    LocalDate first = start.firstDay();
    LocalDate last = end.lastDay();
    String monthAndYear = PartialDate.of(last, PartialDate.Precision.MONTH).phrase();
    if (first.getYear() != last.getYear()) {
      return "between " + start.phrase() + " and " + end.phrase();
    }
    if (first.getMonth() != last.getMonth()) {
      String from = start.phrase();
      return "between " + from.substring(0, from.lastIndexOf(' ')) + " and " + end.phrase();
    }
    boolean monthEnd = last.getDayOfMonth() == last.lengthOfMonth();
    if (first.getDayOfMonth() == 1 && monthEnd) {
      return monthAndYear;
    }
    if (first.getDayOfMonth() == 1 && last.getDayOfMonth() <= 15) {
      return "early " + monthAndYear;
    }
    if (first.getDayOfMonth() >= 15 && monthEnd) {
      return "late " + monthAndYear;
    }
    return "between " + first.getDayOfMonth() + " and " + end.phrase();
  }

  /** The notation it was written in, normalised: {@code 2019-07-26/2019-10-01}. */
  @JsonValue
  @Override
  public String toString() {
    if (!interval) {
      return end.toString();
    }
    return (start == null ? OPEN : start.toString()) + "/" + end;
  }
}
