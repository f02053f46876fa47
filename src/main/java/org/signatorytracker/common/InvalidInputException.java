package org.signatorytracker.common;

import java.util.List;

/** The request was understood but one or more of its values cannot be accepted (HTTP 400). */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(summarise(errors));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(FieldError error) {
    this(List.of(error));
  }

  public InvalidInputException(String field, String message) {
    this(new FieldError(field, message));
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String summarise(List<FieldError> errors) {
    if (errors.size() == 1) {
      FieldError e = errors.get(0);
      return e.field() + ": " + e.message();
    }
    return errors.size() + " fields are invalid";
  }
}
