package org.signatorytracker.reports;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.CountBound;
import org.signatorytracker.common.CsvTable;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.statements.ClaimView;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.states.StateRef;

/**
 * How many states hold each action, in all and per group. For a letter or joint statement, {@code
 * atDelivery} and {@code joinedLater} split its signatories by whether their deciding record took
 * effect by the statement's date or after it. {@code claims} are the claims of the statement's
 * count the report considered (dated by {@code asOf}, public by {@code knownBy}), latest first; the
 * one marked {@code chosen} gives {@code reportedCount}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CountReport(
    String statement,
    StatementKind kind,
    @JsonUnwrapped ReportBasis basis,
    String by,
    Integer reportedCount,
    @Schema(description = ClaimedCount.REPORTED_BOUND, examples = "EXACT") CountBound reportedBound,
    @Schema(description = ClaimedCount.REPORTED_COUNT_TO, examples = "65") Integer reportedCountTo,
    @Schema(
            description =
                "Whether other claims whose dates overlap the chosen claim's give a different"
                    + " count (present when there is a reported count)",
            examples = "true")
        Boolean disputed,
    @Schema(
            description =
                "When disputed: the chosen claim and every claim competing with it (dates that"
                    + " overlap), each with its count, date and sources")
        List<ClaimView> reportedCounts,
    @Schema(
            description =
                "States with any record on the statement that the query admits (unretracted,"
                    + " known by knownBy, at minConfidence), whatever its date")
        long named,
    @Schema(
            description =
                "NONE: no state named (counts is null); PARTIAL: fewer states stand on the reported"
                    + " count's date than it says (\"nearly 100\": fewer than 100; a range: fewer"
                    + " than its low end); COMPLETE: as many as it allows at most (only an EXACT or"
                    + " AT_MOST count, or a range's high end, can say so); UNKNOWN: names but no"
                    + " reported count, or one that cannot say (\"at least 40\" with 45 standing)")
        ListStatus listStatus,
    @Schema(
            description = "Present (true) when listStatus is the one the researcher declared",
            examples = "true")
        Boolean listStatusDeclared,
    @Schema(description = "With a declared status: the one the records give", examples = "PARTIAL")
        ListStatus computedListStatus,
    @Schema(
            description =
                "States standing on the date of the claim that gives reportedCount (absent"
                    + " without one): what listStatus compares with it",
            examples = "50")
        Integer standingOnClaimDate,
    @Schema(
            description =
                "standingOnClaimDate ÷ reportedCount (the number as the source gives it: 100"
                    + " for \"nearly 100\", a range's low end), to four decimal places (absent"
                    + " without a reported count, or when it is 0)",
            examples = "1.0")
        Double share,
    Long atDelivery,
    Long joinedLater,
    @JsonInclude(JsonInclude.Include.ALWAYS) Map<PositionAction, Long> counts,
    @Schema(
            description =
                "By a grouping: group → action → count. By groups (groups:hrc,oic): group →"
                    + " {members, counts, share}")
        Map<String, Object> byGroup,
    List<ClaimView> claims,
    @Schema(
            description =
                "With names=true: group → action → the states in that cell, by name (a state in"
                    + " several groups is in each)",
            examples = "{\"Asia-Pacific\": {\"YES\": [{\"iso3\": \"JPN\", \"name\": \"Japan\"}]}}")
        Map<String, Map<PositionAction, List<StateRef>>> names)
    implements CsvTable, ReportTags.Tagged {

  /** The reported count as its source phrases it ("nearly 100"), for pages; null for none. */
  @JsonIgnore
  public String reportedAs() {
    return ClaimedCount.phrase(reportedCount, reportedBound, reportedCountTo);
  }

  /** The same count with the names in each cell. */
  CountReport withNames(Map<String, Map<PositionAction, List<StateRef>>> cells) {
    return new CountReport(
        statement,
        kind,
        basis,
        by,
        reportedCount,
        reportedBound,
        reportedCountTo,
        disputed,
        reportedCounts,
        named,
        listStatus,
        listStatusDeclared,
        computedListStatus,
        standingOnClaimDate,
        share,
        atDelivery,
        joinedLater,
        counts,
        byGroup,
        claims,
        cells);
  }

  @Override
  public String csvName() {
    return statement + "-count";
  }

  @Override
  public List<String> csvHeader() {
    if (names != null) {
      return Reports.header(
          List.of("statement", "kind"), List.of("by", "group", "action", "iso3", "name"));
    }
    return Reports.header(
        List.of("statement", "kind"),
        List.of(
            "reported_count",
            "reported_bound",
            "reported_count_to",
            "disputed",
            "named",
            "list_status",
            "list_status_declared",
            "standing_on_claim_date",
            "list_share",
            "at_delivery",
            "joined_later",
            "by",
            "group",
            "action",
            "count",
            "members",
            "share"));
  }

  @Override
  public List<List<Object>> csvRows() {
    List<List<Object>> rows = new ArrayList<>();
    if (names != null) {
      // long: one row per state in each cell
      names.forEach(
          (group, cells) ->
              cells.forEach(
                  (action, in) ->
                      in.forEach(
                          s ->
                              rows.add(
                                  Reports.row(
                                      List.of(statement, kind),
                                      basis,
                                      by,
                                      group,
                                      action,
                                      s.iso3(),
                                      s.name())))));
      return rows;
    }
    if (byGroup == null || byGroup.isEmpty()) {
      // nobody named: one row still carries the reported count and the list's status
      rows.add(row(null, null, null, null, null));
      return rows;
    }
    byGroup.forEach(
        (group, cell) -> {
          Reports.GroupCounts groupCounts = cell instanceof Reports.GroupCounts g ? g : null;
          @SuppressWarnings("unchecked")
          Map<PositionAction, Long> actions =
              groupCounts != null ? groupCounts.counts() : (Map<PositionAction, Long>) cell;
          actions.forEach(
              (action, count) ->
                  rows.add(
                      row(
                          group,
                          action,
                          count,
                          groupCounts == null ? null : groupCounts.members(),
                          groupCounts == null ? null : groupCounts.share().get(action))));
        });
    return rows;
  }

  /** One row: the statement, the basis and the whole count, then one cell of its breakdown. */
  private List<Object> row(
      String group, PositionAction action, Long count, Integer members, Double groupShare) {
    return Reports.row(
        List.of(statement, kind),
        basis,
        reportedCount,
        reportedBound,
        reportedCountTo,
        disputed,
        named,
        listStatus,
        listStatusDeclared != null,
        standingOnClaimDate,
        share,
        atDelivery,
        joinedLater,
        by,
        group,
        action,
        count,
        members,
        groupShare);
  }
}
