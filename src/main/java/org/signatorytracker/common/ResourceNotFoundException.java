package org.signatorytracker.common;

import java.util.List;

/** A statement, state or record named in the request does not exist (HTTP 404). */
public class ResourceNotFoundException extends RuntimeException {

  private final transient List<FieldError> errors;

  public ResourceNotFoundException(String detail) {
    this(detail, List.of());
  }

  public ResourceNotFoundException(String detail, List<FieldError> errors) {
    super(detail);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
