package org.signatorytracker.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
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
  private final int slots;
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

    /**
     * How often it fills each slot of each occasion ({@link SideRule#slotOf}), occasion by
     * occasion: slot s of occasion o at {@code o × slots + s}, in one array for the memory's sake.
     */
    final int[] held = new int[occasions * slots];

    /** The latest occasion on which it has a stance, or -1: the one that gives its side. */
    int latest = -1;

    /** Whether the day being replayed touched it; then its stance before, and what it touched. */
    boolean touched;

    String before;
    boolean approximate;
    int[] shifted = new int[4];
    int shiftedCount;

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
    this.slots = loaded.rule().slots();
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
    int last = through == null ? Integer.MAX_VALUE : (int) through.toEpochDay();
    Map<String, Boolean> admitted = new HashMap<>();
    // each statement's shifts by day, merged across statements by day, then statement: small
    // arrays, as a heap of hundreds of thousands of shifts in one would be a collector's burden
    PriorityQueue<Shifts> next =
        new PriorityQueue<>(
            Comparator.comparingInt(Shifts::day).thenComparingInt(x -> x.statement));
    for (int i = 0; i < replay.n; i++) {
      Shifts shifts = new Shifts(i);
      loaded
          .statements()
          .get(i)
          .shifts(
              (date, iso3, before, after, approximate) -> {
                if (date <= last && admitted.computeIfAbsent(iso3, of::test)) {
                  shifts.add(date, iso3, after, approximate);
                }
              });
      if (shifts.size > 0) {
        shifts.sortByDay();
        next.add(shifts);
      }
    }
    List<Replayed> touched = new ArrayList<>();
    while (!next.isEmpty()) {
      int date = next.peek().day();
      while (!next.isEmpty() && next.peek().day() == date) {
        Shifts shifts = next.poll();
        for (; shifts.at < shifts.size && shifts.day() == date; shifts.at++) {
          replay.apply(shifts, touched);
        }
        if (shifts.at < shifts.size) {
          next.add(shifts);
        }
      }
      List<Change> changes = new ArrayList<>();
      for (Replayed state : touched) {
        replay.changeOf(state).ifPresent(changes::add);
        state.touched = false;
      }
      touched.clear();
      day.accept(LocalDate.ofEpochDay(date), changes);
    }
    return replay;
  }

  /** One statement's shifts as read, then in day order, and how far the replay has read them. */
  private static final class Shifts {
    final int statement;
    int size;
    int at;
    private int[] days = new int[16];
    private String[] states = new String[16];
    private PositionAction[] actions = new PositionAction[16];
    private boolean[] approximate = new boolean[16];

    Shifts(int statement) {
      this.statement = statement;
    }

    void add(int day, String iso3, PositionAction action, boolean approx) {
      if (size == days.length) {
        int grown = size * 2;
        days = Arrays.copyOf(days, grown);
        states = Arrays.copyOf(states, grown);
        actions = Arrays.copyOf(actions, grown);
        approximate = Arrays.copyOf(approximate, grown);
      }
      days[size] = day;
      states[size] = iso3;
      actions[size] = action;
      approximate[size] = approx;
      size++;
    }

    /** In day order, shifts of one day in the order read (by state). */
    void sortByDay() {
      boolean sorted = true;
      for (int k = 1; k < size && sorted; k++) {
        sorted = days[k - 1] <= days[k];
      }
      if (sorted) {
        return; // a vote's records share its day
      }
      long[] order = new long[size];
      for (int k = 0; k < size; k++) {
        order[k] = ((long) days[k] << 32) | k;
      }
      Arrays.sort(order);
      int[] d = new int[size];
      String[] s = new String[size];
      PositionAction[] a = new PositionAction[size];
      boolean[] x = new boolean[size];
      for (int k = 0; k < size; k++) {
        int from = (int) order[k];
        d[k] = days[from];
        s[k] = states[from];
        a[k] = actions[from];
        x[k] = approximate[from];
      }
      days = d;
      states = s;
      actions = a;
      approximate = x;
    }

    /** The day of the next shift to replay. */
    int day() {
      return days[at];
    }
  }

  private void apply(Shifts shifts, List<Replayed> touchedToday) {
    int k = shifts.at;
    String iso3 = shifts.states[k];
    int statement = shifts.statement;
    PositionAction action = shifts.actions[k];
    Replayed state = states.computeIfAbsent(iso3, Replayed::new);
    if (!state.touched) {
      state.touched = true;
      state.before = state.stance();
      state.approximate = false;
      state.shiftedCount = 0;
      touchedToday.add(state);
    }
    if (state.shiftedCount == state.shifted.length) {
      state.shifted = Arrays.copyOf(state.shifted, state.shiftedCount * 2);
    }
    state.shifted[state.shiftedCount++] = statement;
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
    state.approximate |= shifts.approximate[k];
    SideRule rule = loaded.rule();
    int first = o * slots;
    int was = before == null ? -1 : rule.slotOf(statement, before);
    int is = action == null ? -1 : rule.slotOf(statement, action);
    if (was >= 0) {
      state.held[first + was]--;
    }
    if (is >= 0) {
      state.held[first + is]++;
    }
    state.stance(o, rule.stance(state.held, first));
  }

  /** The change of the state's side over the day replayed, if its side changed. */
  private java.util.Optional<Change> changeOf(Replayed state) {
    if (Objects.equals(state.stance(), state.before)) {
      return java.util.Optional.empty();
    }
    List<Integer> shifted = new ArrayList<>(state.shiftedCount);
    for (int k = 0; k < state.shiftedCount; k++) {
      shifted.add(state.shifted[k]);
    }
    return java.util.Optional.of(
        new Change(state.iso3, state.before, state.side(), state.approximate, shifted));
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
