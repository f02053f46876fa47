package org.signatorytracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.CountReport;
import org.signatorytracker.reports.Reports.GroupCounts;
import org.signatorytracker.statements.StatementView;

/** The rows of a count by group as a page shows them, each group by its readable name. */
final class GroupRows {

  private GroupRows() {}

  /** One group's counts per action, and its members when it is a group with dated membership. */
  public record GroupRow(
      String group, String label, Map<PositionAction, Long> counts, Integer members) {

    public long of(PositionAction action) {
      return counts.getOrDefault(action, 0L);
    }

    /** The action's share of the votes the row counts, in percent with one decimal, for a bar. */
    public String percent(PositionAction action) {
      long total = counts.values().stream().mapToLong(Long::longValue).sum();
      return total == 0 ? "0" : String.format(Locale.ROOT, "%.1f", 100.0 * of(action) / total);
    }
  }

  @SuppressWarnings("unchecked")
  static List<GroupRow> of(CountReport count, Map<String, String> groupNames) {
    List<GroupRow> rows = new ArrayList<>();
    if (count.byGroup() != null) {
      count
          .byGroup()
          .forEach(
              (group, cell) ->
                  rows.add(
                      cell instanceof GroupCounts g
                          ? new GroupRow(
                              group,
                              Labels.group(group, count.by(), groupNames),
                              g.counts(),
                              g.members())
                          : new GroupRow(
                              group,
                              Labels.group(group, count.by(), groupNames),
                              (Map<PositionAction, Long>) cell,
                              null)));
    }
    return rows;
  }

  /** A vote's result bars: all states, then each group; none for a letter or an empty vote. */
  static List<GroupRow> results(
      StatementView view, CountReport count, Map<String, String> groupNames) {
    if (!view.kind().isVote() || count.counts() == null) {
      return List.of();
    }
    List<GroupRow> rows = new ArrayList<>();
    rows.add(new GroupRow("all", "All states", count.counts(), null));
    rows.addAll(of(count, groupNames));
    return rows;
  }
}
