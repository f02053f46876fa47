package org.signatorytracker.reports;

/**
 * A column of longs (revision numbers, ids) kept in as little memory as its values allow: nothing
 * when they are all one value (a statement's single record; no record retracted), an int offset
 * from the smallest where they span less than 2³¹ (ids and revisions of one statement or state do),
 * else the longs. {@link Long#MAX_VALUE} (no revision limit: not retracted) is kept among offsets
 * as -1. At 2,000,000 records in both caches this takes a revision, a retraction and an id from 24
 * bytes to 8 or 4 per record.
 */
final class PackedLongs {

  private static final long NONE = Long.MAX_VALUE;

  private final long base;
  private final int[] offsets;
  private final long[] values;

  private PackedLongs(long base, int[] offsets, long[] values) {
    this.base = base;
    this.offsets = offsets;
    this.values = values;
  }

  static PackedLongs of(long[] values) {
    long min = NONE;
    long max = Long.MIN_VALUE;
    boolean none = false;
    for (long v : values) {
      if (v == NONE) {
        none = true;
      } else {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (max == Long.MIN_VALUE) { // empty, or all NONE
      return new PackedLongs(NONE, null, null);
    }
    if (min == max && !none) {
      return new PackedLongs(min, null, null);
    }
    if (max - min >= Integer.MAX_VALUE) {
      return new PackedLongs(0, null, values);
    }
    int[] offsets = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      offsets[i] = values[i] == NONE ? -1 : (int) (values[i] - min);
    }
    return new PackedLongs(min, offsets, null);
  }

  long get(int i) {
    if (offsets != null) {
      int offset = offsets[i];
      return offset < 0 ? NONE : base + offset;
    }
    return values != null ? values[i] : base;
  }
}
