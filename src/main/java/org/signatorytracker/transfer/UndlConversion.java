package org.signatorytracker.transfer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.signatorytracker.common.CsvOutput;
import org.signatorytracker.statements.StatementRequest;
import org.signatorytracker.states.StateView;

/**
 * The UN Digital Library's General Assembly voting data (version 3: one row per Member State and
 * adopted resolution, 20 columns) turned into the import's own tables: a statement of kind VOTE per
 * resolution not yet stored (its key from the symbol, {@code A/RES/74/10} is {@code a-res-74-10};
 * its symbol, title, session, date and record kept, adopted on its date) and a position per row, in
 * the file's order, so that a position's problem is reported on the file's own line. Problems of
 * the file itself (an unknown column, a vote code, a state no name matches, a resolution whose rows
 * disagree) are found here, by line and column.
 */
final class UndlConversion {

  static final String FILE = "undl.csv";
  static final String FORUM = "United Nations General Assembly";

  /** The columns of version 3, in its order; the first nine are required. */
  static final List<String> COLUMNS =
      List.of(
          "undl_id",
          "ms_code",
          "ms_name",
          "ms_vote",
          "date",
          "session",
          "resolution",
          "title",
          "undl_link",
          "draft",
          "committee_report",
          "meeting",
          "agenda_title",
          "subjects",
          "vote_note",
          "total_yes",
          "total_no",
          "total_abstentions",
          "total_non_voting",
          "total_ms");

  static final int REQUIRED = 9;

  private static final Pattern KEY = Pattern.compile(StatementRequest.KEY_PATTERN);
  private static final Pattern NOT_IN_KEYS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern AT_THE_ENDS = Pattern.compile("^-+|-+$");

  private static final List<String> STATEMENT_HEADER =
      List.of(
          "key",
          "title",
          "kind",
          "forum",
          "session",
          "date",
          "outcome",
          "summary",
          "source_url",
          "source_title",
          "source_kind");

  private static final List<String> POSITION_HEADER =
      List.of(
          "statement",
          "state",
          "action",
          "date",
          "confidence",
          "source_url",
          "source_title",
          "source_kind",
          "note");

  /** What the conversion wrote, and the file's line of each position row. */
  record Converted(
      Path statements,
      Path positions,
      int[] lineOfStatement,
      int[] lineOfRow,
      int rows,
      int resolutions,
      int seatsOfFormerStates,
      List<ImportReport.ImportError> errors) {}

  /** A resolution as its first row gives it, to check its other rows against. */
  private record Resolution(int line, String date, String title, String undlId) {}

  private UndlConversion() {}

  /**
   * Converts the file.
   *
   * @param stateOf the state a code or a name names, or null
   * @param stored whether a statement with this key is stored already (it is then left as it is:
   *     the tags and notes researchers gave it stay)
   */
  static Converted convert(
      InputStream in, Function<String, StateView> stateOf, Predicate<String> stored, Path dir)
      throws IOException {
    Path statements = Files.createTempFile(dir, "undl-statements-", ".csv");
    Path positions = Files.createTempFile(dir, "undl-positions-", ".csv");
    List<ImportReport.ImportError> errors = new ArrayList<>();
    Map<String, Resolution> resolutions = new HashMap<>();
    int[] lines = new int[1 << 16];
    int rows = 0;
    List<Integer> statementLines = new ArrayList<>();
    int emptySeats = 0;
    // a resolution's symbol and a state's code or name recur on thousands of rows: each read once
    Map<String, String> keys = new HashMap<>();
    Map<String, LocalDate> days = new HashMap<>();
    Map<String, Optional<StateView>> named = new HashMap<>();
    Function<String, StateView> stateNamed =
        text ->
            named.computeIfAbsent(text, t -> Optional.ofNullable(stateOf.apply(t))).orElse(null);
    try (CsvInput csv = CsvInput.open(in);
        OutputStream s = new BufferedOutputStream(Files.newOutputStream(statements), 1 << 16);
        OutputStream p = new BufferedOutputStream(Files.newOutputStream(positions), 1 << 16)) {
      if (!header(csv, errors)) {
        return new Converted(statements, positions, new int[0], new int[0], 0, 0, 0, errors);
      }
      CsvOutput statementRows = new CsvOutput(s, STATEMENT_HEADER);
      CsvOutput positionRows = new CsvOutput(p, POSITION_HEADER);
      for (CsvInput.Row row : csv) {
        int line = (int) row.line();
        String symbol = required(row, "resolution", errors);
        String day = required(row, "date", errors);
        String undlId = required(row, "undl_id", errors);
        String link = required(row, "undl_link", errors);
        String title = required(row, "title", errors);
        String key = symbol == null ? null : keys.computeIfAbsent(symbol, UndlConversion::keyOf);
        if (key != null && !KEY.matcher(key).matches()) {
          errors.add(error(line, "resolution", symbol, "makes the key '" + key + "', not a key"));
          key = null;
        }
        LocalDate voted = null;
        if (day != null) {
          voted = days.computeIfAbsent(day, UndlConversion::dayOrNull);
          if (voted == null) {
            errors.add(error(line, "date", day, "is not a day (YYYY-MM-DD)"));
            day = null;
          }
        }
        String action = action(row.get("ms_vote"));
        if (action == null) {
          errors.add(
              error(
                  line,
                  "ms_vote",
                  row.get("ms_vote"),
                  "is not a vote: Y (yes), N (no), A (abstention), X or NV (non-voting)"));
        }
        StateView state = state(row, stateNamed, errors);
        if (key == null || day == null || title == null || undlId == null) {
          continue;
        }
        Resolution first = resolutions.get(key);
        if (first == null) {
          resolutions.put(key, new Resolution(line, day, title, undlId));
          if (!stored.test(key)) {
            statementLines.add(line);
            statementRows.row(
                List.of(
                    key,
                    title.length() > 500 ? title.substring(0, 499) + "…" : title,
                    "VOTE",
                    FORUM,
                    nonNull(row.get("session")),
                    day,
                    "ADOPTED " + day,
                    summary(row, symbol),
                    nonNull(link),
                    "UN Digital Library voting record " + undlId,
                    "OFFICIAL"));
          }
        } else if (!first.date().equals(day) || !first.undlId().equals(undlId)) {
          errors.add(
              error(
                  line,
                  first.date().equals(day) ? "undl_id" : "date",
                  first.date().equals(day) ? undlId : day,
                  "differs from line " + first.line() + " of the same resolution " + symbol));
          continue;
        }
        if (state == null || action == null) {
          continue;
        }
        if (action.equals("NOT_VOTING") && !state.existedBetween(voted, voted)) {
          // the UN counted a seat the state no longer filled (the SFRY's until 2000): no position
          emptySeats++;
          continue;
        }
        if (rows == lines.length) {
          lines = Arrays.copyOf(lines, rows * 2);
        }
        lines[rows++] = line;
        positionRows.row(
            List.of(
                key,
                state.iso3(),
                action,
                day,
                "CONFIRMED",
                nonNull(link),
                "UN Digital Library voting record " + undlId,
                "OFFICIAL",
                ""));
      }
      statementRows.flush();
      positionRows.flush();
    } catch (CsvInput.UnreadableException e) {
      errors.add(error(e.line(), "", null, e.getMessage()));
    }
    return new Converted(
        statements,
        positions,
        statementLines.stream().mapToInt(Integer::intValue).toArray(),
        Arrays.copyOf(lines, rows),
        rows,
        resolutions.size(),
        emptySeats,
        errors);
  }

  private static LocalDate dayOrNull(String day) {
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * {@code A/RES/74/10} → {@code a-res-74-10}: lower case, slashes and spaces as hyphens, and so
   * every other run of signs that a key cannot hold, such as the brackets of the early sessions'
   * symbols ({@code A/RES/217(III)} → {@code a-res-217-iii}); none at either end.
   */
  static String keyOf(String symbol) {
    String key = NOT_IN_KEYS.matcher(symbol.toLowerCase(Locale.ROOT)).replaceAll("-");
    return AT_THE_ENDS.matcher(key).replaceAll("");
  }

  /** Y, N, A; X (version 3), NV (version 1) and an empty cell (the library's own records). */
  static String action(String vote) {
    String v = vote == null ? "" : vote.strip().toUpperCase(Locale.ROOT);
    return switch (v) {
      case "Y" -> "YES";
      case "N" -> "NO";
      case "A" -> "ABSTAIN";
      case "X", "NV", "" -> "NOT_VOTING";
      default -> null;
    };
  }

  private static boolean header(CsvInput csv, List<ImportReport.ImportError> errors) {
    Set<String> known = Set.copyOf(COLUMNS);
    for (String column : csv.columns()) {
      if (!known.contains(column)) {
        errors.add(
            error(
                1,
                column,
                null,
                "is not a column of the UN Digital Library's voting data (version 3): "
                    + String.join(", ", COLUMNS)));
      }
    }
    for (String column : COLUMNS.subList(0, REQUIRED)) {
      if (!csv.has(column)) {
        errors.add(error(1, column, null, "is missing: the file must have the column " + column));
      }
    }
    return errors.isEmpty();
  }

  private static StateView state(
      CsvInput.Row row,
      Function<String, StateView> stateOf,
      List<ImportReport.ImportError> errors) {
    String code = row.get("ms_code");
    String name = row.get("ms_name");
    StateView state = code == null ? null : stateOf.apply(code);
    if (state == null && name != null) {
      state = stateOf.apply(name);
    }
    if (state == null) {
      errors.add(
          error(
              (int) row.line(),
              "ms_code",
              code,
              "no state of the reference table has this code"
                  + (name == null ? "" : " or the name '" + name + "'")));
    }
    return state;
  }

  private static String required(
      CsvInput.Row row, String column, List<ImportReport.ImportError> errors) {
    String value = row.get(column);
    if (value == null) {
      errors.add(error(row.line(), column, null, "is required"));
    }
    return value;
  }

  /** The symbol and what else identifies the resolution, kept with the statement. */
  private static String summary(CsvInput.Row row, String symbol) {
    StringBuilder out = new StringBuilder(symbol);
    append(out, "draft", row.get("draft"));
    append(out, "committee report", row.get("committee_report"));
    append(out, "meeting", row.get("meeting"));
    append(out, "agenda item", row.get("agenda_title"));
    append(out, "subjects", row.get("subjects"));
    String summary = out.toString();
    return summary.length() > 4000 ? summary.substring(0, 4000) : summary;
  }

  private static void append(StringBuilder out, String label, String value) {
    if (value != null) {
      out.append("; ").append(label).append(' ').append(value);
    }
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  private static ImportReport.ImportError error(
      long line, String column, String value, String message) {
    return new ImportReport.ImportError(FILE, line, column, value, message);
  }
}
