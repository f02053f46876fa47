package org.signatorytracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.Reports.Signatory;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.states.StateRef;

/** A statement's count with the names of the states in each cell of its breakdown. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CountNames {

  @Inject ReportService reports;
  @Inject AsOfEngine engine;
  @Inject Breakdowns breakdowns;

  /**
   * The count with the states in each cell of its breakdown (group → action → states, by name): the
   * states holding an action as of the date, by the same rule as the count.
   */
  public CountReport countWithNames(String key, ReportQuery query, Breakdown by) {
    CountReport count = reports.count(key, query, by);
    var holders = engine.holdersOf(key, query).orElseThrow(() -> ReportService.notFound(key));
    StatementKind kind = holders.statement().kind();
    Map<String, Map<PositionAction, List<StateRef>>> names = new LinkedHashMap<>();
    if (by.byRole()) {
      for (Signatory s : holders.rows()) {
        cell(names, s.role().name(), kind)
            .computeIfAbsent(s.action(), a -> new ArrayList<>())
            .add(new StateRef(s.iso3(), s.name()));
      }
    } else {
      breakdowns
          .members(by, query)
          .forEach(
              (group, members) -> {
                Map<PositionAction, List<StateRef>> cells = cell(names, group, kind);
                for (Signatory s : holders.rows()) {
                  if (members.contains(s.iso3())) {
                    cells
                        .computeIfAbsent(s.action(), a -> new ArrayList<>())
                        .add(new StateRef(s.iso3(), s.name()));
                  }
                }
              });
    }
    names.values().forEach(cells -> cells.values().forEach(in -> in.sort(BY_NAME)));
    return count.withNames(names);
  }

  private static final Comparator<StateRef> BY_NAME =
      Comparator.comparing(StateRef::name).thenComparing(StateRef::iso3);

  private static Map<PositionAction, List<StateRef>> cell(
      Map<String, Map<PositionAction, List<StateRef>>> names, String group, StatementKind kind) {
    return names.computeIfAbsent(
        group,
        g -> {
          Map<PositionAction, List<StateRef>> cells = new EnumMap<>(PositionAction.class);
          ReportService.zeroCounts(kind).keySet().forEach(a -> cells.put(a, new ArrayList<>()));
          return cells;
        });
  }
}
