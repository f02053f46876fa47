package org.signatorytracker.common;

/**
 * The caller's role allows the kind of change, but not on this item: it belongs to someone else
 * (HTTP 403, with a detail that says whose it is to change).
 */
public class NotYoursException extends RuntimeException {

  public NotYoursException(String detail) {
    super(detail);
  }
}
