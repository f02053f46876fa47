package org.signatorytracker.statements;

import static org.signatorytracker.common.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.Sources;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * The checks of a statement request that field constraints cannot make: sides as its issue declares
 * them, lead states that name one state each, sources that identify something, a reported count
 * with a date and a source.
 */
@ApplicationScoped
public class StatementChecks {

  @Inject StateDirectory states;

  /**
   * Checks what field constraints cannot (lead states that name no single state, sources that
   * identify nothing) and returns the lead states' ISO3 codes.
   *
   * @throws InvalidInputException naming every offending field
   */
  public List<String> check(StatementRequest request) {
    List<FieldError> errors = new ArrayList<>(Sources.problemsWith(request.sources()));
    errors.addAll(sideProblems(request));
    errors.addAll(Stages.problems(request.stages()));
    if (request.leadStates() != null
        && !request.leadStates().isEmpty()
        && request.kind() != null
        && !request.kind().isVote()
        && (request.sources() == null || request.sources().isEmpty())) {
      errors.add(
          new FieldError(
              "leadStates",
              "a lead state is recorded as a signatory in the role LEAD, citing the statement's"
                  + " sources: give at least one source"));
    }
    if (request.list() != null
        && request.list().source() != null
        && !request.list().source().identifiesSomething()) {
      errors.add(new FieldError("list.source", "needs a url or a title"));
    }
    if (request.reportedCount() != null) {
      if (request.date() == null) {
        errors.add(
            new FieldError(
                "reportedCount",
                "is claimed as of the statement's date, and the statement has none; give its date"
                    + " or record a claim with its own date (POST …/claims)",
                request.reportedCount().toString()));
      } else if (request.sources() == null || request.sources().isEmpty()) {
        errors.add(
            new FieldError(
                "reportedCount",
                "needs a source: give the statement's sources or record a claim with its own",
                request.reportedCount().toString()));
      }
    }
    try {
      List<String> leadStates = resolveLeadStates(request.leadStates());
      if (errors.isEmpty()) {
        return leadStates;
      }
    } catch (InvalidInputException e) {
      errors.addAll(0, e.errors());
    }
    throw new InvalidInputException(errors);
  }

  /**
   * The issues a statement stands in, with its side in each as the issue spells it (sides match in
   * any case); without an issue, the side and vote sides as given ({@code looseSide}, {@code
   * looseVoteSides}).
   */
  record Sides(List<IssueSide> issues, String looseSide, Map<String, String> looseVoteSides) {}

  /**
   * The issues a request names: its {@code issues}, or else the shorthand {@code issue}, {@code
   * side} and {@code voteSides} as one.
   */
  static List<IssueSide> issuesOf(StatementRequest r) {
    if (r.issues() != null && !r.issues().isEmpty()) {
      return r.issues();
    }
    String issue = blankToNull(r.issue());
    return issue == null ? List.of() : List.of(new IssueSide(issue, r.side(), r.voteSides()));
  }

  static Sides declared(StatementRequest r) {
    List<IssueSide> spelled = new ArrayList<>();
    for (IssueSide given : issuesOf(r)) {
      Optional<Issue> issue = Issue.findByKey(given.issue());
      Map<String, String> options = new LinkedHashMap<>();
      if (given.voteSides() != null) {
        given
            .voteSides()
            .forEach(
                (option, name) ->
                    options.put(
                        option.strip().toUpperCase(Locale.ROOT),
                        issue.flatMap(i -> i.side(name)).orElse(name)));
      }
      String side =
          given.side() == null
              ? null
              : issue.flatMap(i -> i.side(given.side())).orElse(given.side());
      spelled.add(new IssueSide(given.issue(), side, options));
    }
    if (!spelled.isEmpty()) {
      return new Sides(spelled, null, null);
    }
    Map<String, String> voteSides = new LinkedHashMap<>();
    if (r.voteSides() != null) {
      r.voteSides().forEach((o, side) -> voteSides.put(o.strip().toUpperCase(Locale.ROOT), side));
    }
    return new Sides(List.of(), blankToNull(r.side()), voteSides);
  }

  /**
   * What a statement's issues, sides, vote sides and outcome must satisfy: an issue is named once;
   * the shorthand {@code issue}, {@code side} and {@code voteSides}, when given with {@code
   * issues}, say what its first says; in each issue with declared sides a letter or joint statement
   * stands on one of them, and only a vote maps options (YES and NO) to them; only a vote has an
   * outcome. The issues stay locked until the write commits, so that their sides cannot change in
   * between.
   */
  private static List<FieldError> sideProblems(StatementRequest r) {
    List<FieldError> errors = new ArrayList<>();
    if (r.kind() != null && !r.kind().isVote() && r.outcome() != null) {
      errors.add(new FieldError("outcome", "only a vote has an outcome", r.outcome().toString()));
    }
    boolean listed = r.issues() != null && !r.issues().isEmpty();
    if (listed) {
      errors.addAll(shorthandProblems(r));
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < r.issues().size(); i++) {
        IssueSide given = r.issues().get(i);
        if (given == null || given.issue() == null) {
          continue;
        }
        if (seen.contains(given.issue())) {
          errors.add(
              new FieldError(
                  "issues[" + i + "].issue",
                  "is listed twice: a statement stands in an issue once, on one side",
                  given.issue()));
        }
        seen.add(given.issue());
        errors.addAll(sideProblems(r.kind(), given, "issues[" + i + "]."));
      }
    } else {
      errors.addAll(
          sideProblems(
              r.kind(), new IssueSide(blankToNull(r.issue()), r.side(), r.voteSides()), ""));
    }
    return errors;
  }

  /** With {@code issues}, the shorthand may only repeat the first of them. */
  private static List<FieldError> shorthandProblems(StatementRequest r) {
    IssueSide first = r.issues().get(0);
    List<FieldError> errors = new ArrayList<>();
    String why = "is the shorthand for the first of issues; give issues alone or say the same";
    if (blankToNull(r.issue()) != null
        && first != null
        && !Statement.canonicalKey(r.issue()).equals(first.issue())) {
      errors.add(new FieldError("issue", why, r.issue()));
    }
    if (blankToNull(r.side()) != null
        && (first == null
            || first.side() == null
            || !first.side().equalsIgnoreCase(r.side().strip()))) {
      errors.add(new FieldError("side", why, r.side()));
    }
    if (r.voteSides() != null
        && !r.voteSides().isEmpty()
        && (first == null || !sameOptions(r.voteSides(), first.voteSides()))) {
      errors.add(new FieldError("voteSides", why));
    }
    return errors;
  }

  private static boolean sameOptions(Map<String, String> a, Map<String, String> b) {
    if (b == null || a.size() != b.size()) {
      return false;
    }
    Map<String, String> upper = new LinkedHashMap<>();
    b.forEach((o, side) -> upper.put(o.strip().toUpperCase(Locale.ROOT), side.strip()));
    return a.entrySet().stream()
        .allMatch(
            e -> {
              String other = upper.get(e.getKey().strip().toUpperCase(Locale.ROOT));
              return other != null && other.equalsIgnoreCase(e.getValue().strip());
            });
  }

  /** The problems of one issue's side or vote sides; fields are named after {@code prefix}. */
  private static List<FieldError> sideProblems(StatementKind kind, IssueSide given, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> voteSides = given.voteSides() == null ? Map.of() : given.voteSides();
    boolean vote = kind != null && kind.isVote();
    if (kind != null && !vote && !voteSides.isEmpty()) {
      errors.add(
          new FieldError(
              prefix + "voteSides",
              "only a vote maps its options to sides; a " + kind + " has a side"));
    }
    voteSides.keySet().stream()
        .filter(option -> !VoteSides.OPTIONS.contains(option.strip().toUpperCase(Locale.ROOT)))
        .forEach(
            option ->
                errors.add(
                    new FieldError(
                        prefix + "voteSides." + option,
                        "only YES and NO can be mapped to a side (ABSTAIN counts as abstaining)",
                        option)));
    String issueKey = given.issue();
    Optional<Issue> issue = issueKey == null ? Optional.empty() : Issue.lockedByKey(issueKey);
    List<String> sides = issue.map(i -> i.sides).orElse(List.of());
    if (sides.isEmpty()) {
      if (!voteSides.isEmpty()) {
        errors.add(
            new FieldError(
                prefix + "voteSides",
                issueKey == null
                    ? "maps options to the sides of the vote's issue, and it names none"
                    : "maps options to sides, and issue '"
                        + issueKey
                        + "' declares none; declare them with PUT /api/issues/"
                        + issueKey));
      }
      return errors;
    }
    String declared = "'" + String.join("', '", sides) + "'";
    String side = given.side();
    if (side == null && kind != null && !vote) {
      errors.add(
          new FieldError(
              prefix + "side",
              "is required: issue '" + issue.get().issueKey + "' has the sides " + declared));
    } else if (side != null && issue.get().side(side).isEmpty()) {
      errors.add(
          new FieldError(
              prefix + "side",
              "must be one of the sides of issue '" + issue.get().issueKey + "': " + declared,
              side));
    }
    voteSides.forEach(
        (option, name) -> {
          if (issue.get().side(name).isEmpty()) {
            errors.add(
                new FieldError(
                    prefix + "voteSides." + option,
                    "must be one of the sides of issue '" + issue.get().issueKey + "': " + declared,
                    name));
          }
        });
    return errors;
  }

  /**
   * ISO3 codes of the lead states, each resolved from any accepted form and listed once.
   *
   * @throws InvalidInputException naming every lead state that resolves to no single state
   */
  private List<String> resolveLeadStates(List<String> given) {
    if (given == null) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>();
    List<String> iso3s = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Optional<StateView> state = states.find(given.get(i));
      if (state.isEmpty()) {
        errors.add(states.problem("leadStates[" + i + "]", given.get(i)));
      } else if (!iso3s.contains(state.get().iso3())) {
        iso3s.add(state.get().iso3());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return iso3s;
  }
}
