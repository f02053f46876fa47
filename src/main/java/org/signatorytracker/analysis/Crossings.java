package org.signatorytracker.analysis;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.CsvTable;
import org.signatorytracker.reports.Decision;
import org.signatorytracker.reports.ReportBasis;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.ReportTags;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * The states that crossed: those that stood on two or more different sides of an issue at some time
 * within a period, whatever their side at either end (a state that crossed and came back has the
 * same side at both, and no switcher list shows it). One replay of the issue's changes of side.
 */
@ApplicationScoped
public class Crossings {

  @Inject IssueAnalysis analysis;
  @Inject StateDirectory states;

  /** A stance a state held within the period: from {@code since}, given by {@code occasion}. */
  public record Held(
      @Schema(examples = "supportive") String side,
      @Schema(description = "The day it was first held (before the period for the first)")
          LocalDate since,
      @Schema(description = "The occasion that gave it", examples = "hrc41") String occasion,
      @Schema(description = "The state's deciding records on that occasion's statements, then")
          List<Long> records) {}

  /** A state that stood on two or more sides within the period, and each stance in order. */
  public record Crosser(
      String iso3,
      String name,
      @Schema(description = "The different sides it stood on, in the order first held")
          List<String> sides,
      @Schema(description = "Every stance it held within the period, in order") List<Held> held) {}

  /** The states that crossed between {@code from} and the basis's {@code asOf}. */
  public record Crossed(
      String issue, LocalDate from, @JsonUnwrapped ReportBasis basis, List<Crosser> states)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return issue + "-crossed";
    }

    /** Long: one row per stance a crossing state held. */
    @Override
    public List<String> csvHeader() {
      return IssueAnswers.header(
          List.of("from", "iso3", "name", "sides", "side", "since", "occasion", "records"));
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      for (Crosser c : states) {
        for (Held h : c.held()) {
          rows.add(
              IssueAnswers.row(
                  issue,
                  basis,
                  from,
                  c.iso3(),
                  c.name(),
                  String.join(";", c.sides()),
                  h.side(),
                  h.since(),
                  h.occasion(),
                  String.join(";", h.records().stream().map(String::valueOf).toList())));
        }
      }
      return rows;
    }
  }

  /**
   * Every state that stood on two or more different sides of the issue at some time from {@code
   * from} to the query's date; {@code abstain} and {@code both} are shown among its stances but are
   * not sides here.
   */
  public Crossed crossed(String key, ReportQuery query, LocalDate from) {
    return crossed(analysis.load(key, query, null), query, from);
  }

  /** The states that crossed in an issue read already. */
  Crossed crossed(IssueAnalysis.Loaded loaded, ReportQuery query, LocalDate from) {
    Map<String, Held> atStart = new HashMap<>();
    Map<String, List<Held>> within = new HashMap<>();
    Map<StatementDay, Map<String, Long>> decisions = new HashMap<>();
    SideReplay.replay(
        loaded,
        iso3 -> true,
        query.asOf(),
        (day, changes) -> {
          for (SideReplay.Change c : changes) {
            Held held =
                c.after() == null ? null : held(loaded, c.iso3(), day, c.after(), decisions);
            if (!day.isAfter(from)) {
              if (held == null) {
                atStart.remove(c.iso3());
              } else {
                atStart.put(c.iso3(), held);
              }
            } else if (held != null) {
              within.computeIfAbsent(c.iso3(), k -> new ArrayList<>()).add(held);
            }
          }
        });
    Set<String> touched = new LinkedHashSet<>(atStart.keySet());
    touched.addAll(within.keySet());
    List<Crosser> crossers = new ArrayList<>();
    for (String iso3 : touched) {
      List<Held> held = new ArrayList<>();
      if (atStart.containsKey(iso3)) {
        held.add(atStart.get(iso3));
      }
      held.addAll(within.getOrDefault(iso3, List.of()));
      Set<String> sides = new LinkedHashSet<>();
      held.stream()
          .map(Held::side)
          .filter(s -> !SideRule.ABSTAIN.equals(s) && !SideRule.BOTH.equals(s))
          .forEach(sides::add);
      if (sides.size() >= 2) {
        String name = states.byIso3(iso3).map(StateView::name).orElse(iso3);
        crossers.add(new Crosser(iso3, name, List.copyOf(sides), List.copyOf(held)));
      }
    }
    crossers.sort(Comparator.comparing(Crosser::iso3, states.byName()));
    return new Crossed(loaded.issue().key(), from, loaded.basis(query), crossers);
  }

  /** One statement of the issue (by its place) on one day. */
  private record StatementDay(int statement, LocalDate day) {}

  /**
   * The stance a change gave, with the state's deciding records as of that day on the statements of
   * the occasion that gave it; each statement's decisions on a day are read once.
   */
  private static Held held(
      IssueAnalysis.Loaded loaded,
      String iso3,
      LocalDate day,
      SideRule.Side side,
      Map<StatementDay, Map<String, Long>> decisions) {
    SideRule.Occasion occasion = loaded.rule().occasions().get(side.occasion());
    List<Long> records = new ArrayList<>();
    for (int i : occasion.members()) {
      Map<String, Long> byState =
          decisions.computeIfAbsent(
              new StatementDay(i, day),
              k -> {
                Map<String, Long> read = new HashMap<>();
                for (Decision d : loaded.statements().get(i).decisions(day)) {
                  read.put(d.iso3(), d.recordId());
                }
                return read;
              });
      Long record = byState.get(iso3);
      if (record != null) {
        records.add(record);
      }
    }
    records.sort(null);
    return new Held(side.stance(), day, occasion.key(), List.copyOf(records));
  }
}
