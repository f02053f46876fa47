package org.signatorytracker.common;

/** How a source bounds the count it gives: "50", "some 60", "nearly 100", "at least 50", … */
public enum CountBound {
  /** The number itself (the default). */
  EXACT,
  /** "some", "around", "about": the number give or take a tenth. */
  ABOUT,
  /** "nearly", "almost": below the number, within a tenth of it. */
  NEARLY,
  /** "at least"; "more than 40" is at least 41. */
  AT_LEAST,
  /** "at most", "up to"; "fewer than 40" is at most 39. */
  AT_MOST,
  /** "between 64 and 65": the count is the low end, countTo the high end. */
  RANGE
}
