package org.signatorytracker.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.signatorytracker.positions.PositionAction;

/**
 * States that stand on two different sides of one occasion (a stance of {@value SideRule#BOTH}), by
 * the side rule: often an error of entry, sometimes a state that really signed both letters.
 */
final class BothSides {

  private BothSides() {}

  /**
   * A state on both sides of an occasion: the statements it stands on there with a side, their
   * deciding records, and the sides, each with its statement ("critical (key), supportive (key)").
   */
  record Found(
      String iso3, String occasion, List<String> statements, List<Long> records, String sides) {}

  /** Every state on both sides of an occasion of the issue, as of the day. */
  static List<Found> in(IssueAnalysis.Loaded loaded, LocalDate day) {
    SideRule rule = loaded.rule();
    IssueAnalysis.Holdings holdings = IssueAnalysis.holdings(loaded, day);
    List<Found> found = new ArrayList<>();
    for (Map.Entry<String, PositionAction[]> state : holdings.actions().entrySet()) {
      PositionAction[] actions = state.getValue();
      for (int o = 0; o < rule.occasions().size(); o++) {
        if (!SideRule.BOTH.equals(rule.stance(o, actions))) {
          continue;
        }
        List<String> keys = new ArrayList<>();
        List<Long> records = new ArrayList<>();
        List<String> sides = new ArrayList<>();
        for (int i : rule.occasions().get(o).members()) {
          SideRule.Member member = rule.statements().get(i);
          String side = member.sideOf(actions[i]);
          if (side != null) {
            keys.add(member.key());
            records.add(holdings.records().get(state.getKey())[i]);
            sides.add(side + " (" + member.key() + ")");
          }
        }
        found.add(
            new Found(
                state.getKey(),
                rule.occasions().get(o).label(),
                keys,
                records,
                String.join(", ", sides)));
      }
    }
    return found;
  }
}
