package org.signatorytracker.reports;

/** Two records of a state that contradict each other, sources aside: their ids, in order. */
record Contradicting(String iso3, long first, long second) {

  long[] pair() {
    return new long[] {first, second};
  }
}
