package org.signatorytracker.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.signatorytracker.positions.PositionAction;

/**
 * The one replay of an issue's changes of standing: every shift of its statements in day order,
 * each state's actions, and its side by the side rule ({@link SideRule#side}: its stance on the
 * latest occasion on which it has one). Each state's slots on each occasion are counted ({@link
 * SideRule#slotOf}), so that a shift costs two counts and one occasion's stance from them, rather
 * than a pass over the occasion's statements: a session of the General Assembly has dozens of
 * votes.
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
  private final int occasions;
  private final Map<String, Replayed> states = new HashMap<>();

  /** One state as replayed so far. */
  private final class Replayed {
    final String iso3;

    /** Its action on each statement now (null: none). */
    final PositionAction[] actions = new PositionAction[n];

    /** Its last action held on each statement, withdrawals aside; null until it holds one. */
    PositionAction[] lastHeld;

    /** Its stance on each occasion now (null: none). */
    final String[] stances = new String[occasions];

    /** [occasion][slot]: how often it fills each slot of the occasion ({@link SideRule#slotOf}). */
    final int[][] held = new int[occasions][];

    /** The latest occasion on which it has a stance, or -1: the one that gives its side. */
    int latest = -1;

    /** The day's shifts, while the day is replayed; null on other days. */
    Touched touched;

    Replayed(String iso3) {
      this.iso3 = iso3;
    }

    SideRule.Side side() {
      return latest < 0 ? null : new SideRule.Side(stances[latest], latest);
    }

    String stance() {
      return latest < 0 ? null : stances[latest];
    }

    void stance(int o, String stance) {
      stances[o] = stance;
      if (stance != null && o > latest) {
        latest = o;
      } else if (stance == null && o == latest) {
        while (latest >= 0 && stances[latest] == null) {
          latest--;
        }
      }
    }
  }

  private SideReplay(IssueAnalysis.Loaded loaded) {
    this.loaded = loaded;
    this.n = loaded.statements().size();
    this.occasions = loaded.rule().occasions().size();
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
    Shifts shifts = new Shifts();
    int last = through == null ? Integer.MAX_VALUE : (int) through.toEpochDay();
    Map<String, Boolean> admitted = new HashMap<>();
    for (int i = 0; i < replay.n; i++) {
      int statement = i;
      loaded
          .statements()
          .get(i)
          .shifts(
              (date, iso3, before, after, approximate) -> {
                if (date <= last && admitted.computeIfAbsent(iso3, of::test)) {
                  shifts.add(date, statement, iso3, after, approximate);
                }
              });
    }
    long[] order = shifts.inDayOrder();
    int k = 0;
    List<Replayed> touched = new ArrayList<>();
    while (k < order.length) {
      int date = Shifts.day(order[k]);
      for (; k < order.length && Shifts.day(order[k]) == date; k++) {
        replay.apply(shifts, Shifts.index(order[k]), touched);
      }
      List<Change> changes = new ArrayList<>();
      for (Replayed state : touched) {
        replay.changeOf(state).ifPresent(changes::add);
        state.touched = null;
      }
      touched.clear();
      day.accept(LocalDate.ofEpochDay(date), changes);
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

  /** The shifts of the issue's statements as read, and their order by day. */
  private static final class Shifts {
    private int size;
    private int[] days = new int[1024];
    private int[] statements = new int[1024];
    private String[] states = new String[1024];
    private PositionAction[] actions = new PositionAction[1024];
    private boolean[] approximate = new boolean[1024];

    void add(int day, int statement, String iso3, PositionAction action, boolean approx) {
      if (size == days.length) {
        int grown = size * 2;
        days = Arrays.copyOf(days, grown);
        statements = Arrays.copyOf(statements, grown);
        states = Arrays.copyOf(states, grown);
        actions = Arrays.copyOf(actions, grown);
        approximate = Arrays.copyOf(approximate, grown);
      }
      days[size] = day;
      statements[size] = statement;
      states[size] = iso3;
      actions[size] = action;
      approximate[size] = approx;
      size++;
    }

    /** Each shift as its day (high half) and its index (low half), by day, then as read. */
    long[] inDayOrder() {
      long[] order = new long[size];
      for (int i = 0; i < size; i++) {
        order[i] = ((long) days[i] << 32) | i;
      }
      Arrays.sort(order);
      return order;
    }

    static int day(long ordered) {
      return (int) (ordered >> 32);
    }

    static int index(long ordered) {
      return (int) ordered;
    }
  }

  private void apply(Shifts shifts, int k, List<Replayed> touchedToday) {
    String iso3 = shifts.states[k];
    int statement = shifts.statements[k];
    PositionAction action = shifts.actions[k];
    Replayed state = states.computeIfAbsent(iso3, Replayed::new);
    if (state.touched == null) {
      state.touched = new Touched(state.stance());
      touchedToday.add(state);
    }
    Touched t = state.touched;
    t.shifted.add(statement);
    PositionAction before = state.actions[statement];
    state.actions[statement] = action;
    if (action != null) {
      if (state.lastHeld == null) {
        state.lastHeld = new PositionAction[n];
      }
      state.lastHeld[statement] = action;
    }
    int o = loaded.rule().occasionOf(statement);
    if (o < 0) {
      return; // a statement on no occasion of the period: no side depends on it
    }
    t.approximate |= shifts.approximate[k];
    SideRule rule = loaded.rule();
    int[] held = state.held[o];
    if (held == null) {
      held = state.held[o] = new int[rule.slots()];
    }
    int was = before == null ? -1 : rule.slotOf(statement, before);
    int is = action == null ? -1 : rule.slotOf(statement, action);
    if (was >= 0) {
      held[was]--;
    }
    if (is >= 0) {
      held[is]++;
    }
    state.stance(o, rule.stance(held));
  }

  private java.util.Optional<Change> changeOf(Replayed state) {
    Touched t = state.touched;
    SideRule.Side after = state.side();
    String now = after == null ? null : after.stance();
    if (Objects.equals(now, t.before)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Change(state.iso3, t.before, after, t.approximate, t.shifted));
  }

  /** The state's side now, by the rule, with the occasion that gives it; null: none. */
  SideRule.Side sideOf(String iso3) {
    Replayed state = states.get(iso3);
    return state == null ? null : state.side();
  }

  /** The state's action on each statement now (null: none). */
  PositionAction[] actionsOf(String iso3) {
    Replayed state = states.get(iso3);
    return state == null ? new PositionAction[n] : state.actions;
  }

  /** The state's last action held on each statement, withdrawals aside (null: never held one). */
  PositionAction[] lastHeldOf(String iso3) {
    Replayed state = states.get(iso3);
    return state == null || state.lastHeld == null ? new PositionAction[n] : state.lastHeld;
  }
}
