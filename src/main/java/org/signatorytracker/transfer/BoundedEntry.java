package org.signatorytracker.transfer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.signatorytracker.common.TooLargeException;

/**
 * Reads one entry of an uploaded zip and stops it, with a 413, as soon as it has expanded beyond
 * what a data package holds: more than the largest entry accepted, or (past a first megabyte) more
 * than a hundred times its compressed size, which CSV never is and a zip bomb always is.
 */
final class BoundedEntry extends FilterInputStream {

  static final long RATIO = 100;
  private static final long RATIO_FROM = 1 << 20;

  private final String name;
  private final long limit;
  private final long compressed;
  private long read;

  BoundedEntry(InputStream in, String name, long limit, long compressed) {
    super(in);
    this.name = name;
    this.limit = limit;
    this.compressed = compressed;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(long n) {
    read += n;
    if (read > limit) {
      throw new TooLargeException(
          name
              + " expands to more than "
              + limit
              + " bytes, the most one file of a package may hold"
              + " (tracker.import.max-expanded-size).");
    }
    if (compressed > 0 && read > RATIO_FROM && read > RATIO * compressed) {
      throw new TooLargeException(
          name
              + " expands to more than "
              + RATIO
              + " times its compressed size ("
              + compressed
              + " bytes): a zip bomb, not a table.");
    }
  }
}
