package org.signatorytracker.transfer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a table whose header or a row is longer than any real one, before the parser holds it in
 * memory: a 450 MB cell or a header of a million columns is refused (422), not read. Rows are told
 * apart as the parser does: a line break ends a row unless it is inside quotes.
 */
final class BoundedRecords extends FilterReader {

  /** Longest header row, in characters: some hundred columns of long names. */
  static final int MAX_HEADER = 1 << 16;

  /** Longest row, in characters: every cell at its longest, twenty sources in each source cell. */
  static final int MAX_ROW = 1 << 18;

  private boolean quoted;
  private boolean header = true;
  private long inRow;
  private long line = 1;

  BoundedRecords(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      count(buffer[offset + i]);
    }
    return n;
  }

  private void count(char c) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (inRow > 0) {
        header = false;
      }
      inRow = 0;
      if (c == '\n') {
        line++;
      }
      return;
    }
    if (++inRow > (header ? MAX_HEADER : MAX_ROW)) {
      throw new CsvInput.UnreadableException(
          line,
          header
              ? "the header row is longer than " + MAX_HEADER + " characters: is it a header?"
              : "the row is longer than "
                  + MAX_ROW
                  + " characters, longer than all its cells may be together (or a quoted cell is"
                  + " never closed)");
    }
  }
}
