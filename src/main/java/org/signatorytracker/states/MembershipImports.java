package org.signatorytracker.states;

import static org.signatorytracker.common.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.InvalidValueException;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.states.GroupRequests.Member;
import org.signatorytracker.states.GroupViews.MembershipRow;

/**
 * Memberships of groups replaced from a table: a {@code memberships.csv} upload or a data package's
 * lines, all or nothing, every problem named by line and column.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MembershipImports {

  @Inject GroupService groups;

  /**
   * Replaces the memberships of every group a {@code memberships.csv} file names (cells separated
   * by {@code delimiter}), in one transaction: a file with any problem changes nothing.
   *
   * @return the number of periods now recorded for each group in the file
   */
  @Transactional
  public Map<String, Integer> importMemberships(Reader csv, char delimiter) throws IOException {
    List<MembershipLine> lines = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(csv)) {
      Set<String> missing = new TreeSet<>(MembershipRow.HEADER);
      missing.removeAll(parser.getHeaderNames());
      if (!missing.isEmpty()) {
        throw new InvalidInputException(
            new FieldError(
                "line 1",
                "lacks the columns " + String.join(", ", missing) + " of memberships.csv"));
      }
      for (CSVRecord row : parser) {
        long line = row.getRecordNumber() + 1;
        PartialDate start = date(row.get("start"), "line " + line + ": start", errors);
        PartialDate end = date(row.get("end"), "line " + line + ": end", errors);
        if (start == null && blankToNull(row.get("start")) == null) {
          errors.add(new FieldError("line " + line + ": start", "is required"));
        }
        lines.add(
            new MembershipLine(
                line,
                row.get("group"),
                new Member(row.get("iso3"), start, end, row.get("source_url"), row.get("note"))));
      }
    } catch (IllegalStateException | UncheckedIOException e) {
      throw new InvalidInputException(
          new FieldError("file", "is not a readable CSV file: " + e.getMessage()));
    }
    return importLines(lines, errors);
  }

  /** One row of a memberships table: its line in the file, its group and the period. */
  public record MembershipLine(long line, String group, Member member) {}

  /**
   * Replaces the memberships of every group the lines name, all or nothing.
   *
   * @param errors problems already found in the lines (each field {@code line N: column})
   * @throws InvalidInputException naming every problem by line and column
   */
  @Transactional
  public Map<String, Integer> importLines(List<MembershipLine> lines, List<FieldError> errors) {
    List<FieldError> problems = new ArrayList<>(errors);
    Map<String, List<MembershipLine>> byGroup = new LinkedHashMap<>();
    for (MembershipLine line : lines) {
      byGroup
          .computeIfAbsent(StateGroup.canonicalKey(line.group()), g -> new ArrayList<>())
          .add(line);
    }
    Map<StateGroup, List<GroupMembership>> replacements = new LinkedHashMap<>();
    for (Map.Entry<String, List<MembershipLine>> entry : byGroup.entrySet()) {
      List<MembershipLine> groupLines = entry.getValue();
      Optional<StateGroup> group = StateGroup.lockedByKey(entry.getKey());
      if (group.isEmpty()) {
        problems.add(
            new FieldError(
                "line " + groupLines.get(0).line() + ": group",
                "unknown group; create it first with POST /api/groups",
                entry.getKey()));
        continue;
      }
      List<FieldError> found = new ArrayList<>();
      replacements.put(
          group.get(),
          groups.periods(
              group.get(), groupLines.stream().map(MembershipLine::member).toList(), found));
      for (FieldError error : found) {
        int index = Integer.parseInt(error.field().replaceAll("^\\[(\\d+)].*", "$1"));
        String column = error.field().replaceAll("^\\[\\d+]\\.?", "");
        problems.add(
            new FieldError(
                "line "
                    + groupLines.get(index).line()
                    + ": "
                    + switch (column) {
                      case "state" -> "iso3";
                      case "source" -> "source_url";
                      default -> column;
                    },
                error.message(),
                error.value(),
                error.suggestions()));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(e -> lineNumber(e.field())));
      throw new InvalidInputException(problems);
    }
    Map<String, Integer> imported = new LinkedHashMap<>();
    replacements.forEach(
        (group, periods) -> imported.put(group.groupKey, groups.replace(group, periods).periods()));
    return imported;
  }

  /** The line a problem of {@link #importLines} names in its field ({@code line N: column}). */
  public static long lineNumber(String field) {
    return Long.parseLong(field.replaceAll("^line (\\d+).*", "$1"));
  }

  private static PartialDate date(String text, String field, List<FieldError> errors) {
    if (blankToNull(text) == null) {
      return null;
    }
    try {
      return PartialDate.parse(text.strip());
    } catch (InvalidValueException e) {
      errors.add(new FieldError(field, e.getMessage(), text));
      return null;
    }
  }
}
