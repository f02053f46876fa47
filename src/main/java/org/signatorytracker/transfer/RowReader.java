package org.signatorytracker.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.signatorytracker.common.CountBound;
import org.signatorytracker.common.EnumValues;
import org.signatorytracker.common.InvalidValueException;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.SourceKind;
import org.signatorytracker.common.SourceVia;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionRequest;
import org.signatorytracker.positions.PositionRole;
import org.signatorytracker.statements.ClaimRequest;
import org.signatorytracker.statements.DeclaredList;
import org.signatorytracker.statements.IssueSide;
import org.signatorytracker.statements.LifeStage;
import org.signatorytracker.statements.Outcome;
import org.signatorytracker.statements.SideClaimRequest;
import org.signatorytracker.statements.Stage;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.statements.StatementRequest;
import org.signatorytracker.statements.VoteSides;

/**
 * Turns a row into the same request the JSON API takes, noting every cell it cannot read (a bad
 * date, an unknown kind, a count that is not a number). The API's own checks then run on the
 * request, so a file and the API accept exactly the same data.
 */
final class RowReader {

  /** Receives the problems of one cell. */
  interface Problems {
    void cell(String column, String value, String message);
  }

  private final CsvInput.Row row;
  private final Problems problems;

  RowReader(CsvInput.Row row, Problems problems) {
    this.row = row;
    this.problems = problems;
  }

  /** A statement row; a cell that could not be read is null in it, and reported. */
  StatementRequest statement() {
    return new StatementRequest(
        row.get("key"),
        row.get("title"),
        enumValue("kind", StatementKind.class),
        row.get("forum"),
        row.get("session"),
        uncertainDate("date"),
        row.get("issue"),
        row.get("side"),
        voteSides(),
        issues(),
        outcome(),
        list(row.get("lead_states"), ";"),
        integer("reported_count"),
        row.get("addressee"),
        row.get("summary"),
        row.get("quote"),
        declaredList(),
        row.get("notes"),
        sources(),
        // stages.csv holds them: a statement's row keeps those stored
        null);
  }

  /** A statement's declared list, from its list_ columns; null when they are all empty. */
  private DeclaredList declaredList() {
    DeclaredList.Status status = enumValue("list_status", DeclaredList.Status.class);
    Source source =
        new Source(
            row.get("list_source_url"),
            row.get("list_source_title"),
            row.get("list_source_publisher"),
            date("list_source_published"),
            enumValue("list_source_kind", SourceKind.class),
            via("list_source_via", row.get("list_source_via")));
    boolean sourced =
        source.url() != null
            || source.title() != null
            || source.publisher() != null
            || source.published() != null
            || row.get("list_source_kind") != null
            || !source.via().isEmpty();
    String note = row.get("list_note");
    if (status == null) {
      if ((sourced || note != null) && row.get("list_status") == null) {
        problem(
            "list_status",
            null,
            "is needed with a list's source or note: COMPLETE, PARTIAL or NONE");
      }
      return null;
    }
    return new DeclaredList(status, sourced ? source : null, note);
  }

  /** A positions row; a cell that could not be read is null in it, and reported. */
  PositionRequest position() {
    return new PositionRequest(
        row.get("state"),
        enumValue("action", PositionAction.class),
        uncertainDate("date"),
        uncertainDate("reported"),
        enumValue("confidence", Confidence.class),
        enumValue("role", PositionRole.class),
        sources(),
        row.get("note"),
        row.get("quote"));
  }

  /** A side-claims row; a cell that could not be read is null in it, and reported. */
  SideClaimRequest sideClaim() {
    return new SideClaimRequest(
        row.get("side"),
        integer("count"),
        enumValue("bound", CountBound.class),
        integer("count_to"),
        uncertainDate("on"),
        sources(),
        row.get("quote"),
        row.get("note"));
  }

  /** A stages row; a cell that could not be read is null in it, and reported. */
  Stage stage() {
    return new Stage(
        enumValue("stage", LifeStage.class), uncertainDate("date"), sources(), row.get("note"));
  }

  /** A claims row; a cell that could not be read is null in it, and reported. */
  ClaimRequest claim() {
    return new ClaimRequest(
        integer("count"),
        uncertainDate("on"),
        sources(),
        row.get("note"),
        enumValue("bound", CountBound.class),
        integer("count_to"),
        row.get("quote"));
  }

  /**
   * The sources of a row. With one source per row, {@code source_url} may list several URLs
   * separated by spaces, the title (publisher, date) belongs to the first and the kind to each; a
   * cell with line breaks holds one source per line, aligned across the source columns.
   */
  private List<Source> sources() {
    List<String> columns =
        List.of(
            "source_url",
            "source_title",
            "source_publisher",
            "source_published",
            "source_kind",
            "source_via");
    boolean perLine =
        columns.stream().map(row::raw).anyMatch(c -> c != null && c.strip().contains("\n"));
    List<Source> sources = new ArrayList<>();
    if (perLine) {
      List<List<String>> lines = columns.stream().map(c -> lines(row.raw(c))).toList();
      int count = lines.stream().mapToInt(List::size).max().orElse(0);
      for (int i = 0; i < count; i++) {
        Source source =
            new Source(
                at(lines.get(0), i),
                at(lines.get(1), i),
                at(lines.get(2), i),
                date("source_published", at(lines.get(3), i)),
                enumValue("source_kind", at(lines.get(4), i), SourceKind.class),
                via("source_via", at(lines.get(5), i)));
        if (source.url() != null || source.title() != null || source.publisher() != null) {
          sources.add(source);
        }
      }
      return sources;
    }
    List<String> urls = list(row.get("source_url"), "\\s+");
    String title = row.get("source_title");
    String publisher = row.get("source_publisher");
    PartialDate published = date("source_published");
    SourceKind kind = enumValue("source_kind", SourceKind.class);
    List<SourceVia> via = via("source_via", row.get("source_via"));
    if (urls.isEmpty()) {
      if (title != null || publisher != null) {
        sources.add(new Source(null, title, publisher, published, kind, via));
      }
      return sources;
    }
    for (int i = 0; i < urls.size(); i++) {
      sources.add(
          i == 0
              ? new Source(urls.get(i), title, publisher, published, kind, via)
              : new Source(urls.get(i), null, null, null, kind));
    }
    return sources;
  }

  /** A source's chain as written in a cell (a JSON list of links); empty, and reported, if not. */
  private List<SourceVia> via(String column, String value) {
    try {
      return SourceVia.parse(value);
    } catch (InvalidValueException e) {
      problem(column, value, e.getMessage());
      return List.of();
    }
  }

  private static List<String> lines(String cell) {
    if (cell == null) {
      return List.of();
    }
    // not stripped whole: a first source without a title is an empty first line of source_title
    return Arrays.stream(cell.split("\\r?\\n|\\r", -1)).map(String::strip).toList();
  }

  private static String at(List<String> values, int i) {
    return i < values.size() && !values.get(i).isEmpty() ? values.get(i) : null;
  }

  static List<String> list(String cell, String separator) {
    if (cell == null) {
      return List.of();
    }
    return Arrays.stream(cell.split(separator))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private UncertainDate uncertainDate(String column) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    try {
      return UncertainDate.parse(value);
    } catch (PartialDate.InvalidDateException e) {
      problem(column, value, e.getMessage());
      return null;
    }
  }

  private PartialDate date(String column) {
    return date(column, row.get(column));
  }

  private PartialDate date(String column, String value) {
    if (value == null) {
      return null;
    }
    try {
      return PartialDate.parse(value);
    } catch (PartialDate.InvalidDateException e) {
      problem(column, value, e.getMessage());
      return null;
    }
  }

  /** {@code YES=critical;NO=supportive}, as a vote's options mapped to sides. */
  private Map<String, String> voteSides() {
    String value = row.get("vote_sides");
    try {
      Map<String, String> sides = VoteSides.parse(value);
      return sides.isEmpty() ? null : sides;
    } catch (IllegalArgumentException e) {
      problem("vote_sides", value, e.getMessage());
      return null;
    }
  }

  /**
   * {@code xinjiang=critical;hong-kong=critical} (a vote: {@code
   * xinjiang=YES:critical,NO:supportive}), as the issues a statement stands in; null when empty.
   */
  private List<IssueSide> issues() {
    String value = row.get("issues");
    try {
      List<IssueSide> issues = IssueSide.parse(value);
      return issues.isEmpty() ? null : issues;
    } catch (IllegalArgumentException e) {
      problem("issues", value, e.getMessage());
      return null;
    }
  }

  /** {@code REJECTED 2022-10-06}: a vote's result and the day it was announced. */
  private Outcome outcome() {
    String value = row.get("outcome");
    if (value == null) {
      return null;
    }
    String[] parts = value.strip().split("\\s+");
    try {
      if (parts.length != 2) {
        throw new IllegalArgumentException();
      }
      return new Outcome(
          Outcome.Result.valueOf(parts[0].toUpperCase(Locale.ROOT)), LocalDate.parse(parts[1]));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      problem(
          "outcome", value, "must be ADOPTED or REJECTED and a day, such as 'REJECTED 2022-10-06'");
      return null;
    }
  }

  private Integer integer(String column) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      problem(column, value, "must be a whole number");
      return null;
    }
  }

  private <E extends Enum<E>> E enumValue(String column, Class<E> type) {
    return enumValue(column, row.get(column), type);
  }

  private <E extends Enum<E>> E enumValue(String column, String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    try {
      return EnumValues.parse(type, value);
    } catch (InvalidValueException e) {
      problem(column, value, e.getMessage());
      return null;
    }
  }

  private void problem(String column, String value, String message) {
    problems.cell(column, value, message);
  }
}
