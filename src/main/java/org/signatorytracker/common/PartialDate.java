package org.signatorytracker.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A date known to the day ({@code 2019-07-18}), to the month ({@code 2019-08}) or only to the year
 * ({@code 2019}). Sources often say "in August" or "in 2019"; the precision is kept, and for as-of
 * computations an imprecise date counts from the last day of its period.
 */
@Schema(
    type = SchemaType.STRING,
    pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
    description = "A date known to the day, the month or the year: YYYY-MM-DD, YYYY-MM or YYYY",
    examples = {"2019-07-18", "2019-08", "2019"})
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

  public enum Precision {
    DAY,
    MONTH,
    YEAR
  }

  /** Dates outside this range are typing mistakes, not diplomatic history. */
  public static final int MIN_YEAR = 1900;

  public static final int MAX_YEAR = 2100;

  public static final String FORMAT_HINT = "YYYY-MM-DD, YYYY-MM or YYYY";

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidDateException(
          "year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR, null);
    }
    if (month == null && day != null) {
      throw new InvalidDateException("a day needs a month", null);
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new InvalidDateException("there is no month " + month, null);
    }
    if (day != null && !YearMonth.of(year, month).isValidDay(day)) {
      throw new InvalidDateException(
          "there is no day " + day + " in " + YearMonth.of(year, month), null);
    }
  }

  /**
   * Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
   *
   * @throws InvalidDateException with a sentence saying what is wrong
   */
  @JsonCreator
  public static PartialDate parse(String text) {
    if (text == null) {
      throw new InvalidDateException("a date is required (" + FORMAT_HINT + ")", null);
    }
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidDateException("not a date; write " + FORMAT_HINT, text);
    }
    Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    try {
      return new PartialDate(Integer.parseInt(m.group(1)), month, day);
    } catch (InvalidDateException e) {
      throw new InvalidDateException("not a valid date: " + e.getMessage(), text);
    }
  }

  public static PartialDate ofDay(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Rebuilds a date from its stored form: the last day of its period and its precision. */
  public static PartialDate of(LocalDate lastDay, Precision precision) {
    return switch (precision) {
      case DAY -> ofDay(lastDay);
      case MONTH -> new PartialDate(lastDay.getYear(), lastDay.getMonthValue(), null);
      case YEAR -> new PartialDate(lastDay.getYear(), null, null);
    };
  }

  /** Null-tolerant form of {@link #of(LocalDate, Precision)} for optional columns. */
  public static PartialDate ofNullable(LocalDate lastDay, Precision precision) {
    return lastDay == null ? null : of(lastDay, Objects.requireNonNull(precision));
  }

  public Precision precision() {
    if (day != null) {
      return Precision.DAY;
    }
    return month != null ? Precision.MONTH : Precision.YEAR;
  }

  /** The day from which this date counts in as-of computations. */
  public LocalDate lastDay() {
    return switch (precision()) {
      case DAY -> LocalDate.of(year, month, day);
      case MONTH -> YearMonth.of(year, month).atEndOfMonth();
      case YEAR -> LocalDate.of(year, 12, 31);
    };
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  @Override
  public int compareTo(PartialDate other) {
    int byLastDay = lastDay().compareTo(other.lastDay());
    return byLastDay != 0 ? byLastDay : precision().compareTo(other.precision());
  }

  /** As a person writes it: "19 July 2022", "July 2022", "2022". */
  public String phrase() {
    String monthName =
        month == null
            ? null
            : java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
    return switch (precision()) {
      case DAY -> day + " " + monthName + " " + year;
      case MONTH -> monthName + " " + year;
      case YEAR -> Integer.toString(year);
    };
  }

  @JsonValue
  @Override
  public String toString() {
    // written on every date of every report: no Formatter
    StringBuilder text = new StringBuilder(10);
    padded(text, year, 4);
    if (precision() != Precision.YEAR) {
      padded(text.append('-'), month, 2);
    }
    if (precision() == Precision.DAY) {
      padded(text.append('-'), day, 2);
    }
    return text.toString();
  }

  private static StringBuilder padded(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    return text.append(digits);
  }

  /** A date that cannot be read; its message is written for the person who typed it. */
  public static final class InvalidDateException extends InvalidValueException {
    public InvalidDateException(String message, String input) {
      super(message, input);
    }
  }
}
