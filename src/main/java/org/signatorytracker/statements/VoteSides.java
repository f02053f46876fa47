package org.signatorytracker.statements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a vote's options map to the sides of its issue, such as {@code YES=critical;NO=supportive}:
 * only {@code YES} and {@code NO} can be mapped; abstaining counts as abstaining, and not voting or
 * an unmapped option as no position.
 */
public final class VoteSides {

  /** The options that can stand on a side, in the order they are written. */
  public static final List<String> OPTIONS = List.of("YES", "NO");

  private VoteSides() {}

  /** The stored form of a mapping, YES first; null for none. */
  static String format(Map<String, String> sides) {
    if (sides == null || sides.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (String option : OPTIONS) {
      String side = sides.get(option);
      if (side != null) {
        text.append(text.isEmpty() ? "" : ";").append(option).append('=').append(side);
      }
    }
    return text.toString();
  }

  /**
   * The mapping of a stored or written form ({@code YES=critical;NO=supportive}); empty for null.
   */
  public static Map<String, String> parse(String text) {
    Map<String, String> sides = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return sides;
    }
    for (String pair : text.split(";")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            "'" + pair.strip() + "' is not OPTION=side, such as YES=critical");
      }
      sides.put(
          pair.substring(0, eq).strip().toUpperCase(Locale.ROOT), pair.substring(eq + 1).strip());
    }
    return sides;
  }
}
