package org.signatorytracker.positions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signatorytracker.common.Source;

/**
 * When the sources contradict each other on a state: two standing records of one state on one
 * statement, citing different sources, whose dates may be the same day (they overlap) and whose
 * actions differ (one says {@code SIGNED}, another {@code WITHDREW}; two different votes). The
 * as-of rule still decides between them; this finds where it had to.
 */
@ApplicationScoped
public class RecordDisputes {

  @Inject PositionService positions;

  /** Two records that contradict each other, in the order they were recorded. */
  public record Contradiction(PositionView first, PositionView second) {}

  /**
   * Of pairs of records (by id) that {@link #contradict}, those whose sources differ: one query for
   * their sources.
   */
  public List<Contradiction> confirmed(List<long[]> candidates) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    Set<Long> ids = new LinkedHashSet<>();
    candidates.forEach(
        pair -> {
          ids.add(pair[0]);
          ids.add(pair[1]);
        });
    Map<Long, PositionView> views = new HashMap<>();
    positions.views(List.copyOf(ids)).forEach(v -> views.put(v.id(), v));
    List<Contradiction> found = new ArrayList<>();
    for (long[] pair : candidates) {
      PositionView a = views.get(pair[0]);
      PositionView b = views.get(pair[1]);
      if (!cited(a).equals(cited(b))) {
        found.add(new Contradiction(a, b));
      }
    }
    return found;
  }

  /**
   * Whether two records of one state contradict each other, sources aside: their actions differ and
   * their dates may be the same day (each from its first day, null for an open start, to its last).
   * The one home of that rule: the engine asks it of the records it decides on.
   */
  public static boolean contradict(
      PositionAction a,
      LocalDate earliestA,
      LocalDate latestA,
      PositionAction b,
      LocalDate earliestB,
      LocalDate latestB) {
    return a != b && startsBy(earliestA, latestB) && startsBy(earliestB, latestA);
  }

  private static boolean startsBy(LocalDate start, LocalDate day) {
    return start == null || !start.isAfter(day);
  }

  /** What a record cites: its sources' URLs and titles, in any order. */
  private static Set<List<String>> cited(PositionView record) {
    Set<List<String>> cited = new HashSet<>();
    for (Source s : record.sources()) {
      cited.add(Arrays.asList(s.url(), s.title()));
    }
    return cited;
  }
}
