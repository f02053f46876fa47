package org.signatorytracker.positions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signatorytracker.common.Source;
import org.signatorytracker.positions.CommittedRecords.Row;

/**
 * When the sources contradict each other on a state: two standing records of one state on one
 * statement, citing different sources, whose dates may be the same day (they overlap) and whose
 * actions differ (one says {@code SIGNED}, another {@code WITHDREW}; two different votes). The
 * as-of rule still decides between them; this finds where it had to.
 */
@ApplicationScoped
public class RecordDisputes {

  @Inject CommittedRecords committed;
  @Inject PositionService positions;

  /** Two records that contradict each other, in the order they were recorded. */
  public record Contradiction(PositionView first, PositionView second) {}

  /**
   * Every contradiction among the standing records of these statements: one query for the records,
   * one more for the sources of those that may contradict.
   */
  public List<Contradiction> among(Collection<Long> statementIds) {
    if (statementIds.isEmpty()) {
      return List.of();
    }
    List<long[]> candidates = new ArrayList<>();
    for (List<Row> rows : committed.ofStatements(statementIds).values()) {
      candidates.addAll(candidatePairs(rows));
    }
    return confirmed(candidates);
  }

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
   * Pairs of one statement's standing records (its rows in the rule's order: by state) of the same
   * state whose dates overlap and whose actions differ, by id, the earlier recorded first.
   */
  static List<long[]> candidatePairs(List<Row> rows) {
    List<long[]> pairs = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row a = rows.get(i);
      if (a.retractedIn() != null) {
        continue;
      }
      for (int j = i + 1; j < rows.size() && rows.get(j).iso3().equals(a.iso3()); j++) {
        Row b = rows.get(j);
        if (b.retractedIn() == null
            && contradict(
                a.action(),
                a.effectiveEarliest(),
                a.effectiveOn(),
                b.action(),
                b.effectiveEarliest(),
                b.effectiveOn())) {
          pairs.add(a.id() < b.id() ? new long[] {a.id(), b.id()} : new long[] {b.id(), a.id()});
        }
      }
    }
    return pairs;
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
