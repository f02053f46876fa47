package org.signatorytracker.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.CountBound;
import org.signatorytracker.common.CsvTable;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.ListStatus;
import org.signatorytracker.reports.ReportBasis;
import org.signatorytracker.reports.ReportTags;
import org.signatorytracker.statements.StatementKind;

/** The shapes of the answers about sets of statements. */
public final class SetAnswers {

  private SetAnswers() {}

  /** A state of the reference table. */
  public record StateEntry(String iso3, String name, String regionalGroup) {}

  /**
   * The states standing on all of {@code all}, on one of {@code any} and on none of {@code none}.
   */
  public record SetQuery(
      List<String> all,
      List<String> any,
      List<String> none,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(description = "Present (true) when it asks who stood on them at some time")
          Boolean ever,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(description = "With ever: the first day of the period")
          LocalDate from,
      @JsonUnwrapped ReportBasis basis,
      int count,
      List<StateEntry> states)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return "query";
    }

    @Override
    public List<String> csvHeader() {
      List<String> header = new ArrayList<>(List.of("all", "any", "none"));
      header.addAll(ReportBasis.CSV_HEADER);
      header.addAll(List.of("iso3", "name", "regional_group"));
      return header;
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      for (StateEntry s : states) {
        List<Object> row =
            new ArrayList<>(
                List.of(String.join(";", all), String.join(";", any), String.join(";", none)));
        row.addAll(basis.csvCells());
        row.add(s.iso3());
        row.add(s.name());
        row.add(s.regionalGroup());
        rows.add(row);
      }
      return rows;
    }
  }

  /** How complete a statement's list of names is. */
  public record Coverage(
      String key,
      String title,
      StatementKind kind,
      UncertainDate date,
      int named,
      @Schema(nullable = true) Integer reportedCount,
      @Schema(nullable = true, description = ClaimedCount.REPORTED_BOUND, examples = "EXACT")
          CountBound reportedBound,
      @Schema(nullable = true, description = ClaimedCount.REPORTED_COUNT_TO, examples = "65")
          Integer reportedCountTo,
      ListStatus listStatus,
      @Schema(
              nullable = true,
              description = "Present (true) when listStatus is the one the researcher declared",
              examples = "true")
          Boolean listStatusDeclared,
      @Schema(
              nullable = true,
              description = "With a declared status: the one the records give",
              examples = "PARTIAL")
          ListStatus computedListStatus,
      @Schema(
              nullable = true,
              description = "States standing on the date of the claim that gives reportedCount",
              examples = "50")
          Integer standingOnClaimDate,
      @Schema(
              nullable = true,
              description = "standingOnClaimDate ÷ reportedCount",
              examples = "1.0")
          Double share,
      @Schema(nullable = true, description = "named ÷ reportedCount", examples = "1.02")
          Double shareNamed,
      @Schema(
              nullable = true,
              description =
                  "Where the statement stands in its life, as recorded; absent when no stage is",
              examples =
                  "circulating since late June 2022, reported 19 July 2022, delivery not known")
          @JsonInclude(JsonInclude.Include.NON_NULL)
          String stageSummary) {

    /** The reported count as its source phrases it ("nearly 100"), for pages; null for none. */
    @JsonIgnore
    public String reportedAs() {
      return ClaimedCount.phrase(reportedCount, reportedBound, reportedCountTo);
    }
  }

  /** The statements, the least completely named first. */
  public record CoverageList(
      String issue, @JsonUnwrapped ReportBasis basis, List<Coverage> statements)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return issue == null ? "coverage" : issue + "-coverage";
    }

    @Override
    public List<String> csvHeader() {
      List<String> header = new ArrayList<>(List.of("issue"));
      header.addAll(ReportBasis.CSV_HEADER);
      header.addAll(
          List.of(
              "statement",
              "title",
              "kind",
              "date",
              "named",
              "reported_count",
              "reported_bound",
              "reported_count_to",
              "list_status",
              "list_status_declared",
              "standing_on_claim_date",
              "share",
              "share_named"));
      return header;
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>();
      for (Coverage c : statements) {
        List<Object> row = new ArrayList<>();
        row.add(issue);
        row.addAll(basis.csvCells());
        row.addAll(
            Arrays.asList(
                c.key(),
                c.title(),
                c.kind(),
                c.date(),
                c.named(),
                c.reportedCount(),
                c.reportedBound(),
                c.reportedCountTo(),
                c.listStatus(),
                c.listStatusDeclared() != null,
                c.standingOnClaimDate(),
                c.share(),
                c.shareNamed()));
        rows.add(row);
      }
      return rows;
    }
  }

  /** A state's deciding action on each statement of the matrix (null: no record by then). */
  public record MatrixRow(
      String iso3,
      String name,
      String regionalGroup,
      @Schema(extensions = @Extension(name = ListAnswers.NULLABLE_ITEMS, value = "true"))
          List<PositionAction> actions,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              description =
                  "With ever=true: every action the state held on each statement within the"
                      + " period, in order (SIGNED→WITHDREW), or null",
              examples = "[\"SIGNED→WITHDREW\", null]",
              extensions = @Extension(name = ListAnswers.NULLABLE_ITEMS, value = "true"))
          List<String> ever) {}

  /** One row per state of the reference table, one column per statement. */
  public record Matrix(
      String issue,
      List<String> statements,
      @JsonUnwrapped ReportBasis basis,
      List<MatrixRow> states)
      implements CsvTable, ReportTags.Tagged {

    @Override
    public String csvName() {
      return issue == null ? "matrix" : issue + "-matrix";
    }

    /** Wide: the statements' keys are the columns. */
    @Override
    public List<String> csvHeader() {
      List<String> header = new ArrayList<>(List.of("iso3", "name", "regional_group"));
      header.addAll(statements);
      return header;
    }

    @Override
    public List<List<Object>> csvRows() {
      List<List<Object>> rows = new ArrayList<>(states.size());
      for (MatrixRow r : states) {
        List<Object> row = new ArrayList<>(statements.size() + 3);
        row.add(r.iso3());
        row.add(r.name());
        row.add(r.regionalGroup());
        row.addAll(r.ever() != null ? r.ever() : r.actions());
        rows.add(row);
      }
      return rows;
    }
  }
}
