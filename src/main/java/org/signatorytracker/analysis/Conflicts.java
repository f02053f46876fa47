package org.signatorytracker.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.CsvColumns;
import org.signatorytracker.common.KeptPerRevision;
import org.signatorytracker.common.RevisionCounter;
import org.signatorytracker.positions.PositionService;
import org.signatorytracker.positions.PositionView;
import org.signatorytracker.positions.RecordDisputes;
import org.signatorytracker.reports.ListCoverage;
import org.signatorytracker.reports.ListStatus;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.TrackedSets;
import org.signatorytracker.reports.TrackedSets.Tracked;
import org.signatorytracker.reports.TrackedSets.TrackedSet;
import org.signatorytracker.statements.ClaimDisputes;
import org.signatorytracker.statements.ClaimService;
import org.signatorytracker.statements.ClaimView;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.IssueSide;
import org.signatorytracker.statements.Statement;

/**
 * Where the sources disagree, or the data says what is often an error of entry: competing claims of
 * a count, records of a state that contradict each other, more states standing on a claim's date
 * than it says, a declared complete list the records do not add up to, and states standing on both
 * rival statements of one occasion. Each is told, never settled: the answers keep their rules.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Conflicts {

  /** What kind of disagreement an item is. */
  public enum Kind {
    COMPETING_CLAIMS,
    CONTRADICTING_RECORDS,
    MORE_STANDING_THAN_CLAIMED,
    DECLARED_LIST_DISAGREES,
    BOTH_SIDES
  }

  /** One disagreement, with the claims or records it rests on and their sources. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Conflict(
      @Schema(examples = "COMPETING_CLAIMS") Kind kind,
      @Schema(description = "The statement it is about", examples = "hrc41-2019-xinjiang-critical")
          String statement,
      @Schema(
              description = "Every statement it involves (two for a state on both sides)",
              examples = "[\"hrc41-2019-xinjiang-critical\"]")
          List<String> statements,
      @Schema(description = "The state it is about, where there is one", examples = "QAT")
          String state,
      @Schema(
              description = "What disagrees, in a sentence",
              examples = "The sources disagree on the count: 44 (2019-07-12) or 43 (2019-07-12)")
          String detail,
      @Schema(description = "The claims of the count involved, with their sources")
          List<ClaimView> claims,
      @Schema(description = "The position records involved, with their sources")
          List<PositionView> records,
      @Schema(
              description = "For a state on both sides: the issue whose occasion it is",
              examples = "xinjiang",
              nullable = true)
          String issue) {}

  /** The CSV form of a list of conflicts. */
  public static final CsvColumns<Conflict> CSV =
      CsvColumns.of(Conflict.class)
          .add("kind", Conflict::kind)
          .add("statement", Conflict::statement)
          .add("statements", c -> String.join(";", c.statements()))
          .add("state", Conflict::state)
          .add("detail", Conflict::detail)
          .add(
              "claim_ids",
              c ->
                  c.claims().stream()
                      .map(v -> Long.toString(v.id()))
                      .collect(Collectors.joining(";")))
          .add(
              "record_ids",
              c ->
                  c.records().stream()
                      .map(v -> Long.toString(v.id()))
                      .collect(Collectors.joining(";")));

  @Inject StatementSets sets;
  @Inject TrackedSets tracked;
  @Inject IssueService issues;
  @Inject IssueAnalysis analysis;
  @Inject ClaimService claims;
  @Inject RecordDisputes records;
  @Inject RevisionCounter revisions;
  @Inject PositionService positions;

  /**
   * Every conflict among the statements of the issue, or the one statement, or all of them: by
   * statement, then kind, then state.
   *
   * @param issue an issue key, or null
   * @param statement a statement key, or null
   */
  public List<Conflict> find(String issue, String statement, ReportQuery query) {
    String issueKey = issue == null || issue.isBlank() ? null : issues.require(issue).key();
    String statementKey = statement == null || statement.isBlank() ? null : statement;
    TrackedSet set = sets.scope(issueKey, statementKey, query);
    if (statementKey != null && set.statements().isEmpty()) {
      throw org.signatorytracker.statements.StatementKeys.notFound("statement", statementKey);
    }
    List<String> issueKeys = new ArrayList<>();
    if (issueKey != null) {
      issueKeys.add(issueKey);
    } else {
      for (Tracked t : set.statements()) {
        t.subject().issues().stream()
            .map(IssueSide::issue)
            .filter(k -> !issueKeys.contains(k))
            .forEach(issueKeys::add);
      }
    }
    return find(set, issueKeys, statementKey, query);
  }

  /**
   * How many conflicts each of these issues has (its statements' disputes, and states on both sides
   * of one of its occasions): the statements of all of them read at once, for a page that lists
   * issues.
   */
  public Map<String, Integer> countsByIssue(List<String> issueKeys, ReportQuery query) {
    if (!query.asRecorded().isNow()) {
      return countedByIssue(issueKeys, query);
    }
    // kept until another revision commits: the home page asks for the same ones on every view
    List<Integer> kept =
        countsKept.get(
            issueKeys.stream().map(k -> new IssueAsked(k, query)).toList(),
            () -> revisions.lastCommitted().number(),
            missing -> {
              Map<String, Integer> counted =
                  countedByIssue(missing.stream().map(IssueAsked::issue).toList(), query);
              return missing.stream().map(m -> counted.get(m.issue())).toList();
            });
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < issueKeys.size(); i++) {
      counts.put(issueKeys.get(i), kept.get(i));
    }
    return counts;
  }

  /** An issue's count of conflicts asked for with a query. */
  private record IssueAsked(String issue, ReportQuery query) {}

  private final KeptPerRevision<IssueAsked, Integer> countsKept = new KeptPerRevision<>(10_000);

  private Map<String, Integer> countedByIssue(List<String> issueKeys, ReportQuery query) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    issueKeys.forEach(k -> counts.put(k, 0));
    if (issueKeys.isEmpty()) {
      return counts;
    }
    TrackedSet set = tracked.statementsOfIssues(issueKeys, query);
    Map<String, List<String>> issuesOf = new HashMap<>();
    // the disputes between records, by the statement they are on, counted from their sources only
    Map<long[], String> statementOf = new IdentityHashMap<>();
    for (Tracked t : set.statements()) {
      issuesOf.put(
          t.subject().key(),
          t.subject().issues().stream().map(IssueSide::issue).filter(counts::containsKey).toList());
      t.contradictions().forEach(pair -> statementOf.put(pair, t.subject().key()));
    }
    for (long[] pair : records.confirmedPairs(List.copyOf(statementOf.keySet()))) {
      issuesOf.get(statementOf.get(pair)).forEach(issue -> counts.merge(issue, 1, Integer::sum));
    }
    List<Conflict> others = new ArrayList<>();
    competingClaims(set.statements().stream().map(t -> t.subject().id()).toList(), query, others);
    lists(set, query, others);
    for (Conflict c : others) {
      Set<String> of = new HashSet<>();
      c.statements().forEach(s -> of.addAll(issuesOf.getOrDefault(s, List.of())));
      of.forEach(issue -> counts.merge(issue, 1, Integer::sum));
    }
    bothSidesCases(issueKeys, null, query)
        .forEach(c -> counts.merge(c.getValue(), 1, Integer::sum));
    return counts;
  }

  private List<Conflict> find(
      TrackedSet set, List<String> issueKeys, String statementKey, ReportQuery query) {
    List<Long> ids = set.statements().stream().map(t -> t.subject().id()).toList();
    List<Conflict> found = new ArrayList<>();
    competingClaims(ids, query, found);
    // the engine's pairs among the records the query lets count; their sources are read once
    List<long[]> candidates = new ArrayList<>();
    set.statements().forEach(t -> candidates.addAll(t.contradictions()));
    for (RecordDisputes.Contradiction c : records.confirmed(candidates)) {
      found.add(
          conflict(
              Kind.CONTRADICTING_RECORDS,
              List.of(c.first().statement()),
              c.first().state().iso3(),
              "Records of "
                  + c.first().state().name()
                  + " from different sources contradict each other: "
                  + c.first().action()
                  + " ("
                  + dateOf(c.first())
                  + ") and "
                  + c.second().action()
                  + " ("
                  + dateOf(c.second())
                  + ")",
              List.of(),
              List.of(c.first(), c.second())));
    }
    lists(set, query, found);
    bothSides(issueKeys, statementKey, query, found);
    found.sort(
        Comparator.comparing(Conflict::statement)
            .thenComparing(Conflict::kind)
            .thenComparing(c -> c.state() == null ? "" : c.state()));
    return found;
  }

  private void competingClaims(List<Long> ids, ReportQuery query, List<Conflict> found) {
    if (ids.isEmpty()) {
      return;
    }
    Map<String, List<ClaimView>> byStatement = new LinkedHashMap<>();
    for (ClaimView claim :
        claims.consideredAsOf(
            ids,
            query.asOf(),
            query.knownBy(),
            query.asRecorded(),
            query.includeProposed(),
            query.excludeAnonymous())) {
      byStatement.computeIfAbsent(claim.statement(), s -> new ArrayList<>()).add(claim);
    }
    byStatement.forEach(
        (key, list) -> {
          for (List<ClaimView> dispute : ClaimDisputes.disputes(list)) {
            found.add(
                conflict(
                    Kind.COMPETING_CLAIMS,
                    List.of(key),
                    null,
                    "The sources disagree on the count: "
                        + dispute.stream()
                            .map(
                                c ->
                                    c.reported()
                                        + " ("
                                        + c.on()
                                        + (c.anonymousOnly() ? ", unnamed sources only" : "")
                                        + ")")
                            .collect(Collectors.joining(" or ")),
                    dispute,
                    List.of()));
          }
        });
  }

  /** Lists that say more than their claims, or less than they are declared to. */
  private void lists(TrackedSet set, ReportQuery query, List<Conflict> found) {
    for (StatementSets.StatementList l : sets.lists(set, query)) {
      ListCoverage list = l.list();
      String key = l.statement().subject().key();
      if (list.moreStandingThanClaimed()) {
        found.add(
            conflict(
                Kind.MORE_STANDING_THAN_CLAIMED,
                List.of(key),
                null,
                list.standingOnClaimDate()
                    + " states stand on "
                    + l.chosen().on()
                    + ", the date of the claim of "
                    + list.reported().phrase(),
                List.of(l.chosen()),
                List.of()));
      }
      if (list.declaredCompleteDisagrees()) {
        found.add(
            conflict(
                Kind.DECLARED_LIST_DISAGREES,
                List.of(key),
                null,
                "The list is declared COMPLETE, but the records give "
                    + list.computed()
                    + (list.computed() == ListStatus.PARTIAL
                        ? " ("
                            + list.standingOnClaimDate()
                            + " of "
                            + list.reported().phrase()
                            + ")"
                        : ""),
                l.chosen() == null ? List.of() : List.of(l.chosen()),
                List.of()));
      }
    }
  }

  /** States standing on both sides of one occasion, in each of these issues. */
  private void bothSides(
      List<String> issueKeys, String statementKey, ReportQuery query, List<Conflict> found) {
    List<Map.Entry<BothSides.Found, String>> cases = bothSidesCases(issueKeys, statementKey, query);
    List<Long> ids = new ArrayList<>();
    cases.forEach(c -> ids.addAll(c.getKey().records()));
    Map<Long, PositionView> views = new LinkedHashMap<>();
    positions.views(ids).forEach(v -> views.put(v.id(), v));
    for (Map.Entry<BothSides.Found, String> c : cases) {
      BothSides.Found f = c.getKey();
      found.add(
          new Conflict(
              Kind.BOTH_SIDES,
              f.statements().get(0),
              List.copyOf(f.statements()),
              f.iso3(),
              f.iso3() + " stands on both sides of " + f.occasion() + ": " + f.sides(),
              List.of(),
              f.records().stream().map(views::get).toList(),
              c.getValue()));
    }
  }

  /**
   * The states on both sides of one of these issues' occasions (on this statement's, if given),
   * each case with its issue: one occasion's statements may stand in two issues.
   */
  private List<Map.Entry<BothSides.Found, String>> bothSidesCases(
      List<String> issueKeys, String statementKey, ReportQuery query) {
    List<Map.Entry<BothSides.Found, String>> cases = new ArrayList<>();
    for (String key : issueKeys) {
      if (issues.find(key).isEmpty()) {
        continue;
      }
      for (BothSides.Found f : BothSides.in(analysis.load(key, query, null), query.asOf())) {
        if (statementKey == null || f.statements().contains(Statement.canonicalKey(statementKey))) {
          cases.add(Map.entry(f, key));
        }
      }
    }
    return cases;
  }

  private static Conflict conflict(
      Kind kind,
      List<String> statements,
      String state,
      String detail,
      List<ClaimView> claims,
      List<PositionView> records) {
    return new Conflict(
        kind, statements.get(0), List.copyOf(statements), state, detail, claims, records, null);
  }

  private static String dateOf(PositionView record) {
    return record.date() == null ? "no date, by " + record.countsFrom() : record.date().toString();
  }
}
