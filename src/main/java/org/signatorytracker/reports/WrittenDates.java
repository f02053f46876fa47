package org.signatorytracker.reports;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.common.UncertainDate;

/**
 * Records' dates as written, beside the day each counts from ({@link StatementRecords}'s effective
 * day). A day, or no date at all ("no later than" the day), is told by the day alone: no object is
 * kept for it. A month, a year or an interval is kept as one copy per text for the whole service,
 * shared by every record that has it: at 2,000,000 records, a copy per record (or per run of
 * records) was tens of megabytes of the heap. A column of days only keeps no array.
 */
final class WrittenDates {

  /** What a record whose sources give no date keeps: told by identity, never shown. */
  private static final UncertainDate UNKNOWN = UncertainDate.until(LocalDate.EPOCH);

  /** How many texts are shared at most: beyond, a date is kept as read (no map grows unbounded). */
  private static final int SHARED_LIMIT = 100_000;

  private static final Map<String, UncertainDate> SHARED = new ConcurrentHashMap<>();

  private static final WrittenDates DAYS = new WrittenDates(null);

  /** Each record's date where it is more than a day, or {@link #UNKNOWN}; null: the day. */
  private final UncertainDate[] written;

  private WrittenDates(UncertainDate[] written) {
    this.written = written;
  }

  /** What {@link #of} keeps for a record: its date as written (null: none) and its epoch day. */
  static UncertainDate kept(String text, int effectiveDay) {
    if (text == null) {
      return UNKNOWN;
    }
    UncertainDate date = SHARED.get(text);
    if (date == null) {
      date = UncertainDate.parse(text);
      if (SHARED.size() < SHARED_LIMIT) {
        SHARED.putIfAbsent(text, date);
      }
    }
    return date.exact() && date.latest().toEpochDay() == effectiveDay ? null : date;
  }

  /** The column of what {@link #kept} gave for each record. */
  static WrittenDates of(UncertainDate[] kept) {
    for (UncertainDate date : kept) {
      if (date != null) {
        return new WrittenDates(kept);
      }
    }
    return DAYS;
  }

  /** Whether the sources give record i no date of taking effect. */
  boolean unknown(int i) {
    return written != null && written[i] == UNKNOWN;
  }

  /** Record i's date as written, given the day it counts from. */
  UncertainDate date(int i, LocalDate day) {
    UncertainDate date = written == null ? null : written[i];
    if (date == UNKNOWN) {
      return UncertainDate.until(day);
    }
    return date != null ? date : UncertainDate.of(PartialDate.ofDay(day));
  }
}
