package org.signatorytracker.transfer;

/**
 * The fingerprints of the records an import wrote to statements it created itself, to tell which of
 * its later records cannot repeat one without asking the database. A record of a statement created
 * by this import can only repeat a record this import wrote (a fingerprint holds the statement's
 * key, and no stored record has the key of a statement that was not there), so where this says
 * "never written", no query is needed; where it says "perhaps", the database answers as for any
 * other record. A Bloom filter of fixed size, 2 MiB whatever the length of the file: its three
 * positions are read straight from the fingerprint, itself a SHA-256 in hexadecimal; with a million
 * records written, about one in two hundred and thirty is a "perhaps" that the database answers.
 */
final class WrittenFingerprints {

  private static final int BITS = 1 << 24; // six hexadecimal digits give a position

  private static final int POSITIONS = 3;

  private final long[] words = new long[BITS / Long.SIZE];

  void add(String fingerprint) {
    if (readable(fingerprint)) {
      for (int i = 0; i < POSITIONS; i++) {
        int bit = position(fingerprint, i);
        words[bit >>> 6] |= 1L << bit;
      }
    }
  }

  /** False only when no fingerprint added was this one. */
  boolean mayHold(String fingerprint) {
    if (!readable(fingerprint)) {
      return true;
    }
    for (int i = 0; i < POSITIONS; i++) {
      int bit = position(fingerprint, i);
      if ((words[bit >>> 6] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean readable(String fingerprint) {
    if (fingerprint == null || fingerprint.length() < 6 * POSITIONS) {
      return false;
    }
    for (int i = 0; i < 6 * POSITIONS; i++) {
      if (Character.digit(fingerprint.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int position(String fingerprint, int i) {
    return Integer.parseInt(fingerprint, 6 * i, 6 * i + 6, 16);
  }
}
