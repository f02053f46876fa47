package org.signatorytracker.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a list's CSV form, each with its name and how to read it from an item, so that the
 * header and the rows cannot disagree.
 */
public final class CsvColumns<T> {

  private final List<String> names = new ArrayList<>();
  private final List<Function<T, Object>> cells = new ArrayList<>();

  public static <T> CsvColumns<T> of(Class<T> type) {
    return new CsvColumns<>();
  }

  public CsvColumns<T> add(String name, Function<T, Object> cell) {
    names.add(name);
    cells.add(cell);
    return this;
  }

  public List<String> names() {
    return List.copyOf(names);
  }

  public List<Object> row(T item) {
    List<Object> row = new ArrayList<>(cells.size());
    for (Function<T, Object> cell : cells) {
      row.add(cell.apply(item));
    }
    return row;
  }

  /** Several values in one cell, one per line, as the import reads source cells. */
  public static String lines(List<?> values) {
    List<String> lines = new ArrayList<>(values.size());
    for (Object value : values) {
      lines.add(value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString());
    }
    return String.join("\n", lines);
  }

  /** The chains of some sources ({@link SourceVia#write}), one line each (empty for none). */
  public static String viaLines(List<Source> sources) {
    return lines(sources.stream().map(s -> SourceVia.write(s.via())).toList());
  }
}
