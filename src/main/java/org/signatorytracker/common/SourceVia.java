package org.signatorytracker.common;

import static org.signatorytracker.common.Text.blankToNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One link of the chain a source relies on: "Reuters, citing four sources speaking on condition of
 * anonymity" is a PRESS source whose chain is one ANONYMOUS link noted "three diplomats and a
 * rights expert". Stored, and written in CSV ({@code source_via}), as a JSON list of links.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceVia(
    @Schema(
            description = "OFFICIAL, PRESS, ANONYMOUS or OTHER (the default)",
            examples = "ANONYMOUS")
        SourceKind kind,
    @Schema(description = "Who or what the source relies on, when named", examples = "Reuters")
        @Size(max = 500)
        String title,
    @Schema(
            description = "What the source says of it",
            examples = "three diplomats and a rights expert, speaking on condition of anonymity")
        @Size(max = 1000)
        String note) {

  /** At most this many links per source. */
  public static final int MAX_LINKS = 10;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final TypeReference<List<SourceVia>> LIST = new TypeReference<>() {};

  /** A link without a kind is OTHER; blank text is none. */
  public SourceVia {
    kind = kind == null ? SourceKind.OTHER : kind;
    title = blankToNull(title);
    note = blankToNull(note);
  }

  /** Whether the link says anything: a kind other than OTHER, a title or a note. */
  boolean saysSomething() {
    return kind != SourceKind.OTHER || title != null || note != null;
  }

  /** A chain as stored and written in CSV: a JSON list, or null for none. */
  public static String write(List<SourceVia> via) {
    if (via == null || via.isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(via);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a chain of sources is always written", e);
    }
  }

  /** A chain as stored; empty for none. */
  public static List<SourceVia> read(String stored) {
    return stored == null ? List.of() : parse(stored);
  }

  /**
   * A chain as typed in CSV: a JSON list of {@code {"kind", "title", "note"}}; empty for a blank
   * cell.
   *
   * @throws InvalidValueException when the text is not such a list
   */
  public static List<SourceVia> parse(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<SourceVia> via;
    try {
      via = JSON.readValue(text, LIST);
    } catch (JsonProcessingException e) {
      throw new InvalidValueException(
          "must be a JSON list of links like [{\"kind\": \"ANONYMOUS\", \"note\": \"three"
              + " diplomats\"}], each with a kind (OFFICIAL, PRESS, ANONYMOUS or OTHER), a title"
              + " or a note",
          text);
    }
    if (via == null || via.contains(null)) {
      throw new InvalidValueException("must be a list of links, none of them null", text);
    }
    List<String> problems = problems(via);
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems.get(0), text);
    }
    return List.copyOf(via);
  }

  /**
   * What is wrong with a chain that its fields' constraints cannot say, each problem naming the
   * link (empty when nothing is): every link must say something.
   */
  public static List<String> problems(List<SourceVia> via) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; via != null && i < via.size(); i++) {
      if (via.get(i) == null || !via.get(i).saysSomething()) {
        problems.add("link " + i + " needs a kind other than OTHER, a title or a note");
      }
    }
    return problems;
  }
}
