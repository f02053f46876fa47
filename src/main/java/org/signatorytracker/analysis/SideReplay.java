package org.signatorytracker.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.TrackedSets.Shift;

/**
 * The one replay of an issue's changes of standing: every shift of its statements in day order,
 * each state's actions, and its side by the side rule ({@link SideRule#side}: its stance on the
 * latest occasion on which it has one). Stances are kept per occasion, so that a shift costs one
 * occasion's stance rather than the whole rule.
 */
final class SideReplay {

  /**
   * A state whose side changed on a day, from {@code before} to {@code after} (null: none); {@code
   * shifted} are the statements whose standing changed for it that day.
   */
  record Change(
      String iso3, String before, SideRule.Side after, boolean approximate, List<Integer> shifted) {

    String stance() {
      return after == null ? null : after.stance();
    }
  }

  private final IssueAnalysis.Loaded loaded;
  private final int n;
  private final Map<String, PositionAction[]> actions = new HashMap<>();
  private final Map<String, PositionAction[]> lastHeld = new HashMap<>();
  private final Map<String, TreeMap<Integer, String>> stances = new HashMap<>();

  private SideReplay(IssueAnalysis.Loaded loaded) {
    this.loaded = loaded;
    this.n = loaded.statements().size();
  }

  /**
   * Replays the shifts of the states {@code of} admits, up to {@code through} (null: all), giving
   * {@code day} each day's changes of side, in the order the states were first touched that day.
   */
  static SideReplay replay(
      IssueAnalysis.Loaded loaded,
      Predicate<String> of,
      LocalDate through,
      BiConsumer<LocalDate, List<Change>> day) {
    SideReplay replay = new SideReplay(loaded);
    List<IndexedShift> shifts = new ArrayList<>();
    for (int i = 0; i < replay.n; i++) {
      for (Shift s : loaded.statements().get(i).shifts()) {
        if (of.test(s.iso3()) && (through == null || !s.date().isAfter(through))) {
          shifts.add(new IndexedShift(i, s));
        }
      }
    }
    shifts.sort(Comparator.comparing(s -> s.shift().date()));
    int k = 0;
    while (k < shifts.size()) {
      LocalDate date = shifts.get(k).shift().date();
      Map<String, Touched> touched = new LinkedHashMap<>();
      for (; k < shifts.size() && shifts.get(k).shift().date().equals(date); k++) {
        replay.apply(shifts.get(k), touched);
      }
      List<Change> changes = new ArrayList<>();
      touched.forEach((iso3, t) -> replay.changeOf(iso3, t).ifPresent(changes::add));
      day.accept(date, changes);
    }
    return replay;
  }

  /** What a day's shifts did to one state: its side before them, and what they touched. */
  private static final class Touched {
    final String before;
    final List<Integer> shifted = new ArrayList<>();
    boolean approximate;

    Touched(String before) {
      this.before = before;
    }
  }

  private void apply(IndexedShift s, Map<String, Touched> touched) {
    String iso3 = s.shift().iso3();
    Touched t = touched.computeIfAbsent(iso3, x -> new Touched(stanceOf(iso3)));
    t.shifted.add(s.statement());
    PositionAction[] held = actions.computeIfAbsent(iso3, x -> new PositionAction[n]);
    held[s.statement()] = s.shift().action();
    if (s.shift().action() != null) {
      lastHeld.computeIfAbsent(iso3, x -> new PositionAction[n])[s.statement()] =
          s.shift().action();
    }
    int o = loaded.rule().occasionOf(s.statement());
    if (o < 0) {
      return; // a statement on no occasion of the period: no side depends on it
    }
    t.approximate |= s.shift().approximate();
    String stance = loaded.rule().stance(o, held);
    TreeMap<Integer, String> kept = stances.computeIfAbsent(iso3, x -> new TreeMap<>());
    if (stance == null) {
      kept.remove(o);
    } else {
      kept.put(o, stance);
    }
  }

  private java.util.Optional<Change> changeOf(String iso3, Touched t) {
    SideRule.Side after = sideOf(iso3);
    String now = after == null ? null : after.stance();
    if (Objects.equals(now, t.before)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Change(iso3, t.before, after, t.approximate, t.shifted));
  }

  /** The state's side now, by the rule, with the occasion that gives it; null: none. */
  SideRule.Side sideOf(String iso3) {
    TreeMap<Integer, String> kept = stances.get(iso3);
    if (kept == null || kept.isEmpty()) {
      return null;
    }
    Map.Entry<Integer, String> latest = kept.lastEntry();
    return new SideRule.Side(latest.getValue(), latest.getKey());
  }

  private String stanceOf(String iso3) {
    SideRule.Side side = sideOf(iso3);
    return side == null ? null : side.stance();
  }

  /** The state's action on each statement now (null: none). */
  PositionAction[] actionsOf(String iso3) {
    return actions.getOrDefault(iso3, new PositionAction[n]);
  }

  /** The state's last action held on each statement, withdrawals aside (null: never held one). */
  PositionAction[] lastHeldOf(String iso3) {
    return lastHeld.getOrDefault(iso3, new PositionAction[n]);
  }
}
