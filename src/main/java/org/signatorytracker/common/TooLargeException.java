package org.signatorytracker.common;

/** Something the client sent is larger than the service accepts (HTTP 413). */
public class TooLargeException extends RuntimeException {

  public TooLargeException(String message) {
    super(message);
  }
}
