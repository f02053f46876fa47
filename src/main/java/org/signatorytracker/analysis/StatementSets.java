package org.signatorytracker.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signatorytracker.analysis.SetAnswers.Coverage;
import org.signatorytracker.analysis.SetAnswers.CoverageList;
import org.signatorytracker.analysis.SetAnswers.Matrix;
import org.signatorytracker.analysis.SetAnswers.MatrixRow;
import org.signatorytracker.analysis.SetAnswers.SetQuery;
import org.signatorytracker.analysis.SetAnswers.StateEntry;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.RecordOrder;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.Decision;
import org.signatorytracker.reports.ListCoverage;
import org.signatorytracker.reports.ReportBasis;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.StatementChoice;
import org.signatorytracker.reports.TrackedSets;
import org.signatorytracker.reports.TrackedSets.Tracked;
import org.signatorytracker.reports.TrackedSets.TrackedSet;
import org.signatorytracker.statements.ClaimService;
import org.signatorytracker.statements.ClaimView;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.Stages;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKeys;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * Questions across any number of statements: which states stand on all, any or none of them; what
 * every state did on each. Each reads the statements and their records once, through the engine.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatementSets {

  @Inject TrackedSets sets;
  @Inject StateDirectory states;
  @Inject IssueService issues;
  @Inject StatementService statements;
  @Inject ClaimService claims;

  /**
   * The states standing on all, any and none of the statements chosen as of the query's date; with
   * {@code ever}, that stood on them at some time up to it (not before {@code from}).
   */
  public SetQuery query(
      List<StatementChoice> all,
      List<StatementChoice> any,
      List<StatementChoice> none,
      ReportQuery query,
      boolean ever,
      LocalDate from) {
    if (all.isEmpty() && any.isEmpty() && none.isEmpty()) {
      throw new InvalidInputException(
          new FieldError(
              "all", "give statements in all, any or none, such as all=letter-2019,letter-2020"));
    }
    Set<String> keys = new LinkedHashSet<>();
    for (List<StatementChoice> list : List.of(all, any, none)) {
      list.forEach(c -> keys.add(c.key()));
    }
    TrackedSet set = sets.statementsWithKeys(keys, query);
    Map<String, Tracked> byKey = new HashMap<>();
    set.statements().forEach(t -> byKey.put(t.subject().key(), t));
    Map<StatementChoice, Set<String>> holders = new HashMap<>();
    for (List<StatementChoice> list : List.of(all, any, none)) {
      for (StatementChoice choice : list) {
        Tracked tracked = byKey.get(choice.key());
        if (tracked == null) {
          throw StatementKeys.notFound(choice.field(), choice.key());
        }
        PositionAction action = choice.actionFor(tracked.subject().kind(), null);
        Set<String> holding = new HashSet<>();
        if (ever) {
          holding.addAll(tracked.heldBetween(action, from, query.asOf()));
        } else {
          for (Decision d : tracked.decisions(query.asOf())) {
            if (d.action() == action) {
              holding.add(d.iso3());
            }
          }
        }
        holders.put(choice, holding);
      }
    }
    List<StateEntry> found = new ArrayList<>();
    for (StateView state : sortedStates()) {
      String iso3 = state.iso3();
      boolean onAll = all.stream().allMatch(c -> holders.get(c).contains(iso3));
      boolean onAny = any.isEmpty() || any.stream().anyMatch(c -> holders.get(c).contains(iso3));
      boolean onNone = none.stream().noneMatch(c -> holders.get(c).contains(iso3));
      if (onAll && onAny && onNone) {
        found.add(new StateEntry(iso3, state.name(), state.regionalGroup()));
      }
    }
    return new SetQuery(
        written(all),
        written(any),
        written(none),
        ever ? Boolean.TRUE : null,
        from,
        ReportBasis.of(query, set.through()),
        found.size(),
        found);
  }

  private static List<String> written(List<StatementChoice> choices) {
    return choices.stream().map(StatementChoice::written).toList();
  }

  /**
   * Every state's deciding action on each statement: the issue's statements (by date, then key) and
   * the ones named, in the order given.
   */
  public Matrix matrix(
      String issue, List<String> keys, ReportQuery query, boolean ever, LocalDate from) {
    if ((issue == null || issue.isBlank()) && keys.isEmpty()) {
      throw new InvalidInputException(
          new FieldError("statements", "give an issue, statements, or both"));
    }
    List<Tracked> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ReportBasis.Through through = null;
    String issueKey = null;
    if (issue != null && !issue.isBlank()) {
      issueKey = issues.require(issue).key();
      TrackedSet ofIssue = sets.statementsOfIssue(issueKey, query);
      List<Tracked> sorted = new ArrayList<>(ofIssue.statements());
      sorted.sort(
          RecordOrder.undatedFirst((Tracked t) -> t.subject().datedOn(), t -> t.subject().key()));
      sorted.forEach(t -> seen.add(t.subject().key()));
      columns.addAll(sorted);
      through = ofIssue.through();
    }
    if (!keys.isEmpty()) {
      TrackedSet named = sets.statementsWithKeys(keys, query);
      Map<String, Tracked> byKey = new HashMap<>();
      named.statements().forEach(t -> byKey.put(t.subject().key(), t));
      for (String key : keys) {
        Tracked t = byKey.get(Statement.canonicalKey(key));
        if (t == null) {
          throw StatementKeys.notFound("statements", key);
        }
        if (seen.add(t.subject().key())) {
          columns.add(t);
        }
      }
      through = through == null ? named.through() : through;
    }
    Map<String, PositionAction[]> actions = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      for (Decision d : columns.get(i).decisions(query.asOf())) {
        actions.computeIfAbsent(d.iso3(), s -> new PositionAction[columns.size()])[i] = d.action();
      }
    }
    Map<String, String[]> paths = new HashMap<>();
    if (ever) {
      for (int i = 0; i < columns.size(); i++) {
        int column = i;
        columns
            .get(i)
            .actionsBetween(from, query.asOf())
            .forEach(
                (iso3, path) ->
                    paths.computeIfAbsent(iso3, s -> new String[columns.size()])[column] =
                        String.join("→", path.stream().map(PositionAction::name).toList()));
      }
    }
    List<MatrixRow> rows = new ArrayList<>();
    PositionAction[] empty = new PositionAction[columns.size()];
    String[] none = new String[columns.size()];
    for (StateView state : sortedStates()) {
      rows.add(
          new MatrixRow(
              state.iso3(),
              state.name(),
              state.regionalGroup(),
              Arrays.asList(actions.getOrDefault(state.iso3(), empty)),
              ever ? Arrays.asList(paths.getOrDefault(state.iso3(), none)) : null));
    }
    return new Matrix(
        issueKey,
        columns.stream().map(t -> t.subject().key()).toList(),
        ReportBasis.of(query, through),
        rows);
  }

  /**
   * Every statement of the issue (of all issues when none is given) with how many states it names,
   * the count reported as of {@code asOf}, and the list's status; the lowest share first.
   */
  public CoverageList coverage(String issue, ReportQuery query) {
    String issueKey = issue == null || issue.isBlank() ? null : issues.require(issue).key();
    TrackedSet set = scope(issueKey, null, query);
    List<Coverage> rows = new ArrayList<>();
    for (StatementList l : lists(set, query)) {
      Tracked t = l.statement();
      ListCoverage list = l.list();
      rows.add(
          new Coverage(
              t.subject().key(),
              t.subject().title(),
              t.subject().kind(),
              t.subject().date(),
              list.named(),
              list.reportedCount(),
              ClaimedCount.boundOf(list.reported()),
              ClaimedCount.countToOf(list.reported()),
              list.status(),
              list.declared() ? Boolean.TRUE : null,
              list.declared() ? list.computed() : null,
              list.standingOnClaimDate(),
              list.share(),
              list.shareNamed(),
              Stages.summary(t.subject().stageFacts())));
    }
    rows.sort(
        Comparator.comparing(
                Coverage::share, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
            .thenComparing(
                Coverage::shareNamed, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
            .thenComparing(Coverage::key));
    return new CoverageList(issueKey, ReportBasis.of(query, set.through()), rows);
  }

  /**
   * The statements a question is about: the one with the key {@code statement} (as recorded), else
   * those of the issue, else all of them.
   */
  TrackedSet scope(String issueKey, String statement, ReportQuery query) {
    if (statement != null) {
      return sets.statementsWithKeys(List.of(statement), query);
    }
    return issueKey == null
        ? sets.statementsWithKeys(statements.allKeys(), query)
        : sets.statementsOfIssue(issueKey, query);
  }

  /** A statement of a set, the claim that gives its reported count (or null), and its list. */
  record StatementList(Tracked statement, ClaimView chosen, ListCoverage list) {}

  /** How complete each statement's list is: its claims read in one query for the whole set. */
  List<StatementList> lists(TrackedSet set, ReportQuery query) {
    Map<String, ClaimView> chosen = new HashMap<>();
    List<Long> ids = set.statements().stream().map(t -> t.subject().id()).toList();
    if (!ids.isEmpty()) {
      for (ClaimView claim :
          claims.consideredAsOf(
              ids,
              query.asOf(),
              query.knownBy(),
              query.asRecorded(),
              query.includeProposed(),
              query.excludeAnonymous())) {
        if (Boolean.TRUE.equals(claim.chosen())) {
          chosen.put(claim.statement(), claim);
        }
      }
    }
    List<StatementList> lists = new ArrayList<>();
    for (Tracked t : set.statements()) {
      ClaimView claim = chosen.get(t.subject().key());
      lists.add(new StatementList(t, claim, ListCoverage.of(t, claim, t.subject().declaredList())));
    }
    return lists;
  }

  private List<StateView> sortedStates() {
    List<StateView> all = new ArrayList<>(states.all());
    all.sort(Comparator.comparing(StateView::iso3, states.byName()));
    return all;
  }
}
