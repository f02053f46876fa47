package org.signatorytracker.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.signatorytracker.common.RecordOrder;
import org.signatorytracker.positions.PositionAction;

/**
 * The rule that turns standings on statements into sides on an issue:
 *
 * <ol>
 *   <li>an <em>occasion</em> is the set of an issue's statements with the same session (trimmed, in
 *       any case); a statement without a session is an occasion of its own. Its date is the
 *       earliest of its statements' dates (the last day of a partial date); occasions are ordered
 *       by date, undated ones first, then by key;
 *   <li>a state's <em>stance</em> on an occasion is the side of every statement of it on which the
 *       state stands (a letter it signed and has not withdrawn from, a vote option mapped to a
 *       side); {@value #BOTH} if those are two different sides; {@value #ABSTAIN} if it only
 *       abstained; none otherwise;
 *   <li>a state's <em>side</em> on the issue is its stance on the latest occasion on which it has
 *       one, among the occasions dated on or after {@code since}.
 * </ol>
 *
 * Pure logic over arrays: {@code actions[i]} is what the state holds on statement {@code i} (null
 * for nothing, or a withdrawal).
 */
final class SideRule {

  static final String ABSTAIN = "abstain";
  static final String BOTH = "both";

  /** One statement of the issue, as the rule reads it. */
  record Member(
      String key,
      LocalDate date,
      String session,
      String side,
      Map<PositionAction, String> optionSides) {

    /** The side the state stands on by holding this action, or null. */
    String sideOf(PositionAction action) {
      if (action == null || !action.holds()) {
        return null;
      }
      return action == PositionAction.SIGNED ? side : optionSides.get(action);
    }
  }

  /** The statements delivered together; {@code members} are indexes into the statements. */
  record Occasion(String key, String label, LocalDate date, int[] members) {}

  private final List<Member> statements;
  private final List<Occasion> occasions;
  private final int[] occasionOf;

  /** Every side a statement or a vote option gives, in order of first appearance: slots 1, 2, … */
  private final String[] sides;

  /** The slot of an abstention that is no side. */
  private static final int ABSTAINED = 0;

  /** [statement][action ordinal]: the slot the action fills on its occasion ({@link #slotOf}). */
  private final int[][] slots;

  private static final PositionAction[] ACTIONS = PositionAction.values();

  /**
   * @param since occasions dated before it (and undated ones) are left out; null keeps every one
   */
  SideRule(List<Member> statements, LocalDate since) {
    this.statements = List.copyOf(statements);
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      Member m = statements.get(i);
      String session = m.session() == null ? null : m.session().strip();
      String key =
          session == null || session.isEmpty() ? m.key() : session.toLowerCase(Locale.ROOT);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      labels.putIfAbsent(key, session == null || session.isEmpty() ? m.key() : session);
    }
    List<Occasion> all = new ArrayList<>();
    byKey.forEach(
        (key, members) -> {
          LocalDate date = null;
          for (int i : members) {
            LocalDate d = statements.get(i).date();
            if (d != null && (date == null || d.isBefore(date))) {
              date = d;
            }
          }
          if (since == null || (date != null && !date.isBefore(since))) {
            all.add(
                new Occasion(
                    key,
                    labels.get(key),
                    date,
                    members.stream().mapToInt(Integer::intValue).toArray()));
          }
        });
    all.sort(RecordOrder.undatedFirst(Occasion::date, Occasion::key));
    occasions = List.copyOf(all);
    Map<String, Integer> sideSlots = new LinkedHashMap<>(); // slot 0 is abstaining
    slots = new int[statements.size()][ACTIONS.length];
    for (int i = 0; i < statements.size(); i++) {
      for (PositionAction action : ACTIONS) {
        String side = statements.get(i).sideOf(action);
        slots[i][action.ordinal()] =
            side != null
                ? sideSlots.computeIfAbsent(side, x -> sideSlots.size() + 1)
                : action == PositionAction.ABSTAIN ? ABSTAINED : -1;
      }
    }
    sides = sideSlots.keySet().toArray(String[]::new);
    occasionOf = new int[statements.size()];
    Arrays.fill(occasionOf, -1);
    for (int o = 0; o < occasions.size(); o++) {
      for (int i : occasions.get(o).members()) {
        occasionOf[i] = o;
      }
    }
  }

  List<Occasion> occasions() {
    return occasions;
  }

  List<Member> statements() {
    return statements;
  }

  /** The occasion a statement belongs to, or -1 when {@code since} left it out. */
  int occasionOf(int statement) {
    return occasionOf[statement];
  }

  /** The state's stance on occasion {@code o}; null for none. */
  String stance(int o, PositionAction[] actions) {
    int[] held = new int[slots()];
    for (int i : occasions.get(o).members()) {
      if (actions[i] != null) {
        int slot = slotOf(i, actions[i]);
        if (slot >= 0) {
          held[slot]++;
        }
      }
    }
    return stance(held, 0);
  }

  /** How many slots an occasion has: one for abstaining ({@code 0}), then one per side. */
  int slots() {
    return sides.length + 1;
  }

  /**
   * The slot that holding {@code action} (not null) on statement {@code i} fills on its occasion: 0
   * for an abstention that is no side, 1 + the index of the side it stands on, or -1 for none (a
   * withdrawal, an option mapped to no side).
   */
  int slotOf(int i, PositionAction action) {
    return slots[i][action.ordinal()];
  }

  /**
   * The stance on an occasion of a state that fills each slot this many times ({@link #slotOf}),
   * the occasion's counts from {@code held[first]} on: the one side filled, {@value #BOTH} for two,
   * else {@value #ABSTAIN} if it abstained; null for none. A replay keeps these counts per
   * occasion, so that a change costs one occasion's counts.
   */
  String stance(int[] held, int first) {
    String side = null;
    for (int k = 0; k < sides.length; k++) {
      if (held[first + 1 + k] > 0) {
        if (side != null) {
          return BOTH;
        }
        side = sides[k];
      }
    }
    return side != null ? side : held[first + ABSTAINED] > 0 ? ABSTAIN : null;
  }

  /** The state's side: its stance on the latest occasion on which it has one; or null. */
  Side side(PositionAction[] actions) {
    for (int o = occasions.size() - 1; o >= 0; o--) {
      String stance = stance(o, actions);
      if (stance != null) {
        return new Side(stance, o);
      }
    }
    return null;
  }

  /** A side, and the occasion that gives it. */
  record Side(String stance, int occasion) {}
}
