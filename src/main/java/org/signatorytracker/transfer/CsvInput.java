package org.signatorytracker.transfer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.signatorytracker.common.InvalidValueException;
import org.signatorytracker.common.SpreadsheetSafety;

/**
 * Reads a table the way a spreadsheet saved it: UTF-8 with or without a byte-order mark, CRLF or
 * LF, comma, tab or semicolon as separator (detected from the header), header names in any case and
 * order, blank rows skipped, and quoted cells holding separators, quotes or line breaks. Rows are
 * streamed one at a time, so a file of any length reads in constant memory.
 *
 * <p>Line numbers are the spreadsheet's row numbers: the header is row 1, and a quoted cell with
 * line breaks does not push the rows below it down.
 */
final class CsvInput implements Closeable, Iterable<CsvInput.Row> {

  private static final char[] SEPARATORS = {',', '\t', ';'};
  private static final int HEADER_PEEK = 1 << 16;
  private static final String NOT_UTF8 =
      "the file is not UTF-8 text (near this line); save it as CSV UTF-8";

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> columns;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> duplicateColumns = new ArrayList<>();

  private CsvInput(CSVParser parser) {
    this.parser = parser;
    this.records = parser.iterator();
    List<String> header = new ArrayList<>();
    CSVRecord first;
    try {
      first = records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new UnreadableException(1, reasonOf(e));
    }
    if (first != null) {
      for (String name : first) {
        String column = columnName(name);
        if (index.putIfAbsent(column, header.size()) != null && !column.isEmpty()) {
          duplicateColumns.add(column);
        }
        header.add(column);
      }
    }
    this.columns = List.copyOf(header);
  }

  /**
   * Opens a table.
   *
   * @throws IOException if the stream cannot be read
   */
  static CsvInput open(InputStream in) throws IOException {
    BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
    skipByteOrderMark(bytes);
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader =
        new BufferedReader(new BoundedRecords(new InputStreamReader(bytes, decoder)), 1 << 16);
    char separator;
    try {
      separator = detectSeparator(reader);
    } catch (CharacterCodingException e) {
      throw new UnreadableException(1, NOT_UTF8);
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(separator)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .get();
    return new CsvInput(CSVParser.builder().setReader(reader).setFormat(format).get());
  }

  /** "Source URL", "source-url" and " SOURCE_URL " all name the column source_url. */
  static String columnName(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }

  List<String> columns() {
    return columns;
  }

  boolean has(String column) {
    return index.containsKey(column);
  }

  /** Reads a column under its current name when the file uses an older one. */
  void alias(String older, String current) {
    if (index.containsKey(older) && !index.containsKey(current)) {
      index.put(current, index.get(older));
    }
  }

  List<String> duplicateColumns() {
    return duplicateColumns;
  }

  @Override
  public Iterator<Row> iterator() {
    return new Iterator<>() {
      private Row next = advance();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Row current = next;
        next = advance();
        return current;
      }
    };
  }

  private Row advance() {
    while (true) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return null;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new UnreadableException(parser.getCurrentLineNumber(), reasonOf(e));
      }
      List<String> cells = record.toList();
      if (cells.stream().allMatch(String::isBlank)) {
        continue; // a blank row in the sheet
      }
      return new Row(record.getRecordNumber(), cells);
    }
  }

  private static String reasonOf(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return NOT_UTF8;
      }
    }
    return "a quoted cell is never closed (a \" is missing)";
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
    in.mark(3);
    byte[] head = in.readNBytes(3);
    boolean bom =
        head.length == 3
            && (head[0] & 0xff) == 0xef
            && (head[1] & 0xff) == 0xbb
            && (head[2] & 0xff) == 0xbf;
    if (!bom) {
      in.reset();
    }
  }

  /** The separator that occurs most often in the header line; a comma when none does. */
  private static char detectSeparator(BufferedReader reader) throws IOException {
    reader.mark(HEADER_PEEK);
    int[] counts = new int[SEPARATORS.length];
    boolean quoted = false;
    for (int i = 0; i < HEADER_PEEK; i++) {
      int c = reader.read();
      if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      for (int s = 0; s < SEPARATORS.length; s++) {
        if (!quoted && c == SEPARATORS[s]) {
          counts[s]++;
        }
      }
    }
    reader.reset();
    int best = 0;
    for (int s = 1; s < SEPARATORS.length; s++) {
      if (counts[s] > counts[best]) {
        best = s;
      }
    }
    return SEPARATORS[best];
  }

  /** One row of the table, with its spreadsheet row number. */
  final class Row {
    private final long line;
    private final List<String> cells;

    Row(long line, List<String> cells) {
      this.line = line;
      this.cells = cells;
    }

    long line() {
      return line;
    }

    /** More cells than the header has columns: data that belongs to no column. */
    boolean hasExtraCells() {
      for (int i = columns.size(); i < cells.size(); i++) {
        if (!cells.get(i).isBlank()) {
          return true;
        }
      }
      return false;
    }

    /** The columns whose cell holds control characters, with what is wrong with each. */
    Map<String, String> controlCharacters() {
      Map<String, String> found = new LinkedHashMap<>();
      for (int i = 0; i < Math.min(cells.size(), columns.size()); i++) {
        String problem = InvalidValueException.controlProblem(cells.get(i));
        if (problem != null) {
          found.put(columns.get(i), problem);
        }
      }
      return found;
    }

    /** The cell as text: neutralised formula prefix removed, trimmed, null when empty. */
    String get(String column) {
      String raw = raw(column);
      if (raw == null) {
        return null;
      }
      String value = raw.strip();
      return value.isEmpty() ? null : value;
    }

    /** The cell with its inner line breaks, formula neutralisation undone; null when absent. */
    String raw(String column) {
      Integer i = index.get(column);
      if (i == null || i >= cells.size()) {
        return null;
      }
      return SpreadsheetSafety.restore(cells.get(i));
    }
  }

  /** The file cannot be read on from this line on. */
  static final class UnreadableException extends RuntimeException {
    private final long line;

    UnreadableException(long line, String message) {
      super(message);
      this.line = line;
    }

    long line() {
      return line;
    }
  }
}
