package org.signatorytracker.transfer;

/**
 * The review a row of a file carries (the column {@code review}, as an export writes it): PENDING
 * is imported still waiting, REJECTED as a proposal rejected (never counted), with the file's
 * reason; CONFIRMED or empty as a record that counts (or waits, if this instance requires review).
 */
final class ImportReviews {

  static final String WAITING = "PENDING";
  static final String REJECTED = "REJECTED";

  private ImportReviews() {}

  /** The reason of an imported rejection, or one that says where it came from. */
  static String reason(String given) {
    return given == null || given.isBlank() ? "Rejected on review (as imported)" : given.strip();
  }
}
