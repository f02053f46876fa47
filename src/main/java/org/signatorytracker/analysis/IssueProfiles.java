package org.signatorytracker.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signatorytracker.common.RecordOrder;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.Decision;
import org.signatorytracker.reports.RecordedStatement;
import org.signatorytracker.reports.ReportBasis;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.TrackedSets;
import org.signatorytracker.reports.TrackedSets.Tracked;
import org.signatorytracker.reports.TrackedSets.TrackedSet;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.IssueView;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/** A state's side on the issues it has records on, over time, by the side rule. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IssueProfiles {

  @Inject IssueAnalysis analysis;
  @Inject IssueService issues;
  @Inject TrackedSets sets;
  @Inject StateDirectory states;

  /**
   * A state's side on each issue it has records on (or on one issue), over time: every date its
   * side changed up to {@code asOf}, with the records that decided it, and every statement of the
   * issue it ever stood on. Reads the statements of all those issues in one query.
   */
  public IssueAnswers.Profile profile(String code, String issue, ReportQuery query) {
    StateView state = states.get(code);
    List<IssueView> chosen;
    if (issue != null && !issue.isBlank()) {
      chosen = List.of(issues.asRecorded(issues.require(issue), query.asRecorded()));
    } else {
      Set<String> keys = sets.issuesOfState(state.iso3(), query);
      chosen =
          issues.list().stream()
              .filter(i -> keys.contains(i.key()))
              .map(i -> issues.asRecorded(i, query.asRecorded()))
              .toList();
    }
    TrackedSet set = sets.statementsOfIssues(chosen.stream().map(IssueView::key).toList(), query);
    Map<String, List<Tracked>> byIssue = new HashMap<>();
    for (Tracked t : set.statements()) {
      t.subject()
          .issues()
          .forEach(i -> byIssue.computeIfAbsent(i.issue(), k -> new ArrayList<>()).add(t));
    }
    List<IssueAnswers.IssueProfile> profiles = new ArrayList<>();
    for (IssueView view : chosen) {
      List<Tracked> statements = byIssue.getOrDefault(view.key(), List.of());
      IssueAnalysis.Loaded loaded =
          IssueAnalysis.loaded(view, new TrackedSet(set.through(), statements), null);
      profiles.add(profileOn(loaded, state.iso3(), query.asOf()));
    }
    return new IssueAnswers.Profile(
        state.iso3(), state.name(), ReportBasis.of(query, set.through()), profiles);
  }

  private static IssueAnswers.IssueProfile profileOn(
      IssueAnalysis.Loaded loaded, String iso3, LocalDate asOf) {
    SideRule rule = loaded.rule();
    int n = loaded.statements().size();
    List<IssueAnswers.SideChange> changes = new ArrayList<>();
    SideReplay replay =
        SideReplay.replay(
            loaded,
            iso3::equals,
            asOf,
            (day, dayChanges) -> {
              for (SideReplay.Change c : dayChanges) {
                // a side is decided by the occasion that gives it; losing one, by the day's records
                List<Integer> decidingStatements =
                    c.after() == null
                        ? c.shifted()
                        : Arrays.stream(rule.occasions().get(c.after().occasion()).members())
                            .boxed()
                            .toList();
                changes.add(
                    new IssueAnswers.SideChange(
                        day, c.stance(), deciding(loaded, iso3, day, decidingStatements)));
              }
            });
    SideRule.Side last = replay.sideOf(iso3);
    String side = last == null ? null : last.stance();
    PositionAction[] actions = replay.actionsOf(iso3);
    PositionAction[] lastHeld = replay.lastHeldOf(iso3);
    List<IssueAnswers.StoodOn> stoodOn = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (lastHeld[i] == null) {
        continue;
      }
      RecordedStatement s = loaded.statements().get(i).subject();
      String held =
          lastHeld[i] == PositionAction.ABSTAIN
              ? SideRule.ABSTAIN
              : rule.statements().get(i).sideOf(lastHeld[i]);
      stoodOn.add(
          new IssueAnswers.StoodOn(
              s.key(),
              s.title(),
              s.kind(),
              s.date(),
              IssueAnalysis.occasionKey(rule, i),
              held,
              actions[i]));
    }
    stoodOn.sort(
        RecordOrder.undatedFirst(
            (IssueAnswers.StoodOn v) -> v.date() == null ? null : v.date().latest(),
            IssueAnswers.StoodOn::key));
    IssueView issue = loaded.issue();
    return new IssueAnswers.IssueProfile(issue.key(), issue.title(), side, changes, stoodOn);
  }

  /** The state's deciding records as of the day on these statements. */
  private static List<Long> deciding(
      IssueAnalysis.Loaded loaded, String iso3, LocalDate day, List<Integer> statements) {
    List<Long> records = new ArrayList<>();
    for (int i : statements) {
      for (Decision d : loaded.statements().get(i).decisions(day)) {
        if (d.iso3().equals(iso3)) {
          records.add(d.recordId());
        }
      }
    }
    records.sort(null);
    return records;
  }
}
