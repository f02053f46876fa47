package org.signatorytracker.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.signatorytracker.transfer.Recognition;

/**
 * A pasted text cut into pieces for the page to mark: plain text, and the words that named a state
 * (with its code), that name more than one state, or that the recognizer could not place, each
 * where the recognition found them.
 */
public record MarkedText(List<Piece> pieces) {

  public enum Kind {
    PLAIN,
    FOUND,
    STANDING,
    AMBIGUOUS,
    UNPLACED
  }

  /** A piece of the text; {@code iso3} for a state's name, else null. */
  public record Piece(String text, Kind kind, String iso3) {

    public boolean isPlain() {
      return kind == Kind.PLAIN;
    }

    /** The class the page marks it with. */
    public String css() {
      return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private record Span(int start, int end, Kind kind, String iso3) {}

  public static MarkedText of(String text, Recognition read) {
    List<Span> spans = new ArrayList<>();
    read.found()
        .forEach(
            f ->
                spans.add(
                    new Span(
                        f.start(),
                        f.end(),
                        f.standing() == null ? Kind.FOUND : Kind.STANDING,
                        f.iso3())));
    read.ambiguous().forEach(a -> spans.add(new Span(a.start(), a.end(), Kind.AMBIGUOUS, null)));
    read.unplaced().forEach(u -> spans.add(new Span(u.start(), u.end(), Kind.UNPLACED, null)));
    spans.sort(Comparator.comparingInt(Span::start));
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (Span span : spans) {
      if (span.start() < at || span.end() > text.length()) {
        continue; // overlapping what is marked already: the first mark stands
      }
      if (span.start() > at) {
        pieces.add(new Piece(text.substring(at, span.start()), Kind.PLAIN, null));
      }
      pieces.add(new Piece(text.substring(span.start(), span.end()), span.kind(), span.iso3()));
      at = span.end();
    }
    if (at < text.length()) {
      pieces.add(new Piece(text.substring(at), Kind.PLAIN, null));
    }
    return new MarkedText(pieces);
  }
}
