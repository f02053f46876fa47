package org.signatorytracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.signatorytracker.states.GroupService;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * The members of each group of a breakdown on a day, and {@value #NONE} for the states of the
 * reference table in none of them. Groups may overlap.
 */
@ApplicationScoped
public class Breakdowns {

  public static final String NONE = "none";

  @Inject StateDirectory states;
  @Inject GroupService groups;

  /**
   * Group → its members on the query's date, as its data was recorded (one query for groups with
   * dated membership); with {@code within}, only those also members of its groups then.
   */
  public Map<String, Set<String>> members(Breakdown by, ReportQuery query) {
    LocalDate day = query.asOf();
    List<StateView> then = states.on(day);
    Map<String, Set<String>> members = new LinkedHashMap<>();
    if (by.byGroups()) {
      members.putAll(groups.membersOn(by.groups(), day, "by", query.asRecorded()));
    } else {
      Map<String, Set<String>> sorted = new TreeMap<>();
      for (StateView state : then) {
        String group = by.grouping().of(state);
        if (group != null) {
          sorted.computeIfAbsent(group, g -> new TreeSet<>()).add(state.iso3());
        }
      }
      members.putAll(sorted);
    }
    Set<String> among = null;
    if (by.within() != null) {
      among = new TreeSet<>();
      for (Set<String> in :
          groups.membersOn(by.within(), day, "within", query.asRecorded()).values()) {
        among.addAll(in);
      }
      Set<String> kept = among;
      members.replaceAll(
          (group, in) -> {
            Set<String> both = new TreeSet<>(in);
            both.retainAll(kept);
            return both;
          });
    }
    Set<String> none = new TreeSet<>();
    for (StateView state : then) {
      String iso3 = state.iso3();
      if ((among == null || among.contains(iso3))
          && members.values().stream().noneMatch(m -> m.contains(iso3))) {
        none.add(iso3);
      }
    }
    members.put(NONE, none);
    return members;
  }

  /** A share to four decimal places; null for a group without members. */
  public static Double share(long count, int of) {
    return of == 0 ? null : Math.round(10_000.0 * count / of) / 10_000.0;
  }

  /** A ratio to four decimal places, as every share and index is given. */
  public static double round(double value) {
    return Math.round(value * 10_000.0) / 10_000.0;
  }

  static String groupOrNone(String group) {
    return Objects.requireNonNullElse(group, NONE);
  }
}
