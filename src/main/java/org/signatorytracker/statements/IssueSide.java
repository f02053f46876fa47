package org.signatorytracker.statements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One issue a statement stands in, with its side there: a letter's or joint statement's {@code
 * side}, or a vote's options mapped to sides ({@code voteSides}). Also the written form of a
 * statement's issues in CSV ({@link #format}, {@link #parse}).
 */
@Schema(
    description = "An issue the statement stands in and its side there",
    examples = "{\"issue\": \"xinjiang\", \"side\": \"critical\"}")
public record IssueSide(
    @Schema(description = "Topic key", examples = "xinjiang")
        @NotBlank
        @Size(max = 80)
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9-]*",
            message = "must be letters, digits or hyphens, such as 'xinjiang' (kept in lowercase)")
        String issue,
    @Schema(
            description = "A letter's or joint statement's side in this issue",
            examples = "critical")
        @Size(max = 80)
        String side,
    @Schema(
            description = "A vote's options mapped to sides of this issue (YES and NO only)",
            examples = "{\"YES\": \"critical\", \"NO\": \"supportive\"}")
        @Size(max = 2)
        Map<@NotBlank String, @NotBlank @Size(max = 80) String> voteSides) {

  /** The same, with its issue's key in canonical form and an empty mapping as none. */
  public IssueSide {
    issue = Statement.canonicalKey(issue);
    side = side == null || side.isBlank() ? null : side.strip();
    voteSides =
        voteSides == null || voteSides.isEmpty()
            ? null
            : Collections.unmodifiableMap(new LinkedHashMap<>(voteSides));
  }

  /** The vote's mapping, YES first, or an empty one. */
  public Map<String, String> optionSides() {
    return VoteSides.parse(VoteSides.format(voteSides));
  }

  /**
   * The CSV form of a statement's issues: {@code xinjiang=critical;hong-kong=critical}, for a vote
   * {@code xinjiang=YES:critical,NO:supportive}; an issue with no side is its key alone.
   */
  public static String format(List<IssueSide> issues) {
    if (issues == null || issues.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (IssueSide i : issues) {
      String sides =
          i.voteSides() != null
              ? String.join(
                  ",",
                  i.optionSides().entrySet().stream()
                      .map(e -> e.getKey() + ":" + e.getValue())
                      .toList())
              : i.side();
      parts.add(sides == null ? i.issue() : i.issue() + "=" + sides);
    }
    return String.join(";", parts);
  }

  /**
   * A statement's issues as {@link #format} writes them; empty for blank text.
   *
   * @throws IllegalArgumentException saying what is not understood
   */
  public static List<IssueSide> parse(String text) {
    List<IssueSide> issues = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return issues;
    }
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      String issue = (eq < 0 ? part : part.substring(0, eq)).strip();
      if (issue.isEmpty()) {
        throw new IllegalArgumentException("'" + part.strip() + "' names no issue");
      }
      String sides = eq < 0 ? "" : part.substring(eq + 1).strip();
      if (!sides.contains(":")) {
        issues.add(new IssueSide(issue, sides, null));
        continue;
      }
      Map<String, String> options = new LinkedHashMap<>();
      for (String pair : sides.split(",")) {
        int colon = pair.indexOf(':');
        if (colon < 0) {
          throw new IllegalArgumentException(
              "'" + pair.strip() + "' is not OPTION:side, such as YES:critical");
        }
        options.put(
            pair.substring(0, colon).strip().toUpperCase(Locale.ROOT),
            pair.substring(colon + 1).strip());
      }
      issues.add(new IssueSide(issue, null, options));
    }
    return issues;
  }
}
