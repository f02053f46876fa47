package org.signatorytracker.common;

/**
 * A value that cannot be read, with a message written for the person who typed it (safe to show,
 * unlike the messages of arbitrary exceptions).
 */
public class InvalidValueException extends IllegalArgumentException {

  private final String input;

  public InvalidValueException(String message, String input) {
    super(message);
    this.input = input;
  }

  /** What was typed, when known. */
  public String input() {
    return input;
  }

  /**
   * Control characters other than tabs and line breaks: PostgreSQL cannot store NUL, and no
   * researcher means to type the others (they come from copying out of PDFs, and one escaped in
   * JSON takes six characters).
   */
  public static String rejectControl(String value) {
    String problem = controlProblem(value);
    if (problem != null) {
      throw new InvalidValueException(problem, null);
    }
    return value;
  }

  /** What is wrong with the control characters of a text, or null when it has none. */
  public static String controlProblem(String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\u0000') {
        return "must not contain the NUL character";
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        return "must not contain control characters (U+%04X here); only tabs and line breaks are kept"
            .formatted((int) c);
      }
    }
    return null;
  }
}
