package org.signatorytracker.common;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Inserts many rows into one table at once, outside the persistence context: on PostgreSQL with one
 * {@code COPY} (its bulk load, which parses no statement per row and writes the rows as they
 * arrive, so they are sent as they are formatted), elsewhere in batches of multi-row {@code
 * INSERT}s. Values are {@code Long}, {@code Integer}, {@code String}, {@code Boolean}, {@link
 * LocalDate} or null.
 */
public final class BulkRows {

  /**
   * Rows per INSERT: many rows to one statement is what PostgreSQL's driver does with
   * reWriteBatchedInserts, written out so that it holds on either database without a URL option.
   */
  static final int ROWS_PER_INSERT = 100;

  /**
   * Bytes of rows sent at a time in a COPY: PostgreSQL writes the rows it has while the next ones
   * are formatted, and the text held is never more than this.
   */
  static final int COPY_CHUNK = 64 * 1024;

  private BulkRows() {}

  /**
   * Inserts the rows into the columns named by {@code into} ({@code "table (a, b, c)"}), each row
   * with as many values as there are columns.
   */
  public static void insert(Connection connection, String into, List<Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (connection.isWrapperFor(PGConnection.class)) {
      copy(connection.unwrap(PGConnection.class), into, rows);
    } else {
      insertBatched(connection, into, rows);
    }
  }

  private static void copy(PGConnection connection, String into, List<Object[]> rows)
      throws SQLException {
    CopyIn copy = connection.getCopyAPI().copyIn("COPY " + into + " FROM STDIN");
    try {
      StringBuilder text = new StringBuilder(COPY_CHUNK + 4096);
      for (Object[] row : rows) {
        appendCopyRow(text, row);
        if (text.length() >= COPY_CHUNK) {
          send(copy, text);
        }
      }
      send(copy, text);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy(); // a failure midway: the copy ends, and the failure is what is thrown
      }
    }
  }

  private static void send(CopyIn copy, StringBuilder text) throws SQLException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    text.setLength(0);
  }

  /**
   * A row in COPY's text format: values separated by tabs, {@code \N} for null, a backslash before
   * a backslash and the tab, newline and carriage return written as {@code \t}, {@code \n}, {@code
   * \r}.
   */
  static void appendCopyRow(StringBuilder out, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object value = row[i];
      if (value == null) {
        out.append("\\N");
      } else if (value instanceof Boolean b) {
        out.append(b ? 't' : 'f');
      } else if (value instanceof String s) {
        appendEscaped(out, s);
      } else {
        out.append(value); // numbers, and days as ISO 8601 (2019-07-08)
      }
    }
    out.append('\n');
  }

  private static void appendEscaped(StringBuilder out, String s) {
    int first = 0;
    while (first < s.length() && !escaped(s.charAt(first))) {
      first++;
    }
    out.append(s, 0, first); // most values have nothing to escape: appended whole
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }

  private static boolean escaped(char c) {
    return c == '\\' || c == '\t' || c == '\n' || c == '\r';
  }

  private static void insertBatched(Connection connection, String into, List<Object[]> rows)
      throws SQLException {
    // as many values per row as the columns named in `into`
    int width = into.split(",").length;
    int whole = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
    if (whole > 0) {
      try (PreparedStatement insert =
          connection.prepareStatement(sql(into, width, ROWS_PER_INSERT))) {
        for (int from = 0; from < whole; from += ROWS_PER_INSERT) {
          bind(insert, rows.subList(from, from + ROWS_PER_INSERT), width);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    if (whole < rows.size()) {
      try (PreparedStatement insert =
          connection.prepareStatement(sql(into, width, rows.size() - whole))) {
        bind(insert, rows.subList(whole, rows.size()), width);
        insert.executeUpdate();
      }
    }
  }

  private static String sql(String into, int width, int rows) {
    String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
    return "INSERT INTO " + into + " VALUES " + String.join(", ", Collections.nCopies(rows, row));
  }

  private static void bind(PreparedStatement insert, List<Object[]> rows, int width)
      throws SQLException {
    int index = 1;
    for (Object[] row : rows) {
      for (int column = 0; column < width; column++) {
        Object value = row[column];
        if (value instanceof LocalDate day) {
          insert.setDate(index++, Date.valueOf(day));
        } else if (value == null) {
          // the column's type is what either database infers for a parameter of an INSERT
          insert.setNull(index++, Types.NULL);
        } else {
          insert.setObject(index++, value);
        }
      }
    }
  }
}
