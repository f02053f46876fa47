package org.signatorytracker.analysis;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.reports.ReportParameters;

/** What an agreement is asked about: an issue, the states or a group, and a span of occasions. */
public class AgreementParameters extends ReportParameters {

  @Parameter(description = "The issue", required = true)
  @QueryParam("issue")
  String issue;

  @Parameter(description = "States by code, name or alias, separated by commas")
  @QueryParam("states")
  String states;

  @Parameter(description = "A group: its members as of asOf")
  @QueryParam("group")
  String group;

  @Parameter(description = "Only occasions dated on or after this date")
  @QueryParam("from")
  String from;

  @Parameter(description = "Only occasions dated on or before this date")
  @QueryParam("to")
  String to;

  public String issue() {
    return text(issue);
  }

  public String states() {
    return text(states);
  }

  public String group() {
    return text(group);
  }

  public String from() {
    return text(from);
  }

  public String to() {
    return text(to);
  }

  /** Whether an issue and some states (or a group) are chosen: a page asks before it answers. */
  public boolean chosen() {
    return !issue().isEmpty() && !(states() + group()).isEmpty();
  }

  /** The agreement asked for, checked as every report checks its parameters. */
  public AgreementAndCohesion.Agreed agreed(AgreementAndCohesion blocs) {
    if (issue().isEmpty()) {
      throw new InvalidInputException(new FieldError("issue", "an issue is required"));
    }
    return blocs.agreement(
        issue(),
        QueryParams.list(states),
        group,
        QueryParams.startDate("from", from),
        QueryParams.endDate("to", to, null),
        query());
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
