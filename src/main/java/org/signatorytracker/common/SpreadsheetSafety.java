package org.signatorytracker.common;

/**
 * CSV injection (OWASP): a spreadsheet runs a cell starting with {@code = + - @}, a tab or a
 * carriage return as a formula. Exported text cells that start so get a leading apostrophe, which
 * spreadsheets show as plain text; imports take it off again, so a round trip keeps the value.
 */
public final class SpreadsheetSafety {

  private SpreadsheetSafety() {}

  public static String neutralise(String value) {
    return value != null && !value.isEmpty() && isFormulaStart(value.charAt(0))
        ? "'" + value
        : value;
  }

  public static String restore(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && isFormulaStart(cell.charAt(1))
        ? cell.substring(1)
        : cell;
  }

  private static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
