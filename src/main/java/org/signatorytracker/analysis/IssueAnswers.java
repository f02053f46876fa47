package org.signatorytracker.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.CsvTable;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.ReportBasis;
import org.signatorytracker.reports.ReportTags;
import org.signatorytracker.statements.StatementKind;

/**
 * The shapes the issue analyses answer with. Each says what it was asked and how far its data runs
 * ({@link ReportBasis}, unwrapped into the answer), and is also a table for {@code text/csv}.
 */
public final class IssueAnswers {

  private IssueAnswers() {}

  /** An occasion: the statements of an issue delivered together (the same session). */
  public record OccasionView(String key, String label, LocalDate date, List<String> statements) {}

  /** A statement of an issue, with how many stand on it as of the answer's date. */
  public record IssueStatement(
      String key,
      String title,
      StatementKind kind,
      UncertainDate date,
      @Schema(nullable = true) String session,
      String occasion,
      @Schema(nullable = true) String side,
      @Schema(nullable = true) Map<String, String> voteSides,
      @Schema(nullable = true) Integer count,
      @Schema(nullable = true) Map<PositionAction, Long> votes) {}

  /** An issue with its statements by side, its votes, and its occasions. */
  public record IssueDetail(
      String key,
      String title,
      String description,
      List<String> sides,
      boolean declared,
      @JsonUnwrapped ReportBasis basis,
      Map<String, List<IssueStatement>> statementsBySide,
      List<IssueStatement> votes,
      List<IssueStatement> unsided,
      List<OccasionView> occasions)
      implements ReportTags.Tagged {}

  /** How many of a group's members hold a stance: {@code share} is count over members. */
  public record GroupShare(int members, int count, @Schema(nullable = true) Double share) {}

  /** How many states stand on each side of an issue as of a date. */
  public record Balance(
      String issue,
      @JsonUnwrapped ReportBasis basis,
      @Schema(nullable = true) LocalDate since,
      String by,
      Map<String, StanceCount> sides,
      StanceCount abstain,
      StanceCount both)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return issue + "-balance";
    }

    @Override
    public List<String> csvHeader() {
      return header(
          List.of(
              "since",
              "by",
              "stance",
              "group",
              "members",
              "count",
              "share",
              "statements",
              "without_list",
              "partial"));
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      Map<String, StanceCount> all = new LinkedHashMap<>(sides);
      all.put(SideRule.ABSTAIN, abstain);
      all.put(SideRule.BOTH, both);
      all.forEach(
          (stance, count) -> {
            rows.add(
                stanceRow(
                    stance,
                    null,
                    null,
                    count.count(),
                    null,
                    count.statements(),
                    count.withoutList(),
                    count.partial()));
            count
                .byGroup()
                .forEach(
                    (group, share) ->
                        rows.add(
                            stanceRow(
                                stance,
                                group,
                                share.members(),
                                share.count(),
                                share.share(),
                                null,
                                null,
                                null)));
          });
      return rows;
    }

    /** One row of a stance, in all (no group) or in one group. */
    private List<Object> stanceRow(
        String stance,
        String group,
        Integer members,
        int count,
        Double share,
        Integer statements,
        Integer withoutList,
        Integer partial) {
      return row(
          issue,
          basis,
          since,
          by,
          stance,
          group,
          members,
          count,
          share,
          statements,
          withoutList,
          partial);
    }
  }

  /** The sides on a date on which some state's side changed. */
  public record BalanceChange(
      LocalDate date, Map<String, Integer> sides, int abstain, int both, boolean approximate) {}

  /** Every date on which some state's side on the issue changed, with the totals from then. */
  public record IssueTimeline(
      String issue,
      @JsonUnwrapped ReportBasis basis,
      @Schema(nullable = true) LocalDate since,
      List<BalanceChange> entries)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return issue + "-timeline";
    }

    @Override
    public List<String> csvHeader() {
      return header(List.of("since", "date", "stance", "count", "approximate"));
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      for (BalanceChange e : entries) {
        e.sides()
            .forEach(
                (side, n) ->
                    rows.add(row(issue, basis, since, e.date(), side, n, e.approximate())));
        rows.add(
            row(issue, basis, since, e.date(), SideRule.ABSTAIN, e.abstain(), e.approximate()));
        rows.add(row(issue, basis, since, e.date(), SideRule.BOTH, e.both(), e.approximate()));
      }
      return rows;
    }
  }

  /** A state whose side differs between two dates, what changed, and the records that decide it. */
  public record Switcher(
      String iso3,
      String name,
      SwitchKind change,
      @Schema(nullable = true) String fromSide,
      String toSide,
      List<Long> records) {}

  /** The states whose side on the issue differs between {@code from} and {@code to}. */
  public record Switchers(
      String issue, LocalDate from, @JsonUnwrapped ReportBasis basis, List<Switcher> switchers)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return issue + "-switchers";
    }

    /** The states that went from one side to another. */
    @JsonIgnore
    public List<Switcher> switched() {
      return switchers.stream().filter(s -> s.change() == SwitchKind.SWITCHED).toList();
    }

    /** The states that took a side for the first time or lost one. */
    @JsonIgnore
    public List<Switcher> joinedOrLeft() {
      return switchers.stream().filter(s -> s.change() != SwitchKind.SWITCHED).toList();
    }

    @Override
    public List<String> csvHeader() {
      return header(List.of("from", "iso3", "name", "change", "from_side", "to_side", "records"));
    }

    @Override
    public List<List<Object>> csvRows() {
      return switchers.stream()
          .map(
              s ->
                  row(
                      issue,
                      basis,
                      from,
                      s.iso3(),
                      s.name(),
                      s.change(),
                      s.fromSide(),
                      s.toSide(),
                      String.join(";", s.records().stream().map(String::valueOf).toList())))
          .toList();
    }
  }

  /** A state's stance on each occasion (aligned with the answer's occasions) and its side. */
  public record StateStances(
      String iso3,
      String name,
      String regionalGroup,
      @Schema(nullable = true) String side,
      @Schema(extensions = @Extension(name = ListAnswers.NULLABLE_ITEMS, value = "true"))
          List<String> stances) {}

  /** The state × occasion table of stances. */
  public record StanceTable(
      String issue,
      @JsonUnwrapped ReportBasis basis,
      @Schema(nullable = true) LocalDate since,
      List<OccasionView> occasions,
      List<StateStances> states)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return issue + "-stances";
    }

    /** Wide: one row per state, one column per occasion (its key). */
    @Override
    public List<String> csvHeader() {
      List<String> header = new ArrayList<>(List.of("iso3", "name", "regional_group", "side"));
      occasions.forEach(o -> header.add(o.key()));
      return header;
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      for (StateStances s : states) {
        List<Object> row = new ArrayList<>(List.of(s.iso3(), s.name()));
        row.add(s.regionalGroup());
        row.add(s.side());
        row.addAll(s.stances());
        rows.add(row);
      }
      return rows;
    }
  }

  /** From {@code date}, the state's side on the issue was {@code side} (null: none). */
  public record SideChange(
      LocalDate date, @Schema(nullable = true) String side, List<Long> records) {}

  /** A statement the state stood on: the side that put it on, and what it holds as of the date. */
  public record StoodOn(
      String key,
      String title,
      StatementKind kind,
      UncertainDate date,
      String occasion,
      String side,
      @Schema(nullable = true) PositionAction action) {}

  /** A state's side on one issue as of the date, how it came to be, and what it stood on. */
  public record IssueProfile(
      String issue,
      @Schema(nullable = true) String title,
      @Schema(nullable = true) String side,
      List<SideChange> sides,
      List<StoodOn> statements) {}

  /** A state's side on each issue over time. */
  public record Profile(
      String iso3, String name, @JsonUnwrapped ReportBasis basis, List<IssueProfile> issues)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return iso3 + "-profile";
    }

    /** One row per change of side. */
    @Override
    public List<String> csvHeader() {
      List<String> header = new ArrayList<>(List.of("iso3", "name"));
      header.addAll(ReportBasis.CSV_HEADER);
      header.addAll(List.of("issue", "date", "side", "records"));
      return header;
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      for (IssueProfile p : issues) {
        for (SideChange c : p.sides()) {
          List<Object> row = new ArrayList<>(List.of(iso3, name));
          row.addAll(basis.csvCells());
          row.addAll(
              Arrays.asList(
                  p.issue(),
                  c.date(),
                  c.side(),
                  String.join(";", c.records().stream().map(String::valueOf).toList())));
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /** An issue answer's CSV header: the issue, the basis, then the observation's columns. */
  static List<String> header(List<String> observation) {
    List<String> header = new ArrayList<>(List.of("issue"));
    header.addAll(ReportBasis.CSV_HEADER);
    header.addAll(observation);
    return header;
  }

  /** A row in the order of {@link #header}. */
  static List<Object> row(String issue, ReportBasis basis, Object... cells) {
    List<Object> row = new ArrayList<>();
    row.add(issue);
    row.addAll(basis.csvCells());
    row.addAll(Arrays.asList(cells));
    return row;
  }
}
