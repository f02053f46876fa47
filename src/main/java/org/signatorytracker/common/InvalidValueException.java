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

  /** The NUL character: PostgreSQL cannot store it, and no researcher means to type it. */
  public static String rejectNul(String value) {
    if (value != null && value.indexOf('\u0000') >= 0) {
      throw new InvalidValueException("must not contain the NUL character", null);
    }
    return value;
  }
}
