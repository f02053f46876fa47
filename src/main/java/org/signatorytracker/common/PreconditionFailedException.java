package org.signatorytracker.common;

/** The client's copy is out of date: its If-Match names a version that is no longer current. */
public class PreconditionFailedException extends RuntimeException {

  public PreconditionFailedException(String detail) {
    super(detail);
  }
}
