package org.signatorytracker.positions;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKeys;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/** The filters of a search for records across statements, as a request gives them. */
public class RecordSearchParameters {

  @Parameter(description = "Only the statements of this issue", example = "xinjiang")
  @QueryParam("issue")
  String issue;

  @Parameter(description = "Only this statement", example = "hrc41-2019-xinjiang-supportive")
  @QueryParam("statement")
  String statement;

  @Parameter(description = "Only this state: an ISO code, a name or an alias", example = "QAT")
  @QueryParam("state")
  String state;

  @Parameter(description = "Only these actions, separated by commas", example = "WITHDREW")
  @QueryParam("action")
  String action;

  @Parameter(
      description = "Only records at least this sure: CONFIRMED, REPORTED or DISPUTED",
      example = "REPORTED")
  @QueryParam("minConfidence")
  String minConfidence;

  @Parameter(description = "Only records that count from this day or later", example = "2019-01")
  @QueryParam("from")
  String from;

  @Parameter(description = "Only records that count from this day or earlier", example = "2019")
  @QueryParam("to")
  String to;

  @Parameter(description = "Include retracted records, marked", example = "false")
  @QueryParam("includeRetracted")
  boolean includeRetracted;

  /**
   * The search the parameters describe; an unknown issue, statement or state is not found, naming
   * its parameter.
   */
  RecordSearch search(StatementService statements, IssueService issues, StateDirectory states) {
    LocalDate fromDate = QueryParams.startDate("from", from);
    LocalDate toDate = QueryParams.endDate("to", to, null);
    Set<Long> ids = null;
    if (!blank(issue)) {
      ids = new HashSet<>(Statement.idsOfIssue(issues.require(issue).key()));
    }
    if (!blank(statement)) {
      long id =
          Statement.findByKey(statement)
              .orElseThrow(() -> StatementKeys.notFound("statement", statement))
              .id;
      ids = ids == null || ids.contains(id) ? Set.of(id) : Set.of();
    }
    return new RecordSearch(
        ids,
        blank(state) ? null : state(states),
        QueryParams.enumValues("action", action, PositionAction.class),
        QueryParams.enumValue("minConfidence", minConfidence, Confidence.class, null),
        fromDate,
        toDate,
        includeRetracted);
  }

  private String state(StateDirectory states) {
    return states
        .find(state)
        .map(StateView::iso3)
        .orElseThrow(
            () -> {
              FieldError why = states.problem("state", state);
              return new ResourceNotFoundException(
                  "'" + state + "': " + why.message(), List.of(why));
            });
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
