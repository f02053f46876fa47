package org.signatorytracker.common;

/** Which page of a list to return; pages count from 0. */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  public PageRequest {
    if (page < 0) {
      throw new InvalidInputException("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
    }
  }

  public int offset() {
    return page * size;
  }
}
