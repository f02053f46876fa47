package org.signatorytracker.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signatorytracker.analysis.IssueAnswers.Balance;
import org.signatorytracker.analysis.IssueAnswers.BalanceChange;
import org.signatorytracker.analysis.IssueAnswers.GroupShare;
import org.signatorytracker.analysis.IssueAnswers.IssueTimeline;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.KeptPerRevision;
import org.signatorytracker.common.RevisionCounter;
import org.signatorytracker.reports.Breakdown;
import org.signatorytracker.reports.Breakdowns;
import org.signatorytracker.reports.ListCoverage;
import org.signatorytracker.reports.ListStatus;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.TrackedSets;
import org.signatorytracker.reports.TrackedSets.Tracked;
import org.signatorytracker.reports.TrackedSets.TrackedSet;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.IssueView;
import org.signatorytracker.statements.SideClaimService;
import org.signatorytracker.statements.SideClaimView;
import org.signatorytracker.states.StateDirectory;

/**
 * The balance of an issue's sides as of a date, for one issue or several at once, and how it moved
 * over time, by the side rule ({@link SideRule}) on the issue's statements.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IssueBalances {

  @Inject IssueAnalysis analysis;
  @Inject IssueService issues;
  @Inject TrackedSets sets;
  @Inject StateDirectory states;
  @Inject Breakdowns breakdowns;
  @Inject StatementSets statementSets;
  @Inject RevisionCounter revisions;
  @Inject SideClaimService sideClaims;

  /** The balance of an issue read already, by regional group, as of the query's date. */
  Balance balance(IssueAnalysis.Loaded loaded, ReportQuery query) {
    Breakdown by = Breakdown.parse(null);
    return balanceOf(
        loaded,
        query,
        null,
        breakdowns.members(by, query),
        by,
        lists(loaded.set(), query),
        claims(List.of(loaded.issue().key()), query).getOrDefault(loaded.issue().key(), Map.of()));
  }

  public Balance balance(String key, ReportQuery query, LocalDate since, Breakdown by) {
    IssueAnalysis.Loaded loaded = analysis.load(key, query, since);
    return balanceOf(
        loaded,
        query,
        since,
        breakdowns.members(by, query),
        by,
        lists(loaded.set(), query),
        claims(List.of(loaded.issue().key()), query).getOrDefault(loaded.issue().key(), Map.of()));
  }

  /** The claims about the issues' sides standing as of the query's date: one query for all. */
  private Map<String, Map<String, List<SideClaimView>>> claims(
      List<String> issueKeys, ReportQuery query) {
    return sideClaims.consideredAsOf(
        issueKeys, query.asOf(), query.knownBy(), query.asRecorded(), query.excludeAnonymous());
  }

  /** Each statement's list, by key: its claims read in one query for the whole set. */
  private Map<String, ListCoverage> lists(TrackedSet set, ReportQuery query) {
    Map<String, ListCoverage> lists = new HashMap<>();
    for (StatementSets.StatementList l : statementSets.lists(set, query)) {
      lists.put(l.statement().subject().key(), l.list());
    }
    return lists;
  }

  /**
   * The balance of several issues as of the query's date, their statements read together: the home
   * page's overview of every issue.
   */
  public List<Balance> balances(List<IssueView> chosen, ReportQuery query) {
    if (!query.asRecorded().isNow()) {
      return balanced(chosen, query);
    }
    // kept until another revision commits: the home page asks for the same ones on every view
    return balancesKept.get(
        chosen.stream().map(v -> new IssueAsked(v, query)).toList(),
        () -> revisions.lastCommitted().number(),
        missing -> balanced(missing.stream().map(IssueAsked::issue).toList(), query));
  }

  /** An issue (as it is now) whose balance is asked for with a query. */
  private record IssueAsked(IssueView issue, ReportQuery query) {}

  private final KeptPerRevision<IssueAsked, Balance> balancesKept = new KeptPerRevision<>(10_000);

  private List<Balance> balanced(List<IssueView> chosen, ReportQuery query) {
    TrackedSet set = sets.statementsOfIssues(chosen.stream().map(IssueView::key).toList(), query);
    Map<String, List<Tracked>> byIssue = new HashMap<>();
    for (Tracked t : set.statements()) {
      t.subject()
          .issues()
          .forEach(i -> byIssue.computeIfAbsent(i.issue(), k -> new ArrayList<>()).add(t));
    }
    Map<String, ListCoverage> lists = lists(set, query);
    Map<String, Map<String, List<SideClaimView>>> claims =
        claims(chosen.stream().map(IssueView::key).toList(), query);
    List<Balance> balances = new ArrayList<>();
    for (IssueView view : chosen) {
      List<Tracked> statements = byIssue.getOrDefault(view.key(), List.of());
      IssueAnalysis.Loaded loaded =
          IssueAnalysis.loaded(view, new TrackedSet(set.through(), statements), null);
      balances.add(
          balanceOf(
              loaded,
              query,
              null,
              Map.of(),
              Breakdown.parse(null),
              lists,
              claims.getOrDefault(view.key(), Map.of())));
    }
    return balances;
  }

  private static Balance balanceOf(
      IssueAnalysis.Loaded loaded,
      ReportQuery query,
      LocalDate since,
      Map<String, Set<String>> members,
      Breakdown by,
      Map<String, ListCoverage> lists,
      Map<String, List<SideClaimView>> claims) {
    IssueAnalysis.Holdings holdings = IssueAnalysis.holdings(loaded, query.asOf());
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
            sides.put(
                stance,
                withLists(
                    stanceCount(iso3s, members),
                    stance,
                    loaded,
                    lists,
                    claims.getOrDefault(stance, List.of())));
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

  /**
   * A side's count with how far the lists of its statements go: how many statements stand on it (a
   * vote on each side one of its options maps to), how many have no list or a partial one, and
   * those without a list with the count their sources report.
   */
  private static StanceCount withLists(
      StanceCount count,
      String side,
      IssueAnalysis.Loaded loaded,
      Map<String, ListCoverage> lists,
      List<SideClaimView> claims) {
    SideRule rule = loaded.rule();
    int statements = 0;
    int withoutList = 0;
    int partial = 0;
    List<Unlisted> unlisted = new ArrayList<>();
    for (int i = 0; i < rule.statements().size(); i++) {
      SideRule.Member member = rule.statements().get(i);
      if (rule.occasionOf(i) < 0
          || !(side.equals(member.side()) || member.optionSides().containsValue(side))) {
        continue;
      }
      statements++;
      ListCoverage list = lists.get(member.key());
      if (list == null) {
        continue;
      }
      if (list.status() == ListStatus.NONE) {
        withoutList++;
        unlisted.add(
            new Unlisted(
                member.key(),
                list.reportedCount(),
                ClaimedCount.boundOf(list.reported()),
                ClaimedCount.countToOf(list.reported())));
      } else if (list.status() == ListStatus.PARTIAL) {
        partial++;
      }
    }
    // the documented count as a share of the chosen claim's number, where there is one to divide by
    Double shareOfClaim =
        claims.isEmpty() ? null : Breakdowns.share(count.count(), claims.get(0).count());
    return new StanceCount(
        count.count(),
        count.states(),
        count.byGroup(),
        statements,
        withoutList,
        partial,
        unlisted,
        claims,
        shareOfClaim);
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

  public IssueTimeline timeline(String key, ReportQuery query, LocalDate since) {
    IssueAnalysis.Loaded loaded = analysis.load(key, query, since);
    Map<String, Integer> totals = new LinkedHashMap<>();
    loaded.sides().forEach(s -> totals.put(s, 0));
    totals.put(SideRule.ABSTAIN, 0);
    totals.put(SideRule.BOTH, 0);
    List<BalanceChange> entries = new ArrayList<>();
    SideReplay.replay(
        loaded,
        iso3 -> true,
        null,
        (day, changes) -> {
          if (changes.isEmpty()) {
            return;
          }
          boolean approximate = false;
          for (SideReplay.Change c : changes) {
            approximate |= c.approximate();
            if (c.before() != null) {
              totals.merge(c.before(), -1, Integer::sum);
            }
            if (c.stance() != null) {
              totals.merge(c.stance(), 1, Integer::sum);
            }
          }
          Map<String, Integer> sides = new LinkedHashMap<>(totals);
          int abstain = sides.remove(SideRule.ABSTAIN);
          int both = sides.remove(SideRule.BOTH);
          entries.add(new BalanceChange(day, sides, abstain, both, approximate));
        });
    return new IssueTimeline(loaded.issue().key(), loaded.basis(query), since, entries);
  }
}
