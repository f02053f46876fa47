package org.signatorytracker.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one parser of enumerated values, used by JSON bodies, query parameters and CSV cells alike: a
 * value may be written in any case, with spaces or hyphens for underscores ({@code not voting},
 * {@code Not-Voting} and {@code NOT_VOTING} are the same vote).
 */
public final class EnumValues {

  private EnumValues() {}

  /**
   * The constant {@code text} names.
   *
   * @throws InvalidValueException listing the allowed values
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (text != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant; // as written by the service itself: the common case of an import
        }
      }
      String wanted = canonical(text);
      for (E constant : type.getEnumConstants()) {
        if (canonical(constant.name()).equals(wanted)) {
          return constant;
        }
      }
    }
    throw new InvalidValueException("must be one of " + allowed(type), text);
  }

  /** "SIGNED, WITHDREW, YES, …": the values a message lists. */
  public static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

  private static String canonical(String text) {
    return SEPARATORS.matcher(text.strip()).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
