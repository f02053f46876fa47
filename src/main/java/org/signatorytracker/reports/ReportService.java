package org.signatorytracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionRole;
import org.signatorytracker.positions.PositionService;
import org.signatorytracker.reports.Reports.Comparison;
import org.signatorytracker.reports.Reports.SignatoriesReport;
import org.signatorytracker.reports.Reports.Signatory;
import org.signatorytracker.reports.Reports.StatePositions;
import org.signatorytracker.reports.Reports.Timeline;
import org.signatorytracker.reports.Reports.TimelineEntry;
import org.signatorytracker.statements.ClaimDisputes;
import org.signatorytracker.statements.ClaimService;
import org.signatorytracker.statements.ClaimView;
import org.signatorytracker.statements.LifeStage;
import org.signatorytracker.statements.Stages;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKeys;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * Answers "who supports what, when": every answer stands on the as-of engine, {@link AsOfEngine}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

  /** States without a group in the chosen grouping are counted under this name. */
  static final String NO_GROUP = "none";

  @Inject PositionService positions;
  @Inject ClaimService claims;
  @Inject StateDirectory states;
  @Inject AsOfEngine engine;
  @Inject Breakdowns breakdowns;
  @Inject TrackedSets trackedSets;

  /** What a page showing many things at once stands on: the data as recorded now. */
  public ReportBasis basis(ReportQuery query) {
    return ReportBasis.of(query, engine.through());
  }

  public SignatoriesReport signatories(String key, ReportQuery query) {
    return signatories(key, query, Set.of());
  }

  /** The signatories whose deciding record has one of the roles (all of them for none). */
  public SignatoriesReport signatories(String key, ReportQuery query, Set<PositionRole> roles) {
    var answer = engine.holdersOf(key, query).orElseThrow(() -> notFound(key));
    List<Signatory> holders = new ArrayList<>(answer.rows());
    holders.removeIf(s -> !roles.isEmpty() && !roles.contains(s.role()));
    holders.sort(Comparator.comparing(Signatory::iso3, states.byName()));
    RecordedStatement statement = answer.statement();
    ClaimedCount reported = reported(considered(statement, query));
    return new SignatoriesReport(
        statement.key(),
        statement.kind(),
        ReportBasis.of(query, statement.through()),
        reported == null ? null : reported.count(),
        ClaimedCount.boundOf(reported),
        ClaimedCount.countToOf(reported),
        holders.size(),
        holders);
  }

  /**
   * Every state's deciding action on a statement as of the query, withdrawals that still hold
   * included: what a map colours.
   */
  public Stances stances(String key, ReportQuery query) {
    var answer =
        engine.decisionsOn(List.of(key), s -> query.asOf(), query).get(Statement.canonicalKey(key));
    if (answer == null) {
      throw notFound(key);
    }
    Map<String, PositionAction> actions = new TreeMap<>();
    answer.rows().forEach(d -> actions.put(d.iso3(), d.action()));
    RecordedStatement statement = answer.statement();
    return new Stances(
        statement.key(),
        statement.title(),
        statement.kind(),
        ReportBasis.of(query, statement.through()),
        actions);
  }

  /** Each state's deciding action on a statement as of a date; states without one are absent. */
  public record Stances(
      String statement,
      String title,
      StatementKind kind,
      ReportBasis basis,
      Map<String, PositionAction> actions)
      implements ReportTags.Tagged {}

  public CountReport count(String key, ReportQuery query, Breakdown by) {
    if (by.byGroups() || by.within() != null) {
      return countByGroups(key, query, by);
    }
    var answer = engine.countsOf(key, query, by).orElseThrow(() -> notFound(key));
    StatementKind kind = answer.statement().kind();
    Map<PositionAction, Long> totals = zeroCounts(kind);
    Map<String, Map<PositionAction, Long>> byGroup = new TreeMap<>();
    long holding = 0;
    long joinedLater = 0;
    for (AsOfEngine.GroupCount cell : answer.rows()) {
      String group = Objects.requireNonNullElse(cell.group(), NO_GROUP);
      totals.merge(cell.action(), cell.count(), Long::sum);
      byGroup
          .computeIfAbsent(group, g -> zeroCounts(kind))
          .merge(cell.action(), cell.count(), Long::sum);
      holding += cell.count();
      joinedLater += cell.joinedLater() ? cell.count() : 0;
    }
    return countReport(answer, query, by, holding, joinedLater, totals, new TreeMap<>(byGroup));
  }

  /** The count by groups with dated membership, each with its size and shares on the date. */
  private CountReport countByGroups(String key, ReportQuery query, Breakdown by) {
    var answer = engine.holdersOf(key, query).orElseThrow(() -> notFound(key));
    StatementKind kind = answer.statement().kind();
    Map<String, Set<String>> members = breakdowns.members(by, query);
    Map<PositionAction, Long> totals = zeroCounts(kind);
    long joinedLater = 0;
    for (Signatory s : answer.rows()) {
      totals.merge(s.action(), 1L, Long::sum);
      joinedLater += Boolean.TRUE.equals(s.joinedLater()) ? 1 : 0;
    }
    Map<String, Object> byGroup = new LinkedHashMap<>();
    members.forEach(
        (group, in) -> {
          Map<PositionAction, Long> counts = zeroCounts(kind);
          answer.rows().stream()
              .filter(s -> in.contains(s.iso3()))
              .forEach(s -> counts.merge(s.action(), 1L, Long::sum));
          Map<PositionAction, Double> share = new EnumMap<>(PositionAction.class);
          counts.forEach((action, n) -> share.put(action, Breakdowns.share(n, in.size())));
          byGroup.put(group, new Reports.GroupCounts(in.size(), counts, share));
        });
    long holding = answer.rows().size();
    return countReport(answer, query, by, holding, joinedLater, totals, byGroup);
  }

  /**
   * A count's answer: the claims considered and the list's status beside the counts, which a list
   * with no state named (status NONE) does not give, nor a vote its signatories' split.
   */
  private CountReport countReport(
      AsOfEngine.Answer<?> answer,
      ReportQuery query,
      Breakdown by,
      long holding,
      long joinedLater,
      Map<PositionAction, Long> totals,
      Map<String, ?> byGroup) {
    boolean vote = answer.statement().kind().isVote();
    List<ClaimView> considered = considered(answer.statement(), query);
    ClaimedCount reported = reported(considered);
    List<ClaimView> competing = ClaimDisputes.competingWithChosen(considered);
    ListCoverage list =
        ListCoverage.of(
            answer.lists(),
            considered.isEmpty() ? null : considered.get(0),
            answer.statement().declaredList());
    boolean none = list.status() == ListStatus.NONE;
    return new CountReport(
        answer.statement().key(),
        answer.statement().kind(),
        ReportBasis.of(query, answer.statement().through()),
        by.label(),
        reported == null ? null : reported.count(),
        ClaimedCount.boundOf(reported),
        ClaimedCount.countToOf(reported),
        reported == null ? null : !competing.isEmpty(),
        competing.isEmpty() ? null : competing,
        list.named(),
        list.status(),
        list.declared() ? Boolean.TRUE : null,
        list.declared() ? list.computed() : null,
        list.standingOnClaimDate(),
        list.share(),
        vote || none ? null : holding - joinedLater,
        vote || none ? null : joinedLater,
        none ? null : totals,
        none ? null : Collections.unmodifiableMap(byGroup),
        considered,
        null);
  }

  /** The statement's title as recorded now (no record is read). */
  public String title(String key) {
    return engine
        .statement(key, ReportQuery.on(LocalDate.now(ZoneOffset.UTC)))
        .orElseThrow(() -> notFound(key))
        .title();
  }

  public Timeline timeline(String key, ReportQuery query) {
    var answer = engine.changesOf(key, query).orElseThrow(() -> notFound(key));
    boolean vote = answer.statement().kind().isVote();
    List<TimelineEntry> entries =
        answer.rows().stream()
            .map(
                c ->
                    new TimelineEntry(
                        c.date(),
                        c.joined(),
                        c.withdrew(),
                        c.supporting(),
                        c.approximate(),
                        vote ? new EnumMap<>(c.votes()) : null))
            .toList();
    List<Stages.Facts> stages = answer.statement().stageFacts();
    LifeStage reached = Stages.reached(stages);
    return new Timeline(
        answer.statement().key(),
        answer.statement().kind(),
        ReportBasis.of(query, answer.statement().through()),
        reached,
        Stages.summary(stages),
        reached == LifeStage.CIRCULATING ? Boolean.TRUE : null,
        entries);
  }

  public Comparison compare(StatementChoice a, StatementChoice b, ReportQuery query) {
    return compare(a, b, query, false, null);
  }

  /**
   * The states on a, on b or on both as of the query's date; with {@code ever}, that stood on each
   * at some time up to it (not before {@code from}).
   */
  public Comparison compare(
      StatementChoice a, StatementChoice b, ReportQuery query, boolean ever, LocalDate from) {
    if (ever) {
      return compareEver(a, b, query, from);
    }
    AsOfEngine.Overlaps overlaps =
        engine
            .overlapOf(a, b, query)
            .orElseThrow(
                () ->
                    engine.holdersOf(a.key(), query).isEmpty()
                        ? StatementKeys.notFound("a", a.key())
                        : StatementKeys.notFound("b", b.key()));
    List<String> both = new ArrayList<>();
    List<String> onlyA = new ArrayList<>();
    List<String> onlyB = new ArrayList<>();
    for (AsOfEngine.Overlap o : overlaps.states()) {
      (o.inA() && o.inB() ? both : o.inA() ? onlyA : onlyB).add(o.iso3());
    }
    return new Comparison(
        a.key(),
        b.key(),
        overlaps.actionA(),
        overlaps.actionB(),
        null,
        null,
        ReportBasis.of(query, overlaps.through()),
        both,
        onlyA,
        onlyB);
  }

  private Comparison compareEver(
      StatementChoice a, StatementChoice b, ReportQuery query, LocalDate from) {
    TrackedSets.TrackedSet set = trackedSets.statementsWithKeys(List.of(a.key(), b.key()), query);
    Map<String, TrackedSets.Tracked> byKey = new HashMap<>();
    set.statements().forEach(t -> byKey.put(t.subject().key(), t));
    TrackedSets.Tracked ta = byKey.get(a.key());
    TrackedSets.Tracked tb = byKey.get(b.key());
    if (ta == null) {
      throw StatementKeys.notFound("a", a.key());
    }
    if (tb == null) {
      throw StatementKeys.notFound("b", b.key());
    }
    PositionAction actionA = a.actionFor(ta.subject().kind(), PositionAction.YES);
    PositionAction actionB = b.actionFor(tb.subject().kind(), PositionAction.YES);
    Set<String> inA = ta.heldBetween(actionA, from, query.asOf());
    Set<String> inB = tb.heldBetween(actionB, from, query.asOf());
    Set<String> either = new TreeSet<>(inA);
    either.addAll(inB);
    List<String> both = new ArrayList<>();
    List<String> onlyA = new ArrayList<>();
    List<String> onlyB = new ArrayList<>();
    for (String iso3 : either) {
      (inA.contains(iso3) && inB.contains(iso3) ? both : inA.contains(iso3) ? onlyA : onlyB)
          .add(iso3);
    }
    return new Comparison(
        a.key(),
        b.key(),
        actionA,
        actionB,
        Boolean.TRUE,
        from,
        ReportBasis.of(query, set.through()),
        both,
        onlyA,
        onlyB);
  }

  /**
   * The start of each state's history as recorded through the revision last asked for: it cannot
   * change (later records and retractions have later revisions), so it is read once per revision.
   */
  private final Map<String, KeptHistory> histories = new ConcurrentHashMap<>();

  private record KeptHistory(long revision, PositionService.History history) {}

  /**
   * A state's standings, a page of them ({@code page} null: all of them, as the CSV gives), and the
   * start of its history.
   */
  public StatePositions statePositions(String code, ReportQuery query, PageRequest page) {
    StateView state = states.get(code);
    AsOfEngine.StandingsOfState answer =
        page == null
            ? engine.standingsOfState(state.iso3(), query, 0, Integer.MAX_VALUE - 1)
            : engine.standingsOfState(state.iso3(), query, page.offset(), page.size());
    long revision = answer.through().revision();
    PositionService.History history =
        histories
            .compute(
                state.iso3(),
                (iso3, kept) ->
                    kept != null && kept.revision() == revision
                        ? kept
                        : new KeptHistory(
                            revision,
                            positions.historyOfState(iso3, revision, StatePositions.HISTORY_SIZE)))
            .history();
    return new StatePositions(
        state,
        ReportBasis.of(query, answer.through()),
        answer.standings(),
        page == null ? 0 : page.page(),
        page == null ? answer.standings().size() : page.size(),
        answer.more(),
        history.records(),
        history.total());
  }

  /** The claims of the statement's count a report considers, the chosen one first. */
  private List<ClaimView> considered(RecordedStatement statement, ReportQuery query) {
    if (!statement.claimed()) {
      return List.of();
    }
    return claims.consideredAsOf(
        List.of(statement.id()),
        query.asOf(),
        query.knownBy(),
        query.asRecorded(),
        query.includeProposed(),
        query.excludeAnonymous());
  }

  /** The reported count, as phrased: the chosen claim's (the first considered); null for none. */
  private static ClaimedCount reported(List<ClaimView> considered) {
    return considered.isEmpty() ? null : considered.get(0).claimed();
  }

  static RuntimeException notFound(String key) {
    return StatementKeys.notFound(key);
  }

  /** Every action a statement of this kind can be counted under, at zero. */
  static Map<PositionAction, Long> zeroCounts(StatementKind kind) {
    Map<PositionAction, Long> counts = new EnumMap<>(PositionAction.class);
    PositionAction.heldOn(kind).forEach(action -> counts.put(action, 0L));
    return counts;
  }
}
