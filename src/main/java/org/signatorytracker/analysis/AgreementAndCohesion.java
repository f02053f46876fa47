package org.signatorytracker.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.signatorytracker.analysis.AgreementAnswers.Agreement;
import org.signatorytracker.analysis.AgreementAnswers.AgreementMatrix;
import org.signatorytracker.analysis.AgreementAnswers.Cohesion;
import org.signatorytracker.analysis.AgreementAnswers.GroupCohesion;
import org.signatorytracker.analysis.AgreementAnswers.Pair;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.AsOfEngine;
import org.signatorytracker.reports.Breakdown;
import org.signatorytracker.reports.Breakdowns;
import org.signatorytracker.reports.ReportBasis;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.Reports.Signatory;
import org.signatorytracker.statements.StatementKeys;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.states.GroupService;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateRef;

/** How united groups are, and how often states take the same side. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgreementAndCohesion {

  @Inject AsOfEngine engine;
  @Inject Breakdowns breakdowns;
  @Inject IssueAnalysis issues;
  @Inject GroupService groups;
  @Inject StateDirectory states;

  /**
   * Per group of the breakdown: its members on {@code asOf}, how many hold each action, their share
   * of the members, and for a vote the Rice index |YES − NO| / (YES + NO).
   */
  public Cohesion cohesion(String key, ReportQuery query, Breakdown by, boolean names) {
    var answer = engine.holdersOf(key, query).orElseThrow(() -> StatementKeys.notFound(key));
    StatementKind kind = answer.statement().kind();
    Map<String, Set<String>> members = breakdowns.members(by, query);
    Map<String, GroupCohesion> cohesion = new LinkedHashMap<>();
    members.forEach(
        (group, in) -> {
          Map<PositionAction, Integer> counts = new EnumMap<>(PositionAction.class);
          Map<PositionAction, List<StateRef>> named = new EnumMap<>(PositionAction.class);
          PositionAction.heldOn(kind).forEach(a -> counts.put(a, 0));
          PositionAction.heldOn(kind).forEach(a -> named.put(a, new ArrayList<>()));
          for (Signatory s : answer.rows()) {
            if (in.contains(s.iso3())) {
              counts.merge(s.action(), 1, Integer::sum);
              named
                  .computeIfAbsent(s.action(), a -> new ArrayList<>())
                  .add(new StateRef(s.iso3(), s.name()));
            }
          }
          named.values().forEach(l -> l.sort(Comparator.comparing(StateRef::name)));
          Map<PositionAction, Double> share = new EnumMap<>(PositionAction.class);
          counts.forEach((a, n) -> share.put(a, Breakdowns.share(n, in.size())));
          Double rice = null;
          if (kind.isVote()) {
            rice = rice(counts.get(PositionAction.YES), counts.get(PositionAction.NO));
          }
          cohesion.put(
              group, new GroupCohesion(in.size(), counts, share, rice, names ? named : null));
        });
    return new Cohesion(
        answer.statement().key(),
        kind,
        ReportBasis.of(query, answer.statement().through()),
        by.label(),
        cohesion);
  }

  /** The agreement answer: pairs, or the state × state matrix. */
  public record Agreed(Agreement pairs, AgreementMatrix matrix) {}

  /**
   * For each pair of the states, over the issue's occasions dated within [from, to] on which both
   * have a stance as of {@code asOf}: t such occasions, f identical stances, d two different sides,
   * g every other pair (one abstains or stands on both), the Lijphart index (f + g/2) / t and
   * Cohen's κ over the stance categories. Pairs with t = 0 are left out.
   */
  public Agreed agreement(
      String issue,
      List<String> codes,
      String group,
      LocalDate from,
      LocalDate to,
      ReportQuery query) {
    List<String> chosen = chosenStates(codes, group, query);
    IssueAnalysis.Loaded loaded = issues.load(issue, query, null);
    SideRule rule = loaded.rule();
    List<Integer> occasions = new ArrayList<>();
    for (int o = 0; o < rule.occasions().size(); o++) {
      LocalDate date = rule.occasions().get(o).date();
      boolean bounded = from != null || to != null;
      if (date == null
          ? !bounded
          : (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to))) {
        occasions.add(o);
      }
    }
    IssueAnalysis.Holdings holdings = IssueAnalysis.holdings(loaded, query.asOf());
    int n = loaded.statements().size();
    String[][] stances = new String[chosen.size()][occasions.size()];
    for (int s = 0; s < chosen.size(); s++) {
      PositionAction[] actions =
          holdings.actions().getOrDefault(chosen.get(s), new PositionAction[n]);
      for (int k = 0; k < occasions.size(); k++) {
        stances[s][k] = rule.stance(occasions.get(k), actions);
      }
    }
    StanceBits bits = new StanceBits(stances);
    int size = chosen.size();
    Double[][] index = new Double[size][size];
    List<Pair> pairs = new ArrayList<>();
    for (int a = 0; a < size; a++) {
      Pair self = bits.pair(a, a, chosen.get(a), chosen.get(a));
      index[a][a] = self == null ? null : self.lijphart();
      for (int b = a + 1; b < size; b++) {
        Pair pair = bits.pair(a, b, chosen.get(a), chosen.get(b));
        if (pair != null) {
          pairs.add(pair);
          index[a][b] = pair.lijphart();
          index[b][a] = pair.lijphart();
        }
      }
    }
    List<List<Double>> matrix = new ArrayList<>();
    for (Double[] row : index) {
      matrix.add(Arrays.asList(row));
    }
    ReportBasis basis = loaded.basis(query);
    String key = loaded.issue().key();
    return new Agreed(
        new Agreement(key, from, to, basis, chosen, pairs),
        new AgreementMatrix(key, from, to, basis, chosen, matrix));
  }

  /** Rice's index of a group's vote, |yes − no| / (yes + no); null when none voted yes or no. */
  static Double rice(int yes, int no) {
    return yes + no == 0 ? null : Breakdowns.round(Math.abs(yes - no) / (double) (yes + no));
  }

  /** The pair's counts over the occasions on which both have a stance; null when there are none. */
  static Pair pair(String a, String b, String[] stancesA, String[] stancesB) {
    return new StanceBits(new String[][] {stancesA, stancesB}).pair(0, 1, a, b);
  }

  /** The states named (by any code, name or alias), or a group's members on the date. */
  private List<String> chosenStates(List<String> codes, String group, ReportQuery query) {
    boolean byGroup = group != null && !group.isBlank();
    if (codes.isEmpty() == !byGroup) {
      throw new InvalidInputException(
          new FieldError(
              "states", "give either states (such as PAK,EGY) or a group (such as hrc)"));
    }
    Set<String> chosen = new LinkedHashSet<>();
    if (byGroup) {
      List<String> members =
          new ArrayList<>(
              groups
                  .membersOn(List.of(group), query.asOf(), "group", query.asRecorded())
                  .values()
                  .iterator()
                  .next());
      members.sort(states.byName());
      chosen.addAll(members);
    } else {
      List<FieldError> errors = new ArrayList<>();
      for (String code : codes) {
        states
            .find(code)
            .ifPresentOrElse(
                s -> chosen.add(s.iso3()), () -> errors.add(states.problem("states", code)));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
    }
    if (chosen.size() < 2) {
      throw new InvalidInputException(
          new FieldError(
              byGroup ? "group" : "states",
              "agreement needs at least two states; " + chosen.size() + " given",
              byGroup ? group : String.join(",", codes)));
    }
    return List.copyOf(chosen);
  }
}
