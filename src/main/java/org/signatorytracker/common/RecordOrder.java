package org.signatorytracker.common;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The orders every rule and list here relies on, each written once. Records and claims: by date,
 * then by the revision that recorded them, then by id (the latest is the last, and of records on
 * one day the one recorded last). Statements and occasions: by date, undated first, then by key.
 */
public final class RecordOrder {

  private RecordOrder() {}

  /**
   * SQL (or JPQL) ordering by date, then revision, then id: ascending, or {@code latestFirst}.
   *
   * @param date the date column, revision the revision number, id the row's id
   */
  public static String sql(String date, String revision, String id, boolean latestFirst) {
    String direction = latestFirst ? " desc" : "";
    return date + direction + ", " + revision + direction + ", " + id + direction;
  }

  /** Compares two rows in the same order as {@link #sql} ascending. */
  public static int compare(
      LocalDate dateA, long revisionA, long idA, LocalDate dateB, long revisionB, long idB) {
    int byDate = dateA.compareTo(dateB);
    if (byDate != 0) {
      return byDate;
    }
    int byRevision = Long.compare(revisionA, revisionB);
    return byRevision != 0 ? byRevision : Long.compare(idA, idB);
  }

  /** By day, undated first, then by key: how statements and occasions are listed. */
  public static <T> Comparator<T> undatedFirst(
      Function<T, LocalDate> day, Function<T, String> key) {
    return Comparator.comparing(day, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(key);
  }
}
