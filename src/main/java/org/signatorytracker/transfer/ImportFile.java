package org.signatorytracker.transfer;

import java.io.IOException;
import java.io.InputStream;

/** A table an import reads: the name its problems are reported under, and its bytes. */
public record ImportFile(String name, Opener opener) {

  public interface Opener {
    InputStream open() throws IOException;
  }

  InputStream open() throws IOException {
    return opener.open();
  }
}
