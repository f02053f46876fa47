package org.signatorytracker.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.CsvTable;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.ReportBasis;
import org.signatorytracker.reports.ReportTags;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.states.StateRef;

/** The shapes of cohesion and agreement answers. */
public final class AgreementAnswers {

  private AgreementAnswers() {}

  /** How a pair of states stood over the occasions on which both had a stance. */
  public record Pair(
      String a,
      String b,
      int t,
      int f,
      int g,
      int d,
      double lijphart,
      @Schema(nullable = true) Double kappa) {}

  /** Agreement between every pair of the states over an issue's occasions. */
  public record Agreement(
      String issue,
      @Schema(nullable = true) LocalDate from,
      @Schema(nullable = true) LocalDate to,
      @JsonUnwrapped ReportBasis basis,
      List<String> states,
      List<Pair> pairs)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return issue + "-agreement";
    }

    @Override
    public List<String> csvHeader() {
      List<String> header = new ArrayList<>(List.of("issue", "from", "to"));
      header.addAll(ReportBasis.CSV_HEADER);
      header.addAll(List.of("a", "b", "t", "f", "g", "d", "lijphart", "kappa"));
      return header;
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      for (Pair p : pairs) {
        List<Object> row = new ArrayList<>(Arrays.asList(issue, from, to));
        row.addAll(basis.csvCells());
        row.addAll(
            Arrays.asList(p.a(), p.b(), p.t(), p.f(), p.g(), p.d(), p.lijphart(), p.kappa()));
        rows.add(row);
      }
      return rows;
    }
  }

  /**
   * The state × state matrix of Lijphart indices (null where a pair shares no occasion; 1 on the
   * diagonal for a state with a stance on any occasion).
   */
  public record AgreementMatrix(
      String issue,
      LocalDate from,
      LocalDate to,
      @JsonUnwrapped ReportBasis basis,
      List<String> states,
      List<List<Double>> lijphart)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return issue + "-agreement-matrix";
    }

    @Override
    public List<String> csvHeader() {
      List<String> header = new ArrayList<>(List.of("iso3"));
      header.addAll(states);
      return header;
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      for (int i = 0; i < states.size(); i++) {
        List<Object> row = new ArrayList<>();
        row.add(states.get(i));
        row.addAll(lijphart.get(i));
        rows.add(row);
      }
      return rows;
    }
  }

  /** A group's members on the date, what they did, their shares and, for a vote, the Rice index. */
  public record GroupCohesion(
      int members,
      Map<PositionAction, Integer> counts,
      Map<PositionAction, Double> share,
      @Schema(nullable = true) Double rice,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(description = "With names=true: the members holding each action, by name")
          Map<PositionAction, List<StateRef>> names) {}

  /** How united each group was on a statement. */
  public record Cohesion(
      String statement,
      StatementKind kind,
      @JsonUnwrapped ReportBasis basis,
      String by,
      Map<String, GroupCohesion> groups)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return statement + "-cohesion";
    }

    @Override
    public List<String> csvHeader() {
      List<String> header = new ArrayList<>(List.of("statement", "kind"));
      header.addAll(ReportBasis.CSV_HEADER);
      header.addAll(
          named()
              ? List.of("by", "group", "action", "iso3", "name")
              : List.of("by", "group", "members", "action", "count", "share", "rice"));
      return header;
    }

    private boolean named() {
      return groups.values().stream().anyMatch(g -> g.names() != null);
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      if (named()) {
        // long: one row per member in each cell
        groups.forEach(
            (group, c) ->
                c.names()
                    .forEach(
                        (action, in) ->
                            in.forEach(
                                s -> {
                                  List<Object> row = new ArrayList<>(List.of(statement, kind));
                                  row.addAll(basis.csvCells());
                                  row.addAll(List.of(by, group, action, s.iso3(), s.name()));
                                  rows.add(row);
                                })));
        return rows;
      }
      groups.forEach(
          (group, c) ->
              c.counts()
                  .forEach(
                      (action, count) -> {
                        List<Object> row = new ArrayList<>(List.of(statement, kind));
                        row.addAll(basis.csvCells());
                        row.addAll(
                            Arrays.asList(
                                by,
                                group,
                                c.members(),
                                action,
                                count,
                                c.share().get(action),
                                c.rice()));
                        rows.add(row);
                      }));
      return rows;
    }
  }
}
