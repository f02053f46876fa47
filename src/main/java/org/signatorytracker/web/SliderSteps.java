package org.signatorytracker.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.signatorytracker.reports.ReportBasis;
import org.signatorytracker.reports.ReportQuery;

/**
 * The stops of an issue map's slider (the dates its balance changed), kept per version of the data:
 * a step of the slider then costs the one small query that reads the version, not the issue's whole
 * timeline. The version is the engine's last committed revision, so a write through any replica
 * makes a new one and nothing kept here goes stale.
 */
@ApplicationScoped
class SliderSteps {

  /** The most issues × versions kept; the least recently used go first. */
  static final int KEPT = 64;

  private final Map<String, List<IssuePage.Step>> kept =
      new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<IssuePage.Step>> eldest) {
          return size() > KEPT;
        }
      };

  List<IssuePage.Step> of(
      String issue, ReportQuery query, ReportBasis basis, Supplier<List<IssuePage.Step>> compute) {
    String key =
        String.join(
            "\u0000",
            issue,
            String.valueOf(query.knownBy()),
            String.valueOf(query.minConfidence()),
            String.valueOf(query.asRecorded()),
            Long.toString(basis.recordedThroughRevision()));
    synchronized (kept) {
      List<IssuePage.Step> steps = kept.get(key);
      if (steps != null) {
        return steps;
      }
    }
    List<IssuePage.Step> steps = List.copyOf(compute.get());
    synchronized (kept) {
      kept.put(key, steps);
    }
    return steps;
  }
}
