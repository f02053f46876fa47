package org.signatorytracker.common;

/** The request contradicts data already stored, such as a key that is taken (HTTP 409). */
public class ConflictException extends RuntimeException {

  public ConflictException(String detail) {
    super(detail);
  }
}
