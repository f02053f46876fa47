package org.signatorytracker.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of what a record or claim says (not when or by whom it was recorded), so that a
 * repeated import recognises one it already holds without comparing every field.
 */
public final class Fingerprint {

  private final StringBuilder text = new StringBuilder();

  public Fingerprint add(String... values) {
    for (String value : values) {
      // unit separator between fields; a null is not the same as an empty string
      text.append(value == null ? "\u0000" : value).append('\u001f');
    }
    return this;
  }

  /**
   * The sources, in order; a kind is added only when not OTHER and a chain only when there is one,
   * so older fingerprints hold.
   */
  public Fingerprint addSources(List<CitedSource> sources) {
    for (CitedSource source : sources) {
      PartialDate published = source.published();
      add(
          "source",
          source.url,
          source.title,
          source.publisher,
          published == null ? null : published.toString());
      if (source.kind != SourceKind.OTHER) {
        add(source.kind.name());
      }
      if (source.via != null) {
        add("via", source.via);
      }
    }
    return this;
  }

  public String sha256() {
    return sha256(text.toString());
  }

  /** The SHA-256 of a text's UTF-8 bytes, in hexadecimal. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
