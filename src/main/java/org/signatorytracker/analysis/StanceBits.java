package org.signatorytracker.analysis;

import java.util.List;
import java.util.TreeSet;
import org.signatorytracker.analysis.AgreementAnswers.Pair;
import org.signatorytracker.reports.Breakdowns;

/**
 * States' stances over the same occasions, held as one bit set per state and stance, and the
 * agreement of two of them counted from those sets: every count is a population count of an AND, 64
 * occasions at a time, so a pair costs a few hundred instructions at the size of the General
 * Assembly's record (6,000 votes) where comparing stance by stance cost microseconds. This is where
 * the agreement arithmetic lives.
 */
final class StanceBits {

  /** The stances that occur, in name order: the categories of Cohen's κ. */
  private final String[] stances;

  /** Whether the stance is a side (not {@value SideRule#ABSTAIN} nor {@value SideRule#BOTH}). */
  private final boolean[] isSide;

  private final int words;

  /** [state][stance][word]: the occasions on which the state took that stance. */
  private final long[][][] bits;

  /** [state][word]: the occasions on which the state took any stance. */
  private final long[][] any;

  /** [state][word]: the occasions on which the state took a side. */
  private final long[][] sided;

  /**
   * @param stances [state][occasion]: the state's stance on the occasion, null for none; every row
   *     the same length
   */
  StanceBits(String[][] stances) {
    TreeSet<String> names = new TreeSet<>();
    for (String[] row : stances) {
      for (String s : row) {
        if (s != null) {
          names.add(s);
        }
      }
    }
    this.stances = names.toArray(String[]::new);
    isSide = new boolean[this.stances.length];
    for (int c = 0; c < this.stances.length; c++) {
      isSide[c] =
          !this.stances[c].equals(SideRule.ABSTAIN) && !this.stances[c].equals(SideRule.BOTH);
    }
    int occasions = stances.length == 0 ? 0 : stances[0].length;
    words = (occasions + 63) >>> 6;
    bits = new long[stances.length][this.stances.length][words];
    any = new long[stances.length][words];
    sided = new long[stances.length][words];
    List<String> order = List.of(this.stances);
    for (int s = 0; s < stances.length; s++) {
      if (stances[s].length != occasions) {
        throw new IllegalArgumentException("every state needs a stance or null on each occasion");
      }
      String last = null;
      int category = -1;
      for (int k = 0; k < occasions; k++) {
        String stance = stances[s][k];
        if (stance == null) {
          continue;
        }
        if (!stance.equals(last)) {
          last = stance;
          category = order.indexOf(stance);
        }
        long bit = 1L << k;
        bits[s][category][k >>> 6] |= bit;
        any[s][k >>> 6] |= bit;
        if (isSide[category]) {
          sided[s][k >>> 6] |= bit;
        }
      }
    }
  }

  /**
   * The agreement of states a and b (named {@code codeA} and {@code codeB}) over the occasions on
   * which both have a stance: t such occasions, f identical stances, d two different sides, g every
   * other pair (one abstains or stands on both), the Lijphart index (f + g/2) / t and Cohen's κ
   * over the stance categories, (f·t − S) / (t² − S) with S the sum over stances of how often each
   * took it (null when chance alone would always agree); null when t = 0.
   */
  Pair pair(int a, int b, String codeA, String codeB) {
    long[] anyA = any[a];
    long[] anyB = any[b];
    int t = 0;
    int bothSided = 0;
    for (int w = 0; w < words; w++) {
      t += Long.bitCount(anyA[w] & anyB[w]);
      bothSided += Long.bitCount(sided[a][w] & sided[b][w]);
    }
    if (t == 0) {
      return null;
    }
    int f = 0;
    int sameSide = 0;
    long chance = 0;
    for (int c = 0; c < stances.length; c++) {
      long[] x = bits[a][c];
      long[] y = bits[b][c];
      int same = 0;
      long byA = 0;
      long byB = 0;
      for (int w = 0; w < words; w++) {
        same += Long.bitCount(x[w] & y[w]);
        byA += Long.bitCount(x[w] & anyB[w]);
        byB += Long.bitCount(y[w] & anyA[w]);
      }
      f += same;
      if (isSide[c]) {
        sameSide += same;
      }
      chance += byA * byB;
    }
    int d = bothSided - sameSide;
    int g = t - f - d;
    long square = (long) t * t;
    Double kappa =
        square == chance
            ? null
            : Breakdowns.round(((long) f * t - chance) / (double) (square - chance));
    return new Pair(codeA, codeB, t, f, g, d, Breakdowns.round((f + g / 2.0) / t), kappa);
  }
}
