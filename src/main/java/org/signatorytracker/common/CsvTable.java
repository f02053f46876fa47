package org.signatorytracker.common;

import java.util.List;

/**
 * A report that can also be read as one tidy table, one row per observation, for R or pandas
 * ({@code Accept: text/csv}, or {@code format=csv} in a browser).
 */
public interface CsvTable {

  /** File name suggested to a browser, without extension. */
  String csvName();

  List<String> csvHeader();

  /** Cells may be text, numbers, booleans, dates, enums or null (an empty cell). */
  List<List<Object>> csvRows();
}
