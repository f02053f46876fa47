package org.signatorytracker.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.signatorytracker.positions.CommittedRecords.Row;

/**
 * Where each run of {@link StatementRecords}' records begins (with an end after the last), and
 * whose records it holds.
 */
record RecordRuns(String[] states, int[] start, boolean sorted) {

  /** By state, as a statement's records come: each state's in one run. */
  static RecordRuns byState(List<Row> rows) {
    List<String> states = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String iso3 = rows.get(i).iso3();
      if (states.isEmpty() || !states.get(states.size() - 1).equals(iso3)) {
        states.add(iso3.intern()); // one copy of each code, not one per run kept
        starts.add(i);
      }
    }
    boolean sorted = true;
    for (int k = 1; k < states.size() && sorted; k++) {
      sorted = states.get(k - 1).compareTo(states.get(k)) < 0;
    }
    if (!sorted && new HashSet<>(states).size() < states.size()) {
      throw new IllegalArgumentException("a state's records are not in one run");
    }
    int[] start = new int[states.size() + 1];
    for (int k = 0; k < starts.size(); k++) {
      start[k] = starts.get(k);
    }
    start[states.size()] = rows.size();
    return new RecordRuns(states.toArray(String[]::new), start, sorted);
  }
}
