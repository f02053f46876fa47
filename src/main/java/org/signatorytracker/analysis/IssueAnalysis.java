package org.signatorytracker.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.signatorytracker.analysis.IssueAnswers.IssueDetail;
import org.signatorytracker.analysis.IssueAnswers.IssueStatement;
import org.signatorytracker.analysis.IssueAnswers.OccasionView;
import org.signatorytracker.analysis.IssueAnswers.StanceTable;
import org.signatorytracker.analysis.IssueAnswers.StateStances;
import org.signatorytracker.analysis.IssueAnswers.Switcher;
import org.signatorytracker.analysis.IssueAnswers.Switchers;
import org.signatorytracker.common.RecordOrder;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.RecordedStatement;
import org.signatorytracker.reports.ReportBasis;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.TrackedSets;
import org.signatorytracker.reports.TrackedSets.Tracked;
import org.signatorytracker.reports.TrackedSets.TrackedSet;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.IssueSide;
import org.signatorytracker.statements.IssueView;
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

  /** An issue's statements as recorded, read by the rule, and how far the data runs. */
  record Loaded(IssueView issue, TrackedSet set, SideRule rule, List<String> sides) {

    List<Tracked> statements() {
      return set.statements();
    }

    ReportBasis basis(ReportQuery query) {
      return ReportBasis.of(query, set.through());
    }
  }

  Loaded load(String key, ReportQuery query, LocalDate since) {
    IssueView issue = issues.asRecorded(issues.require(key), query.asRecorded());
    return loaded(issue, sets.statementsOfIssue(issue.key(), query), since);
  }

  /** The rule over an issue's statements, read already. */
  static Loaded loaded(IssueView issue, TrackedSet set, LocalDate since) {
    Map<String, String> spelling = new LinkedHashMap<>();
    issue.sides().forEach(s -> spelling.put(s.toLowerCase(Locale.ROOT), s));
    List<SideRule.Member> members = new ArrayList<>();
    for (Tracked t : set.statements()) {
      RecordedStatement s = t.subject();
      // read by its issue, a statement stands in it; one that does not would put no state on a side
      IssueSide here =
          Objects.requireNonNullElse(s.in(issue.key()), new IssueSide(issue.key(), null, null));
      Map<PositionAction, String> options = new EnumMap<>(PositionAction.class);
      here.optionSides()
          .forEach(
              (option, side) ->
                  options.put(PositionAction.valueOf(option), spelled(spelling, side)));
      members.add(
          new SideRule.Member(
              s.key(),
              s.datedOn(),
              s.session(),
              s.kind().isVote() ? null : spelled(spelling, here.side()),
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
    Map<String, PositionAction[]> actions = new HashMap<>();
    Map<String, long[]> records = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (loaded.rule().occasionOf(i) < 0) {
        continue;
      }
      int statement = i;
      loaded
          .statements()
          .get(i)
          .decide(
              day,
              (iso3, action, recordId) -> {
                actions.computeIfAbsent(iso3, s -> new PositionAction[n])[statement] =
                    action.holds() ? action : null;
                records.computeIfAbsent(iso3, s -> new long[n])[statement] = recordId;
              });
    }
    return new Holdings(new TreeMap<>(actions), records);
  }

  public IssueDetail detail(String key, ReportQuery query) {
    return detail(load(key, query, null), query);
  }

  /** The detail of an issue read already. */
  IssueDetail detail(Loaded loaded, ReportQuery query) {
    Map<String, List<IssueStatement>> bySide = new LinkedHashMap<>();
    loaded.sides().forEach(s -> bySide.put(s, new ArrayList<>()));
    List<IssueStatement> votes = new ArrayList<>();
    List<IssueStatement> unsided = new ArrayList<>();
    List<SideRule.Member> members = loaded.rule().statements();
    for (int i = 0; i < members.size(); i++) {
      Tracked t = loaded.statements().get(i);
      RecordedStatement s = t.subject();
      Map<PositionAction, Long> tally = new EnumMap<>(PositionAction.class);
      PositionAction.heldOn(s.kind()).forEach(a -> tally.put(a, 0L));
      t.decide(
          query.asOf(),
          (iso3, action, recordId) -> {
            if (action.holds()) {
              tally.merge(action, 1L, Long::sum);
            }
          });
      int count = tally.values().stream().mapToInt(Long::intValue).sum();
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
    Comparator<IssueStatement> byDate =
        RecordOrder.undatedFirst(
            (IssueStatement v) -> v.date() == null ? null : v.date().latest(), IssueStatement::key);
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

  static String occasionKey(SideRule rule, int statement) {
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

  /**
   * The states whose side differs between {@code from} and the query's date, of the kinds of change
   * asked for (empty: every kind): {@code SWITCHED} first, then by name.
   */
  public Switchers switchers(
      String key, ReportQuery query, LocalDate from, Set<SwitchKind> changes) {
    return switchers(load(key, query, null), query, from, changes);
  }

  /** The switchers of an issue read already. */
  Switchers switchers(Loaded loaded, ReportQuery query, LocalDate from, Set<SwitchKind> changes) {
    LocalDate to = query.asOf();
    SideRule rule = loaded.rule();
    Holdings before = holdings(loaded, from);
    Holdings after = holdings(loaded, to);
    Set<String> either = new TreeSet<>(before.actions().keySet());
    either.addAll(after.actions().keySet());
    List<Switcher> switchers = new ArrayList<>();
    int n = loaded.statements().size();
    for (String iso3 : either) {
      SideRule.Side was = rule.side(before.actions().getOrDefault(iso3, new PositionAction[n]));
      SideRule.Side is = rule.side(after.actions().getOrDefault(iso3, new PositionAction[n]));
      String fromSide = was == null ? null : was.stance();
      String toSide = is == null ? null : is.stance();
      SwitchKind change = SwitchKind.between(fromSide, toSide);
      if (change == null || !(changes.isEmpty() || changes.contains(change))) {
        continue;
      }
      // the records, as of `to`, on the statements of the occasions that gave both sides
      long[] records = after.records().get(iso3);
      Set<Long> deciding = new TreeSet<>();
      for (SideRule.Side side : Arrays.asList(was, is)) {
        if (side != null && records != null) {
          for (int i : rule.occasions().get(side.occasion()).members()) {
            if (records[i] != 0) {
              deciding.add(records[i]);
            }
          }
        }
      }
      String name = states.byIso3(iso3).map(StateView::name).orElse(iso3);
      switchers.add(new Switcher(iso3, name, change, fromSide, toSide, List.copyOf(deciding)));
    }
    switchers.sort(
        Comparator.comparing((Switcher s) -> s.change() != SwitchKind.SWITCHED)
            .thenComparing(Switcher::iso3, states.byName()));
    return new Switchers(loaded.issue().key(), from, loaded.basis(query), switchers);
  }

  public StanceTable stances(String key, ReportQuery query, LocalDate since) {
    Loaded loaded = load(key, query, since);
    SideRule rule = loaded.rule();
    Holdings holdings = holdings(loaded, query.asOf());
    int n = loaded.statements().size();
    List<StateStances> rows = new ArrayList<>();
    List<StateView> all = new ArrayList<>(states.all());
    all.sort(Comparator.comparing(StateView::iso3, states.byName()));
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
