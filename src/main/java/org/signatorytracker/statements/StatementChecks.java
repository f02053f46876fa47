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

  /** A statement's side and its vote's options' sides. */
  record Sides(String side, Map<String, String> voteSides) {}

  /** The side and vote sides as the issue spells them (sides match in any case). */
  static Sides declared(StatementRequest r) {
    String side = blankToNull(r.side());
    Map<String, String> voteSides = r.voteSides() == null ? Map.of() : r.voteSides();
    String issueKey = blankToNull(r.issue());
    Optional<Issue> issue = issueKey == null ? Optional.empty() : Issue.findByKey(issueKey);
    if (issue.isEmpty() || issue.get().sides.isEmpty()) {
      return new Sides(side, voteSides);
    }
    Map<String, String> spelled = new LinkedHashMap<>();
    voteSides.forEach(
        (option, name) ->
            spelled.put(
                option.strip().toUpperCase(Locale.ROOT), issue.get().side(name).orElse(name)));
    return new Sides(side == null ? null : issue.get().side(side).orElse(side), spelled);
  }

  /**
   * What a statement's side, vote sides and outcome must satisfy: a letter or joint statement of an
   * issue with declared sides stands on one of them; only a vote maps options (YES and NO) to the
   * issue's declared sides, and only a vote has an outcome. The issue stays locked until the write
   * commits, so that its sides cannot change in between.
   */
  private static List<FieldError> sideProblems(StatementRequest r) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> voteSides = r.voteSides() == null ? Map.of() : r.voteSides();
    boolean vote = r.kind() != null && r.kind().isVote();
    if (r.kind() != null && !vote && !voteSides.isEmpty()) {
      errors.add(
          new FieldError(
              "voteSides", "only a vote maps its options to sides; a " + r.kind() + " has a side"));
    }
    if (r.kind() != null && !vote && r.outcome() != null) {
      errors.add(new FieldError("outcome", "only a vote has an outcome", r.outcome().toString()));
    }
    voteSides.keySet().stream()
        .filter(option -> !VoteSides.OPTIONS.contains(option.strip().toUpperCase(Locale.ROOT)))
        .forEach(
            option ->
                errors.add(
                    new FieldError(
                        "voteSides." + option,
                        "only YES and NO can be mapped to a side (ABSTAIN counts as abstaining)",
                        option)));
    String issueKey = blankToNull(r.issue());
    Optional<Issue> issue = issueKey == null ? Optional.empty() : Issue.lockedByKey(issueKey);
    List<String> sides = issue.map(i -> i.sides).orElse(List.of());
    if (sides.isEmpty()) {
      if (!voteSides.isEmpty()) {
        errors.add(
            new FieldError(
                "voteSides",
                issueKey == null
                    ? "maps options to the sides of the vote's issue, and it names none"
                    : "maps options to sides, and issue '"
                        + issueKey
                        + "' declares none; declare them with PUT /api/issues/"
                        + Issue.canonicalKey(issueKey)));
      }
      return errors;
    }
    String declared = "'" + String.join("', '", sides) + "'";
    String side = blankToNull(r.side());
    if (side == null && r.kind() != null && !vote) {
      errors.add(
          new FieldError(
              "side",
              "is required: issue '" + issue.get().issueKey + "' has the sides " + declared));
    } else if (side != null && issue.get().side(side).isEmpty()) {
      errors.add(
          new FieldError(
              "side",
              "must be one of the sides of issue '" + issue.get().issueKey + "': " + declared,
              side));
    }
    voteSides.forEach(
        (option, name) -> {
          if (issue.get().side(name).isEmpty()) {
            errors.add(
                new FieldError(
                    "voteSides." + option,
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
