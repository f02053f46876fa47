package org.signatorytracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.RecordDisputes;
import org.signatorytracker.reports.ReportBasis.Through;
import org.signatorytracker.reports.Reports.Signatory;
import org.signatorytracker.reports.StatementReads.Read;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * The as-of engine every report stands on: the rule itself is {@link StatementRecords} (eligible
 * records → each state's deciding record as of a day); this class applies it to the statements
 * {@link StatementReads} reads (one query for the statements as recorded, at most one more for the
 * records not in memory) and shapes what each report needs of it.
 */
@ApplicationScoped
public class AsOfEngine {

  @Inject StatementReads statements;
  @Inject StateDirectory states;
  @Inject RecordDisputes disputes;

  /**
   * A statement report: its statement, its rows, and how many states it names: those with a record
   * on it that the query admits, whatever the record's date (how complete the list is), worked out
   * only when asked.
   */
  public record Answer<T>(RecordedStatement statement, List<T> rows, NamedStates lists) {

    public int named() {
      return lists.named();
    }
  }

  /** How far the recorded data runs now: the last committed revision. */
  public Through through() {
    return statements.through();
  }

  /** The statement as recorded, without reading its records; empty when there is none. */
  public Optional<RecordedStatement> statement(String key, ReportQuery query) {
    return statements.statement(key, query);
  }

  private Optional<Read> read(String key, ReportQuery query) {
    return Optional.ofNullable(
        statements.byKeys(List.of(key), query).get(Statement.canonicalKey(key)));
  }

  /**
   * Who stands on the statement as of the query: signatories of a letter, or every state's vote.
   * Empty when there is no statement with that key (as recorded).
   */
  public Optional<Answer<Signatory>> holdersOf(String key, ReportQuery query) {
    return read(key, query)
        .map(
            read -> {
              RecordedStatement subject = read.statement();
              Map<String, List<Long>> disputed = disputedStates(read);
              List<Signatory> holders = new ArrayList<>();
              for (Decision d : read.records().holders(query.asOf(), read.filter())) {
                StateView state = states.byIso3(d.iso3()).orElseThrow();
                List<Long> contradicting = disputed.get(d.iso3());
                holders.add(
                    new Signatory(
                        d.iso3(),
                        state.name(),
                        state.regionalGroup(),
                        d.action(),
                        d.role(),
                        d.effective(),
                        d.dateUnknown() ? Boolean.TRUE : null,
                        d.confidence(),
                        d.recordId(),
                        subject.kind().isVote() ? null : joinedLater(subject, d),
                        contradicting == null ? null : Boolean.TRUE,
                        contradicting));
              }
              return new Answer<>(subject, holders, read);
            });
  }

  /**
   * The states whose records on the statement contradict each other (from different sources, dates
   * that overlap, actions that differ), each with those records' ids: read only when the records in
   * memory show such a pair.
   */
  private Map<String, List<Long>> disputedStates(Read read) {
    List<Contradicting> pairs = read.records().contradictions(read.filter());
    if (pairs.isEmpty()) {
      return Map.of();
    }
    // the pairs whose sources differ (what each record cites is kept in memory), each told by
    // state from the records in memory: no record is read again
    List<long[]> confirmed =
        disputes.confirmedPairs(pairs.stream().map(Contradicting::pair).toList());
    Map<Long, String> stateOf = new HashMap<>();
    pairs.forEach(p -> stateOf.put(p.first(), p.iso3()));
    Map<String, Set<Long>> ids = new LinkedHashMap<>();
    for (long[] pair : confirmed) {
      Set<Long> of = ids.computeIfAbsent(stateOf.get(pair[0]), s -> new TreeSet<>());
      of.add(pair[0]);
      of.add(pair[1]);
    }
    Map<String, List<Long>> disputed = new LinkedHashMap<>();
    ids.forEach((iso3, set) -> disputed.put(iso3, List.copyOf(set)));
    return disputed;
  }

  private static boolean joinedLater(RecordedStatement subject, Decision decision) {
    return subject.datedOn() != null && decision.effectiveOn().isAfter(subject.datedOn());
  }

  /**
   * One cell of a count: how many states of a group (null: none) hold an action; {@code
   * joinedLater} splits the signatories of a dated letter by whether their deciding record took
   * effect after its date.
   */
  public record GroupCount(String group, PositionAction action, boolean joinedLater, long count) {}

  /**
   * How many states hold each action, per group of the chosen breakdown: one of the states' own
   * groupings, or the role of their deciding record. Empty when there is no statement with that key
   * (as recorded).
   */
  public Optional<Answer<GroupCount>> countsOf(String key, ReportQuery query, Breakdown by) {
    return read(key, query)
        .map(
            read -> {
              Map<GroupCount, Long> cells = new LinkedHashMap<>();
              for (Decision d : read.records().holders(query.asOf(), read.filter())) {
                String group =
                    by.byRole()
                        ? d.role().name()
                        : by.grouping().of(states.byIso3(d.iso3()).orElseThrow());
                boolean later =
                    !read.statement().kind().isVote() && joinedLater(read.statement(), d);
                cells.merge(new GroupCount(group, d.action(), later, 0), 1L, Long::sum);
              }
              List<GroupCount> counts = new ArrayList<>();
              cells.forEach(
                  (cell, n) ->
                      counts.add(
                          new GroupCount(cell.group(), cell.action(), cell.joinedLater(), n)));
              return new Answer<>(read.statement(), counts, read);
            });
  }

  /**
   * One day on which at least one state's standing changed. {@code joined}/{@code withdrew} count
   * states that started/stopped supporting (signing, or voting yes); the totals are running sums.
   */
  public record TimelineDay(
      LocalDate date,
      long joined,
      long withdrew,
      long supporting,
      Map<PositionAction, Long> votes,
      boolean approximate) {}

  /**
   * Every change of standing over the statement's life, with running totals. Empty when there is no
   * statement with that key (as recorded).
   */
  public Optional<Answer<TimelineDay>> changesOf(String key, ReportQuery query) {
    return read(key, query)
        .map(
            read -> {
              List<TimelineDay> days = new ArrayList<>();
              Map<PositionAction, Long> totals = new EnumMap<>(PositionAction.class);
              for (PositionAction a : PositionAction.values()) {
                if (a.fits(StatementKind.VOTE)) {
                  totals.put(a, 0L);
                }
              }
              long supporting = 0;
              List<StandingChange> changes = read.records().changes(read.filter());
              int i = 0;
              while (i < changes.size()) {
                LocalDate day = changes.get(i).date();
                long joined = 0;
                long withdrew = 0;
                boolean approximate = false;
                for (; i < changes.size() && changes.get(i).date().equals(day); i++) {
                  StandingChange c = changes.get(i);
                  boolean before = c.before() != null && c.before().supports();
                  boolean after = c.after() != null && c.after().supports();
                  joined += after && !before ? 1 : 0;
                  withdrew += before && !after ? 1 : 0;
                  approximate |= c.approx();
                  if (c.before() != null && totals.containsKey(c.before())) {
                    totals.merge(c.before(), -1L, Long::sum);
                  }
                  if (c.after() != null && totals.containsKey(c.after())) {
                    totals.merge(c.after(), 1L, Long::sum);
                  }
                }
                supporting += joined - withdrew;
                days.add(
                    new TimelineDay(
                        day, joined, withdrew, supporting, new EnumMap<>(totals), approximate));
              }
              return new Answer<>(read.statement(), days, read);
            });
  }

  /**
   * The engine on a set: every state's deciding record (withdrawals included) on each of the
   * statements, each taken as of its own date ({@code asOf} gets the statement as recorded, so that
   * a letter can be asked as of its own date); one query for the statements, at most one more for
   * records not in memory. Statements that do not exist (as recorded) are absent from the answer.
   */
  public Map<String, Answer<Decision>> decisionsOn(
      Collection<String> keys, Function<RecordedStatement, LocalDate> asOf, ReportQuery query) {
    Map<String, Answer<Decision>> answers = new LinkedHashMap<>();
    statements
        .byKeys(keys, query)
        .forEach(
            (key, read) -> {
              List<Decision> decided =
                  read.records().decisions(asOf.apply(read.statement()), read.filter());
              answers.put(key, new Answer<>(read.statement(), decided, read));
            });
    return answers;
  }

  /** Whether a state holds the chosen action on statement a, b, or both. */
  public record Overlap(String iso3, boolean inA, boolean inB) {}

  /** The states holding the chosen actions, the actions, and how far the data runs. */
  public record Overlaps(
      Through through, PositionAction actionA, PositionAction actionB, List<Overlap> states) {}

  /**
   * The states holding the chosen action on either of two statements (a letter's signatories; a
   * vote's YES unless another option is chosen), with which. Empty when either key names no
   * statement (as recorded).
   */
  public Optional<Overlaps> overlapOf(
      StatementChoice choiceA, StatementChoice choiceB, ReportQuery query) {
    Map<String, Answer<Decision>> both =
        decisionsOn(List.of(choiceA.key(), choiceB.key()), subject -> query.asOf(), query);
    Answer<Decision> a = both.get(choiceA.key());
    Answer<Decision> b = both.get(choiceB.key());
    if (a == null || b == null) {
      return Optional.empty();
    }
    PositionAction actionA = choiceA.actionFor(a.statement().kind(), PositionAction.YES);
    PositionAction actionB = choiceB.actionFor(b.statement().kind(), PositionAction.YES);
    Set<String> inA = holding(a, actionA);
    Set<String> inB = holding(b, actionB);
    Set<String> either = new TreeSet<>(inA);
    either.addAll(inB);
    List<Overlap> overlaps = new ArrayList<>();
    for (String iso3 : either) {
      overlaps.add(new Overlap(iso3, inA.contains(iso3), inB.contains(iso3)));
    }
    return Optional.of(new Overlaps(a.statement().through(), actionA, actionB, overlaps));
  }

  private static Set<String> holding(Answer<Decision> answer, PositionAction action) {
    Set<String> holders = new TreeSet<>();
    for (Decision d : answer.rows()) {
      if (d.action() == action) {
        holders.add(d.iso3());
      }
    }
    return holders;
  }

  /** A page of a state's standings, how far the data runs, and whether more standings follow. */
  public record StandingsOfState(Through through, List<Standing> standings, boolean more) {}

  /**
   * A page of the state's standings: its standing on each statement it has an eligible record on,
   * withdrawals included, latest statement first, the first {@code skip} left out and at most
   * {@code limit} given. One query reads the statements it has records on (as recorded, kept until
   * another revision commits); the rule then decides for this one state on as many of them as the
   * page takes, a chunk at a time, their records from {@link RecordCache} or, where a statement is
   * not in memory, only the state's own records of the chunk, so that the first page of a state on
   * thousands of statements costs what a page does.
   */
  public StandingsOfState standingsOfState(String iso3, ReportQuery query, long skip, int limit) {
    List<Header> headers = statements.headersOfState(iso3, query);
    if (headers.isEmpty()) {
      return new StandingsOfState(statements.through(query), List.of(), false);
    }
    List<Standing> standings = new ArrayList<>();
    int day = (int) query.asOf().toEpochDay();
    // what the query admits, made once; each statement's revision is its own (Filter#through)
    StatementRecords.Filter filter = StatementRecords.Filter.of(query, 0);
    long skipped = 0;
    // a chunk the size of what is still wanted, then twice as large each time (a state may have no
    // standing yet on the latest statements it has records on), at most a thousand statements
    long size = 0;
    for (int at = 0; at < headers.size() && standings.size() <= limit; ) {
      long wanted = skip - skipped + limit + 1 - standings.size();
      size = Math.min(1_000, Math.max(Math.max(64, 2 * size), wanted));
      int from = at;
      at = (int) Math.min(headers.size(), at + size);
      StatementRecords[] records =
          statements.recordsOfState(iso3, headers, from, at, day, query.includeProposed());
      for (int k = 0; k < records.length; k++) {
        if (records[k].size() == 0) {
          continue;
        }
        Optional<Standing> standing =
            standing(iso3, headers.get(from + k).statement(), records[k], day, filter);
        if (standing.isEmpty()) {
          continue;
        }
        if (skipped < skip) {
          skipped++;
        } else if (standings.size() <= limit) {
          standings.add(standing.get());
        }
      }
    }
    boolean more = standings.size() > limit;
    return new StandingsOfState(
        headers.get(0).statement().through(),
        more ? List.copyOf(standings.subList(0, limit)) : standings,
        more);
  }

  private static Optional<Standing> standing(
      String iso3,
      RecordedStatement subject,
      StatementRecords records,
      int day,
      StatementRecords.Filter filter) {
    return records
        .decisionOf(iso3, day, filter.through(subject.through().revision()))
        .map(
            d ->
                new Standing(
                    subject.key(),
                    subject.title(),
                    subject.kind(),
                    subject.date(),
                    d.action(),
                    d.effective(),
                    d.dateUnknown() ? Boolean.TRUE : null,
                    d.confidence(),
                    d.recordId()));
  }
}
