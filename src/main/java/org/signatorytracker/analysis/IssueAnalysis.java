package org.signatorytracker.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.signatorytracker.analysis.IssueAnswers.Balance;
import org.signatorytracker.analysis.IssueAnswers.BalanceChange;
import org.signatorytracker.analysis.IssueAnswers.GroupShare;
import org.signatorytracker.analysis.IssueAnswers.IssueDetail;
import org.signatorytracker.analysis.IssueAnswers.IssueStatement;
import org.signatorytracker.analysis.IssueAnswers.IssueTimeline;
import org.signatorytracker.analysis.IssueAnswers.OccasionView;
import org.signatorytracker.analysis.IssueAnswers.StanceCount;
import org.signatorytracker.analysis.IssueAnswers.StanceTable;
import org.signatorytracker.analysis.IssueAnswers.StateStances;
import org.signatorytracker.analysis.IssueAnswers.Switcher;
import org.signatorytracker.analysis.IssueAnswers.Switchers;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.Breakdown;
import org.signatorytracker.reports.Breakdowns;
import org.signatorytracker.reports.Decision;
import org.signatorytracker.reports.RecordedStatement;
import org.signatorytracker.reports.ReportBasis;
import org.signatorytracker.reports.StandingQuery;
import org.signatorytracker.reports.TrackedSets;
import org.signatorytracker.reports.TrackedSets.Shift;
import org.signatorytracker.reports.TrackedSets.Tracked;
import org.signatorytracker.reports.TrackedSets.TrackedSet;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.IssueView;
import org.signatorytracker.statements.VoteSides;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * Sides on an issue across its letters, statements and votes ({@link SideRule}), from the as-of
 * engine: each answer reads the issue's statements and their records once (from memory when nothing
 * changed), then applies the rule in memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IssueAnalysis {

  @Inject IssueService issues;
  @Inject TrackedSets sets;
  @Inject StateDirectory states;
  @Inject Breakdowns breakdowns;

  /** An issue's statements as recorded, read by the rule, and how far the data runs. */
  record Loaded(IssueView issue, TrackedSet set, SideRule rule, List<String> sides) {

    List<Tracked> statements() {
      return set.statements();
    }

    ReportBasis basis(StandingQuery query) {
      return ReportBasis.of(query, set.through());
    }
  }

  Loaded load(String key, StandingQuery query, LocalDate since) {
    IssueView issue = issues.asRecorded(issues.require(key), query.asRecorded());
    return loaded(issue, sets.statementsOfIssue(issue.key(), query), since);
  }

  /** The rule over an issue's statements, read already. */
  private static Loaded loaded(IssueView issue, TrackedSet set, LocalDate since) {
    Map<String, String> spelling = new LinkedHashMap<>();
    issue.sides().forEach(s -> spelling.put(s.toLowerCase(Locale.ROOT), s));
    List<SideRule.Member> members = new ArrayList<>();
    for (Tracked t : set.statements()) {
      RecordedStatement s = t.subject();
      Map<PositionAction, String> options = new EnumMap<>(PositionAction.class);
      VoteSides.parse(s.voteSides())
          .forEach(
              (option, side) ->
                  options.put(PositionAction.valueOf(option), spelled(spelling, side)));
      members.add(
          new SideRule.Member(
              s.key(),
              s.datedOn(),
              s.session(),
              s.kind().isVote() ? null : spelled(spelling, s.side()),
              options));
    }
    return new Loaded(issue, set, new SideRule(members, since), List.copyOf(spelling.values()));
  }

  /** A side in the issue's spelling; a side the issue does not declare is kept, in lowercase. */
  private static String spelled(Map<String, String> spelling, String side) {
    if (side == null) {
      return null;
    }
    String lower = side.strip().toLowerCase(Locale.ROOT);
    return spelling.computeIfAbsent(lower, l -> l);
  }

  /** What each state holds on each statement as of a day, and the records that decide it. */
  record Holdings(Map<String, PositionAction[]> actions, Map<String, long[]> records) {}

  static Holdings holdings(Loaded loaded, LocalDate day) {
    int n = loaded.statements().size();
    Map<String, PositionAction[]> actions = new TreeMap<>();
    Map<String, long[]> records = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (loaded.rule().occasionOf(i) < 0) {
        continue;
      }
      for (Decision d : loaded.statements().get(i).decisions(day)) {
        actions.computeIfAbsent(d.iso3(), s -> new PositionAction[n])[i] =
            d.stands() ? d.action() : null;
        records.computeIfAbsent(d.iso3(), s -> new long[n])[i] = d.recordId();
      }
    }
    return new Holdings(actions, records);
  }

  public IssueDetail detail(String key, StandingQuery query) {
    Loaded loaded = load(key, query, null);
    Map<String, List<IssueStatement>> bySide = new LinkedHashMap<>();
    loaded.sides().forEach(s -> bySide.put(s, new ArrayList<>()));
    List<IssueStatement> votes = new ArrayList<>();
    List<IssueStatement> unsided = new ArrayList<>();
    List<SideRule.Member> members = loaded.rule().statements();
    for (int i = 0; i < members.size(); i++) {
      Tracked t = loaded.statements().get(i);
      RecordedStatement s = t.subject();
      int count = 0;
      Map<PositionAction, Long> tally = new EnumMap<>(PositionAction.class);
      PositionAction.heldOn(s.kind()).forEach(a -> tally.put(a, 0L));
      for (Decision d : t.decisions(query.asOf())) {
        if (d.stands()) {
          count++;
          tally.merge(d.action(), 1L, Long::sum);
        }
      }
      SideRule.Member m = members.get(i);
      String occasion = occasionKey(loaded.rule(), i);
      Map<String, String> voteSides = new LinkedHashMap<>();
      m.optionSides().forEach((a, side) -> voteSides.put(a.name(), side));
      IssueStatement view =
          new IssueStatement(
              s.key(),
              s.title(),
              s.kind(),
              s.date(),
              s.session(),
              occasion,
              m.side(),
              s.kind().isVote() ? voteSides : null,
              s.kind().isVote() ? null : count,
              s.kind().isVote() ? tally : null);
      if (s.kind().isVote()) {
        votes.add(view);
      } else if (m.side() == null) {
        unsided.add(view);
      } else {
        bySide.computeIfAbsent(m.side(), x -> new ArrayList<>()).add(view);
      }
    }
    java.util.Comparator<IssueStatement> byDate =
        java.util.Comparator.comparing(
                (IssueStatement v) -> v.date() == null ? null : v.date().latest(),
                java.util.Comparator.nullsFirst(java.util.Comparator.<LocalDate>naturalOrder()))
            .thenComparing(IssueStatement::key);
    bySide.values().forEach(l -> l.sort(byDate));
    votes.sort(byDate);
    unsided.sort(byDate);
    IssueView issue = loaded.issue();
    return new IssueDetail(
        issue.key(),
        issue.title(),
        issue.description(),
        issue.sides(),
        issue.declared(),
        loaded.basis(query),
        bySide,
        votes,
        unsided,
        occasionViews(loaded.rule()));
  }

  private static String occasionKey(SideRule rule, int statement) {
    int o = rule.occasionOf(statement);
    return o < 0 ? null : rule.occasions().get(o).key();
  }

  private static List<OccasionView> occasionViews(SideRule rule) {
    List<OccasionView> views = new ArrayList<>();
    for (SideRule.Occasion o : rule.occasions()) {
      List<String> keys = new ArrayList<>();
      for (int i : o.members()) {
        keys.add(rule.statements().get(i).key());
      }
      views.add(new OccasionView(o.key(), o.label(), o.date(), keys));
    }
    return views;
  }

  public Balance balance(String key, StandingQuery query, LocalDate since, Breakdown by) {
    return balanceOf(load(key, query, since), query, since, breakdowns.members(by, query), by);
  }

  /**
   * The balance of several issues as of the query's date, their statements read together: the home
   * page's overview of every issue.
   */
  public List<Balance> balances(List<IssueView> chosen, StandingQuery query) {
    TrackedSet set = sets.statementsOfIssues(chosen.stream().map(IssueView::key).toList(), query);
    Map<String, List<Tracked>> byIssue = new HashMap<>();
    for (Tracked t : set.statements()) {
      byIssue.computeIfAbsent(t.subject().issue(), k -> new ArrayList<>()).add(t);
    }
    List<Balance> balances = new ArrayList<>();
    for (IssueView view : chosen) {
      List<Tracked> statements = byIssue.getOrDefault(view.key(), List.of());
      Loaded loaded = loaded(view, new TrackedSet(set.through(), statements), null);
      balances.add(balanceOf(loaded, query, null, Map.of(), Breakdown.parse(null)));
    }
    return balances;
  }

  private static Balance balanceOf(
      Loaded loaded,
      StandingQuery query,
      LocalDate since,
      Map<String, Set<String>> members,
      Breakdown by) {
    Holdings holdings = holdings(loaded, query.asOf());
    Map<String, List<String>> holders = new LinkedHashMap<>();
    loaded.sides().forEach(s -> holders.put(s, new ArrayList<>()));
    holders.put(SideRule.ABSTAIN, new ArrayList<>());
    holders.put(SideRule.BOTH, new ArrayList<>());
    holdings
        .actions()
        .forEach(
            (iso3, actions) -> {
              SideRule.Side side = loaded.rule().side(actions);
              if (side != null) {
                holders.computeIfAbsent(side.stance(), s -> new ArrayList<>()).add(iso3);
              }
            });
    Map<String, StanceCount> sides = new LinkedHashMap<>();
    holders.forEach(
        (stance, iso3s) -> {
          if (!stance.equals(SideRule.ABSTAIN) && !stance.equals(SideRule.BOTH)) {
            sides.put(stance, stanceCount(iso3s, members));
          }
        });
    return new Balance(
        loaded.issue().key(),
        loaded.basis(query),
        since,
        by.label(),
        sides,
        stanceCount(holders.get(SideRule.ABSTAIN), members),
        stanceCount(holders.get(SideRule.BOTH), members));
  }

  /** The states holding a stance, in all and in each group of the breakdown. */
  private static StanceCount stanceCount(List<String> iso3s, Map<String, Set<String>> members) {
    List<String> sorted = new ArrayList<>(iso3s);
    sorted.sort(null);
    Map<String, GroupShare> byGroup = new LinkedHashMap<>();
    members.forEach(
        (group, in) -> {
          int count = (int) sorted.stream().filter(in::contains).count();
          byGroup.put(group, new GroupShare(in.size(), count, Breakdowns.share(count, in.size())));
        });
    return new StanceCount(sorted.size(), sorted, byGroup);
  }

  public IssueTimeline timeline(String key, StandingQuery query, LocalDate since) {
    Loaded loaded = load(key, query, since);
    SideRule rule = loaded.rule();
    int n = loaded.statements().size();
    List<IndexedShift> shifts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (rule.occasionOf(i) < 0) {
        continue;
      }
      for (Shift s : loaded.statements().get(i).shifts()) {
        shifts.add(new IndexedShift(i, s));
      }
    }
    shifts.sort(java.util.Comparator.comparing(s -> s.shift().date()));
    Map<String, PositionAction[]> actions = new HashMap<>();
    Map<String, TreeMap<Integer, String>> stances = new HashMap<>();
    Map<String, String> sideOf = new HashMap<>();
    Map<String, Integer> totals = new LinkedHashMap<>();
    loaded.sides().forEach(s -> totals.put(s, 0));
    totals.put(SideRule.ABSTAIN, 0);
    totals.put(SideRule.BOTH, 0);
    List<BalanceChange> entries = new ArrayList<>();
    int k = 0;
    while (k < shifts.size()) {
      LocalDate day = shifts.get(k).shift().date();
      boolean approximate = false;
      Map<String, Boolean> touched = new LinkedHashMap<>();
      for (; k < shifts.size() && shifts.get(k).shift().date().equals(day); k++) {
        IndexedShift s = shifts.get(k);
        String iso3 = s.shift().iso3();
        actions.computeIfAbsent(iso3, x -> new PositionAction[n])[s.statement()] =
            s.shift().action();
        int o = rule.occasionOf(s.statement());
        String stance = rule.stance(o, actions.get(iso3));
        TreeMap<Integer, String> kept = stances.computeIfAbsent(iso3, x -> new TreeMap<>());
        if (stance == null) {
          kept.remove(o);
        } else {
          kept.put(o, stance);
        }
        touched.merge(iso3, s.shift().approximate(), Boolean::logicalOr);
      }
      boolean changed = false;
      for (Map.Entry<String, Boolean> t : touched.entrySet()) {
        String iso3 = t.getKey();
        TreeMap<Integer, String> kept = stances.get(iso3);
        String now = kept.isEmpty() ? null : kept.lastEntry().getValue();
        String before = sideOf.get(iso3);
        if (!Objects.equals(now, before)) {
          changed = true;
          approximate |= t.getValue();
          if (before != null) {
            totals.merge(before, -1, Integer::sum);
          }
          if (now != null) {
            totals.merge(now, 1, Integer::sum);
            sideOf.put(iso3, now);
          } else {
            sideOf.remove(iso3);
          }
        }
      }
      if (changed) {
        Map<String, Integer> sides = new LinkedHashMap<>(totals);
        int abstain = sides.remove(SideRule.ABSTAIN);
        int both = sides.remove(SideRule.BOTH);
        entries.add(new BalanceChange(day, sides, abstain, both, approximate));
      }
    }
    return new IssueTimeline(loaded.issue().key(), loaded.basis(query), since, entries);
  }

  private record IndexedShift(int statement, Shift shift) {}

  /**
   * A state's side on each issue it has records on (or on one issue), over time: every date its
   * side changed up to {@code asOf}, with the records that decided it, and every statement of the
   * issue it ever stood on. Reads the statements of all those issues in one query.
   */
  public IssueAnswers.Profile profile(String code, String issue, StandingQuery query) {
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
      byIssue.computeIfAbsent(t.subject().issue(), k -> new ArrayList<>()).add(t);
    }
    List<IssueAnswers.IssueProfile> profiles = new ArrayList<>();
    for (IssueView view : chosen) {
      List<Tracked> statements = byIssue.getOrDefault(view.key(), List.of());
      Loaded loaded = loaded(view, new TrackedSet(set.through(), statements), null);
      profiles.add(profileOn(loaded, state.iso3(), query.asOf()));
    }
    return new IssueAnswers.Profile(
        state.iso3(), state.name(), ReportBasis.of(query, set.through()), profiles);
  }

  private static IssueAnswers.IssueProfile profileOn(Loaded loaded, String iso3, LocalDate asOf) {
    SideRule rule = loaded.rule();
    int n = loaded.statements().size();
    List<IndexedShift> shifts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (Shift s : loaded.statements().get(i).shifts()) {
        if (s.iso3().equals(iso3) && !s.date().isAfter(asOf)) {
          shifts.add(new IndexedShift(i, s));
        }
      }
    }
    shifts.sort(java.util.Comparator.comparing(s -> s.shift().date()));
    PositionAction[] actions = new PositionAction[n];
    PositionAction[] lastHeld = new PositionAction[n];
    List<IssueAnswers.SideChange> changes = new ArrayList<>();
    String side = null;
    int k = 0;
    while (k < shifts.size()) {
      LocalDate day = shifts.get(k).shift().date();
      List<Integer> shifted = new ArrayList<>();
      for (; k < shifts.size() && shifts.get(k).shift().date().equals(day); k++) {
        IndexedShift s = shifts.get(k);
        shifted.add(s.statement());
        actions[s.statement()] = s.shift().action();
        if (s.shift().action() != null) {
          lastHeld[s.statement()] = s.shift().action();
        }
      }
      SideRule.Side now = rule.side(actions);
      String stance = now == null ? null : now.stance();
      if (!Objects.equals(stance, side)) {
        side = stance;
        // a side is decided by the occasion that gives it; losing one, by the day's records
        List<Integer> decidingStatements =
            now == null
                ? shifted
                : java.util.Arrays.stream(rule.occasions().get(now.occasion()).members())
                    .boxed()
                    .toList();
        changes.add(
            new IssueAnswers.SideChange(
                day, stance, deciding(loaded, iso3, day, decidingStatements)));
      }
    }
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
              s.key(), s.title(), s.kind(), s.date(), occasionKey(rule, i), held, actions[i]));
    }
    stoodOn.sort(
        java.util.Comparator.comparing(
                (IssueAnswers.StoodOn v) -> v.date() == null ? null : v.date().latest(),
                java.util.Comparator.nullsFirst(java.util.Comparator.<LocalDate>naturalOrder()))
            .thenComparing(IssueAnswers.StoodOn::key));
    IssueView issue = loaded.issue();
    return new IssueAnswers.IssueProfile(issue.key(), issue.title(), side, changes, stoodOn);
  }

  /** The state's deciding records as of the day on these statements. */
  private static List<Long> deciding(
      Loaded loaded, String iso3, LocalDate day, List<Integer> statements) {
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

  public Switchers switchers(String key, StandingQuery query, LocalDate from) {
    LocalDate to = query.asOf();
    Loaded loaded = load(key, query, null);
    SideRule rule = loaded.rule();
    Holdings before = holdings(loaded, from);
    Holdings after = holdings(loaded, to);
    java.util.Set<String> either = new java.util.TreeSet<>(before.actions().keySet());
    either.addAll(after.actions().keySet());
    List<Switcher> switchers = new ArrayList<>();
    int n = loaded.statements().size();
    for (String iso3 : either) {
      SideRule.Side was = rule.side(before.actions().getOrDefault(iso3, new PositionAction[n]));
      SideRule.Side is = rule.side(after.actions().getOrDefault(iso3, new PositionAction[n]));
      String fromSide = was == null ? null : was.stance();
      String toSide = is == null ? null : is.stance();
      if (Objects.equals(fromSide, toSide)) {
        continue;
      }
      // the records, as of `to`, on the statements of the occasions that gave both sides
      long[] records = after.records().get(iso3);
      java.util.Set<Long> deciding = new java.util.TreeSet<>();
      for (SideRule.Side side : java.util.Arrays.asList(was, is)) {
        if (side != null && records != null) {
          for (int i : rule.occasions().get(side.occasion()).members()) {
            if (records[i] != 0) {
              deciding.add(records[i]);
            }
          }
        }
      }
      String name = states.byIso3(iso3).map(StateView::name).orElse(iso3);
      switchers.add(new Switcher(iso3, name, fromSide, toSide, List.copyOf(deciding)));
    }
    switchers.sort(java.util.Comparator.comparing(Switcher::iso3, states.byName()));
    return new Switchers(loaded.issue().key(), from, loaded.basis(query), switchers);
  }

  public StanceTable stances(String key, StandingQuery query, LocalDate since) {
    Loaded loaded = load(key, query, since);
    SideRule rule = loaded.rule();
    Holdings holdings = holdings(loaded, query.asOf());
    int n = loaded.statements().size();
    List<StateStances> rows = new ArrayList<>();
    List<StateView> all = new ArrayList<>(states.all());
    all.sort(java.util.Comparator.comparing(StateView::iso3, states.byName()));
    for (StateView state : all) {
      PositionAction[] actions =
          holdings.actions().getOrDefault(state.iso3(), new PositionAction[n]);
      List<String> stances = new ArrayList<>();
      for (int o = 0; o < rule.occasions().size(); o++) {
        stances.add(rule.stance(o, actions));
      }
      SideRule.Side side = rule.side(actions);
      rows.add(
          new StateStances(
              state.iso3(),
              state.name(),
              state.regionalGroup(),
              side == null ? null : side.stance(),
              stances));
    }
    return new StanceTable(
        loaded.issue().key(), loaded.basis(query), since, occasionViews(rule), rows);
  }
}
