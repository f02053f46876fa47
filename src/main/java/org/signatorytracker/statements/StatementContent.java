package org.signatorytracker.statements;

import static org.signatorytracker.common.Text.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.Timestamps;
import org.signatorytracker.common.UncertainDate;

/**
 * What a statement says, field by field: written from a request, compared with one (what a
 * replacement would change), and kept in the audit trail. One home for how each field is stored.
 */
public final class StatementContent {

  private StatementContent() {}

  /** What the audit trail keeps of a statement: its fields, not its bookkeeping. */
  public record StatementFields(
      String key,
      String title,
      StatementKind kind,
      String forum,
      String session,
      UncertainDate date,
      String issue,
      String side,
      Map<String, String> voteSides,
      List<IssueSide> issues,
      Outcome outcome,
      List<String> leadStates,
      String addressee,
      String summary,
      String quote,
      DeclaredList list,
      String notes,
      List<Source> sources,
      List<Stage> stages) {}

  static StatementFields fields(Statement s) {
    return new StatementFields(
        s.statementKey,
        s.title,
        s.kind,
        s.forum,
        s.session,
        s.date(),
        s.issue,
        s.side,
        voteSidesOf(s),
        s.issueSides(),
        s.outcome(),
        List.copyOf(s.leadStates),
        s.addressee,
        s.summary,
        s.quote,
        s.declaredList(),
        s.notes,
        sourcesOf(s),
        Stages.of(s));
  }

  /** A vote's options mapped to sides; null for a statement that maps none. */
  static Map<String, String> voteSidesOf(Statement s) {
    return s.voteSides == null ? null : VoteSides.parse(s.voteSides);
  }

  static void apply(StatementRequest r, List<String> leadStates, Statement s) {
    s.title = r.title().strip();
    s.kind = r.kind();
    s.forum = blankToNull(r.forum());
    s.session = blankToNull(r.session());
    s.setDate(r.date() != null ? r.date() : Stages.deliveredOn(stagesGiven(s, r)));
    if (r.stages() != null) {
      Stages.set(s, r.stages());
    }
    StatementChecks.Sides sides = StatementChecks.declared(r);
    s.setIssues(sides.issues(), sides.looseSide(), sides.looseVoteSides());
    s.outcomeResult = r.outcome() == null ? null : r.outcome().result();
    s.outcomeOn = r.outcome() == null ? null : r.outcome().on();
    s.addressee = blankToNull(r.addressee());
    s.summary = blankToNull(r.summary());
    s.quote = blankToNull(r.quote());
    s.notes = blankToNull(r.notes());
    s.setDeclaredList(r.list());
    List<CitedSource> sources = cited(r.sources());
    if (!sourcesOf(s).equals(sourcesOf(sources))) {
      s.sources.clear();
      s.sources.addAll(sources);
    }
    if (!s.leadStates.equals(leadStates)) {
      s.leadStates.clear();
      s.leadStates.addAll(leadStates);
    }
    s.updatedAt = Timestamps.now();
  }

  /**
   * The fields a replacement with {@code request} would change, named as in the API; empty when the
   * request says what is stored.
   */
  static List<String> differences(Statement s, StatementRequest r, List<String> leadStates) {
    List<String> changed = new ArrayList<>();
    differs(changed, "title", s.title, r.title().strip());
    differs(changed, "kind", s.kind, r.kind());
    differs(changed, "forum", s.forum, blankToNull(r.forum()));
    differs(changed, "session", s.session, blankToNull(r.session()));
    differs(
        changed,
        "date",
        s.date(),
        r.date() != null ? r.date() : Stages.deliveredOn(stagesGiven(s, r)));
    if (r.stages() != null) {
      differs(changed, "stages", Stages.of(s), Stages.normalised(r.stages()));
    }
    StatementChecks.Sides sides = StatementChecks.declared(r);
    Statement given = new Statement();
    given.setIssues(sides.issues(), sides.looseSide(), sides.looseVoteSides());
    differs(changed, "issue", s.issue, given.issue);
    differs(changed, "side", s.side, given.side);
    differs(changed, "voteSides", s.voteSides, given.voteSides);
    differs(changed, "issues", s.issueSides(), given.issueSides());
    differs(changed, "outcome", s.outcome(), r.outcome());
    differs(changed, "leadStates", s.leadStates, leadStates);
    if (r.reportedCount() != null && !claimStands(s, r.reportedCount())) {
      changed.add("reportedCount");
    }
    differs(changed, "addressee", s.addressee, blankToNull(r.addressee()));
    differs(changed, "summary", s.summary, blankToNull(r.summary()));
    differs(changed, "quote", s.quote, blankToNull(r.quote()));
    differs(changed, "notes", s.notes, blankToNull(r.notes()));
    differs(changed, "list", s.declaredList(), normalised(r.list()));
    differs(changed, "sources", sourcesOf(s), sourcesOf(cited(r.sources())));
    return changed;
  }

  /** The stages a request leaves the statement with: those given, or else those stored. */
  private static List<Stage> stagesGiven(Statement s, StatementRequest r) {
    return r.stages() != null ? r.stages() : Stages.of(s);
  }

  /** A declared list as it would be stored (blank text as none, a source's kind defaulted). */
  private static DeclaredList normalised(DeclaredList list) {
    Statement stored = new Statement();
    stored.setDeclaredList(list);
    return stored.declaredList();
  }

  static boolean claimStands(Statement s, int count) {
    return s.id != null
        && s.datedText != null
        && CountClaim.unretractedExists(s.id, count, s.datedText);
  }

  private static List<CitedSource> cited(List<Source> sources) {
    return sources == null ? List.of() : sources.stream().map(CitedSource::of).toList();
  }

  static List<Source> sourcesOf(Statement s) {
    return sourcesOf(s.sources);
  }

  private static List<Source> sourcesOf(List<CitedSource> sources) {
    return sources.stream().map(CitedSource::toSource).toList();
  }

  private static void differs(List<String> changed, String field, Object stored, Object given) {
    if (!Objects.equals(stored, given)) {
      changed.add(field);
    }
  }
}
