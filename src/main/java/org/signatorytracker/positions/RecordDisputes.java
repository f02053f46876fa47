package org.signatorytracker.positions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the sources contradict each other on a state: two standing records of one state on one
 * statement, citing different sources, whose dates may be the same day (they overlap) and whose
 * actions differ (one says {@code SIGNED}, another {@code WITHDREW}; two different votes). The
 * as-of rule still decides between them; this finds where it had to.
 */
@ApplicationScoped
public class RecordDisputes {

  @Inject PositionService positions;
  @Inject EntityManager em;

  /** Two records that contradict each other, in the order they were recorded. */
  public record Contradiction(PositionView first, PositionView second) {}

  /**
   * Of pairs of records (by id) that {@link #contradict}, those whose sources differ, with the
   * records: their sources read first (one light query per thousand records), then only the records
   * of the pairs that differ.
   */
  public List<Contradiction> confirmed(List<long[]> candidates) {
    List<long[]> confirmed = confirmedPairs(candidates);
    if (confirmed.isEmpty()) {
      return List.of();
    }
    Map<Long, PositionView> views = new HashMap<>();
    positions.views(idsOf(confirmed)).forEach(v -> views.put(v.id(), v));
    return confirmed.stream()
        .map(pair -> new Contradiction(views.get(pair[0]), views.get(pair[1])))
        .toList();
  }

  /**
   * Of pairs of records (by id) that {@link #contradict}, the very pairs whose sources differ: what
   * a count of disputes needs, without reading the records themselves.
   */
  public List<long[]> confirmedPairs(List<long[]> candidates) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<Long, Set<List<String>>> cited = citedBy(idsOf(candidates));
    return candidates.stream()
        .filter(pair -> !cited.get(pair[0]).equals(cited.get(pair[1])))
        .toList();
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

  /** The records of the pairs, each once, in the order first named. */
  private static List<Long> idsOf(List<long[]> pairs) {
    Set<Long> ids = new LinkedHashSet<>();
    pairs.forEach(
        pair -> {
          ids.add(pair[0]);
          ids.add(pair[1]);
        });
    return List.copyOf(ids);
  }

  /** Records per query when their sources are read: a parameter list H2 checks row by row. */
  private static final int IDS_PER_QUERY = 250;

  /** At most this many records' sources are kept in memory. */
  private static final int CITED_KEPT = 200_000;

  /**
   * What records cite, by record id: a record's sources never change once it is written (it is
   * retracted, never edited), so what was read once stays true on every replica.
   */
  private final Map<Long, Set<List<String>>> citedKept = new ConcurrentHashMap<>();

  /** What each record cites: its sources' URLs and titles, in any order (none: an empty set). */
  private Map<Long, Set<List<String>>> citedBy(List<Long> ids) {
    Map<Long, Set<List<String>>> cited = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long id : ids) {
      Set<List<String>> kept = citedKept.get(id);
      if (kept != null) {
        cited.put(id, kept);
      } else {
        missing.add(id);
      }
    }
    Map<Long, Set<List<String>>> read = new HashMap<>();
    missing.forEach(id -> read.put(id, new HashSet<>()));
    for (int from = 0; from < missing.size(); from += IDS_PER_QUERY) {
      List<?> rows =
          em.createNativeQuery(
                  "SELECT position_id, url, title FROM position_source WHERE position_id IN (:ids)")
              .setParameter(
                  "ids", missing.subList(from, Math.min(missing.size(), from + IDS_PER_QUERY)))
              .getResultList();
      for (Object row : rows) {
        Object[] cells = (Object[]) row;
        read.get(((Number) cells[0]).longValue())
            .add(Arrays.asList((String) cells[1], (String) cells[2]));
      }
    }
    if (citedKept.size() + read.size() > CITED_KEPT) {
      citedKept.clear();
    }
    read.forEach((id, sources) -> citedKept.put(id, Set.copyOf(sources)));
    cited.putAll(read);
    return cited;
  }
}
