package org.signatorytracker.transfer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.states.NameRecognizer;

/**
 * What a pasted text names: the states found (each once, with the words that named it and where
 * they are, and how it stands on the statement today), the names of more than one state, and the
 * list items that name none. Positions are {@code start} (inclusive) and {@code end} (exclusive) in
 * UTF-16 code units of the text, as JavaScript and Java count them.
 */
@Schema(
    description = "The states a text names, the names it leaves open and what it could not place")
public record Recognition(
    List<Found> found,
    List<NameRecognizer.Ambiguous> ambiguous,
    List<NameRecognizer.Unplaced> unplaced) {

  @Schema(description = "A state the text names, first where it names it")
  public record Found(
      @Schema(examples = "BOL") String iso3,
      @Schema(examples = "Bolivia (Plurinational State of)") String name,
      @Schema(description = "The words that named it, as written", examples = "Bolivia")
          String text,
      @Schema(examples = "27") int start,
      @Schema(examples = "34") int end,
      @Schema(
              description =
                  "How the state stands on the statement today (its deciding action, if it holds);"
                      + " null where it does not stand on it: only these are proposed",
              nullable = true,
              examples = "SIGNED")
          PositionAction standing) {}
}
