package org.signatorytracker.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.transfer.Columns.Column;

/**
 * What an export writes in each column of a format, by the column's name: a row is its cells in the
 * format's order, whatever order the writers were given in. A format column without a writer, or a
 * writer for a column the format lacks, fails when the writers are made (at start), never a
 * silently shifted file.
 */
final class ColumnWriters<T> {

  private final List<Column> format;
  private final List<Function<T, Object>> cells = new ArrayList<>();

  private ColumnWriters(List<Column> format, Map<String, Function<T, Object>> writers) {
    this.format = format;
    Set<String> unwritten = new TreeSet<>(Columns.names(format));
    unwritten.removeAll(writers.keySet());
    Set<String> unknown = new TreeSet<>(writers.keySet());
    unknown.removeAll(Columns.names(format));
    if (!unwritten.isEmpty() || !unknown.isEmpty()) {
      throw new IllegalStateException(
          "export writers do not match the format: unwritten "
              + unwritten
              + ", unknown "
              + unknown);
    }
    for (Column column : format) {
      cells.add(writers.get(column.name()));
    }
  }

  /** Writers for every column of {@code format}, built up by name. */
  static <T> Builder<T> of(List<Column> format) {
    return new Builder<>(format);
  }

  /** The format's column names, the header. */
  List<String> header() {
    return Columns.names(format);
  }

  /** One row's cells, in the format's order. */
  List<Object> row(T item) {
    List<Object> row = new ArrayList<>(cells.size());
    for (Function<T, Object> cell : cells) {
      row.add(cell.apply(item));
    }
    return row;
  }

  static final class Builder<T> {
    private final List<Column> format;
    private final Map<String, Function<T, Object>> writers = new LinkedHashMap<>();

    private Builder(List<Column> format) {
      this.format = format;
    }

    /** What the column {@code name} holds for an item. */
    Builder<T> column(String name, Function<T, Object> writer) {
      if (writers.put(name, writer) != null) {
        throw new IllegalStateException("export writer for " + name + " given twice");
      }
      return this;
    }

    /** A column exports leave empty (it is read by imports only). */
    Builder<T> empty(String name) {
      return column(name, item -> null);
    }

    /**
     * The source columns: the value of the item's only source, or one line per source when it has
     * several (an empty line where a source has no value).
     */
    Builder<T> sources(Function<T, List<CitedSource>> sourcesOf) {
      column("source_url", item -> lines(sourcesOf.apply(item), s -> s.url));
      column("source_title", item -> lines(sourcesOf.apply(item), s -> s.title));
      column("source_publisher", item -> lines(sourcesOf.apply(item), s -> s.publisher));
      column("source_published", item -> lines(sourcesOf.apply(item), CitedSource::published));
      column("source_kind", item -> lines(sourcesOf.apply(item), s -> s.kind));
      return column("source_via", item -> lines(sourcesOf.apply(item), s -> s.via));
    }

    ColumnWriters<T> build() {
      return new ColumnWriters<>(format, writers);
    }
  }

  private static String lines(List<CitedSource> sources, Function<CitedSource, Object> value) {
    List<String> lines = new ArrayList<>();
    for (CitedSource source : sources) {
      Object v = value.apply(source);
      lines.add(v == null ? "" : v instanceof Enum<?> e ? e.name() : v.toString());
    }
    return String.join("\n", lines);
  }
}
