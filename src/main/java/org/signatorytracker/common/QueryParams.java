package org.signatorytracker.common;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads query parameters as strings and converts them here, so that a bad value is a 400 naming the
 * parameter (a Jakarta REST conversion failure would be an unexplained 404).
 */
public final class QueryParams {

  private QueryParams() {}

  /** Values separated by commas, stripped, each once, in the order given; empty for none. */
  public static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .distinct()
        .toList();
  }

  /**
   * A date parameter in any precision that bounds a range from above, or names a day as of which to
   * answer ({@code to}, {@code asOf}): its period's last day. A lower bound is {@link #startDate}.
   */
  public static LocalDate endDate(String name, String value, LocalDate defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return PartialDate.parse(value).lastDay();
    } catch (PartialDate.InvalidDateException e) {
      throw new InvalidInputException(new FieldError(name, e.getMessage(), value));
    }
  }

  /**
   * A date parameter in any precision that bounds a range from below ({@code since}, {@code from}):
   * its period's first day, so that {@code since=2019} takes in all of 2019.
   */
  public static LocalDate startDate(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PartialDate.parse(value).firstDay();
    } catch (PartialDate.InvalidDateException e) {
      throw new InvalidInputException(new FieldError(name, e.getMessage(), value));
    }
  }

  public static <E extends Enum<E>> E enumValue(
      String name, String value, Class<E> type, E defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return EnumValues.parse(type, value);
    } catch (InvalidValueException e) {
      throw new InvalidInputException(new FieldError(name, e.getMessage(), value));
    }
  }

  /** Enum values separated by commas, each once; empty (no filter) for none. */
  public static <E extends Enum<E>> Set<E> enumValues(String name, String value, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    for (String v : list(value)) {
      values.add(enumValue(name, v, type, null));
    }
    return values;
  }

  public static int integer(String name, String value, int defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(new FieldError(name, "must be a whole number", value));
    }
  }

  /** true/false (also 1/0, yes/no); absent is false. */
  public static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw new InvalidInputException(new FieldError(name, "must be true or false", value));
    };
  }

  public static PageRequest page(String page, String size) {
    return new PageRequest(
        integer("page", page, 0), integer("size", size, PageRequest.DEFAULT_SIZE));
  }
}
