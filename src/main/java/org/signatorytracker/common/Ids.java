package org.signatorytracker.common;

import java.util.Optional;

/** Ids in paths: a record or a claim is named by a number; anything else names nothing. */
public final class Ids {

  private Ids() {}

  public static Optional<Long> parse(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
