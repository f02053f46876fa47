package org.signatorytracker.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSV injection (OWASP): a spreadsheet runs a cell starting with {@code = + - @} (or their
 * full-width forms), a tab or a carriage return as a formula, also behind spaces it does not show
 * (no-break, zero-width). Every line of an exported text cell that starts so gets a leading
 * apostrophe, which spreadsheets show as plain text, and so does a line that starts with an
 * apostrophe already; imports take one apostrophe off such a line again, so a round trip keeps the
 * value exactly.
 */
public final class SpreadsheetSafety {

  private SpreadsheetSafety() {}

  /**
   * Invisible or blank characters a spreadsheet may skip before it sees a formula; not the line
   * separators U+2028 and U+2029, after which a line is checked on its own (were they skipped too,
   * a guard put on one line could hide the guard of the next from the import).
   */
  private static final String UNSEEN =
      "[ \\u00A0\\u1680\\u2000-\\u200D\\u202F\\u205F\\u2060\\u3000\\uFEFF]*";

  private static final String FORMULA = "[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]";

  /** A line a spreadsheet could run, or one that starts with an apostrophe. */
  private static final Pattern GUARDED = Pattern.compile("(?m)^(?=" + UNSEEN + FORMULA + "|')");

  /** An apostrophe put before such a line. */
  private static final Pattern GUARD = Pattern.compile("(?m)^'(?=" + UNSEEN + FORMULA + "|')");

  public static String neutralise(String value) {
    if (value == null || value.isEmpty() || plain(value)) {
      return value;
    }
    return GUARDED.matcher(value).replaceAll(Matcher.quoteReplacement("'"));
  }

  public static String restore(String cell) {
    return cell.isEmpty() || plain(cell) ? cell : GUARD.matcher(cell).replaceAll("");
  }

  /**
   * Whether neither pattern can match, without running them (the common cell: one line starting
   * with a letter or a digit, which are neither unseen, a formula sign nor an apostrophe).
   */
  private static boolean plain(String value) {
    if (!Character.isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      // where a line can start in a multi-line pattern: after \n, \r, U+0085, U+2028, U+2029
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }
}
