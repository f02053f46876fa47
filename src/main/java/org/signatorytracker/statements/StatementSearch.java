package org.signatorytracker.statements;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The search behind a list of statements: each filter a condition, latest first. */
final class StatementSearch {

  private StatementSearch() {}

  /** At most this many words of a search are matched; the rest are ignored. */
  private static final int MAX_WORDS = 8;

  /** Statements matching every given filter, latest first; undated statements last. */
  static PanacheQuery<Statement> search(
      StatementFilter filter, Function<String, List<Long>> namedStates) {
    List<String> conditions = new ArrayList<>();
    Parameters params = new Parameters();
    if (filter.issue() != null) {
      conditions.add(Statement.IN_ISSUE);
      params.and("issue", filter.issue().toLowerCase(Locale.ROOT));
    }
    if (filter.forum() != null) {
      conditions.add("lower(forum) = :forum");
      params.and("forum", filter.forum().toLowerCase(Locale.ROOT));
    }
    if (filter.kind() != null) {
      conditions.add("kind = :kind");
      params.and("kind", filter.kind());
    }
    if (filter.side() != null) {
      conditions.add(
          filter.issue() == null
              ? "(lower(side) = :side or id in (select m.id from Statement m join m.issues i"
                  + " where lower(i.side) = :side))"
              : "id in (select m.id from Statement m join m.issues i where i.issue = :issue"
                  + " and lower(i.side) = :side)");
      params.and("side", filter.side().toLowerCase(Locale.ROOT));
    }
    if (filter.text() != null) {
      // every word, in any order, somewhere in the statement's words
      String[] typed = filter.text().strip().split("\\s+");
      for (int w = 0; w < typed.length && w < MAX_WORDS; w++) {
        String p = ":w" + w;
        // a word that names a state also finds the statements the state has a record on
        List<Long> ofState = namedStates.apply(typed[w]);
        String byState = "";
        if (ofState != null && !ofState.isEmpty()) {
          byState = " or id in :s" + w;
          params.and("s" + w, ofState);
        }
        conditions.add(
            ("(statementKey like %1$s escape '!' or lower(title) like %1$s escape '!'"
                    + " or lower(forum) like %1$s escape '!' or lower(session) like %1$s escape '!'"
                    + " or datedText like %1$s escape '!'"
                    + " or lower(summary) like %1$s escape '!' or lower(notes) like %1$s escape '!'"
                    + " or lower(side) like %1$s escape '!'"
                    + " or id in (select m.id from Statement m join m.issues i"
                    + " where i.issue like %1$s escape '!' or lower(i.side) like %1$s escape '!')"
                    + "%2$s)")
                .formatted(p, byState));
        params.and("w" + w, "%" + likeEscaped(typed[w].toLowerCase(Locale.ROOT)) + "%");
      }
    }
    if (filter.stage() != null) {
      // the furthest stage reached is this one: it, and none after it in the stages' order
      conditions.add(
          "id in (select m.id from Statement m join m.stages t where t.stage = :stage)"
              + " and id not in (select m.id from Statement m join m.stages t"
              + " where t.stage in :later)");
      params.and("stage", filter.stage());
      params.and(
          "later",
          java.util.Arrays.stream(LifeStage.values())
              .filter(t -> t.compareTo(filter.stage()) > 0)
              .toList());
    }
    if (filter.from() != null) {
      conditions.add("datedOn >= :from");
      params.and("from", filter.from());
    }
    if (filter.to() != null) {
      conditions.add("datedOn <= :to");
      params.and("to", filter.to());
    }
    Sort sort =
        Sort.by("datedOn", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
            .and("statementKey");
    if (conditions.isEmpty()) {
      return Statement.findAll(sort);
    }
    return Statement.find(String.join(" and ", conditions), sort, params);
  }

  /** Text matched literally by LIKE: its wildcards and the escape character escaped with '!'. */
  private static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
