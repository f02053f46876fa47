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
    if ((long) page * size > Integer.MAX_VALUE) {
      throw new InvalidInputException(
          new FieldError(
              "page",
              "is too far: page × size must stay below " + Integer.MAX_VALUE,
              Integer.toString(page)));
    }
  }

  public int offset() {
    return page * size;
  }
}
