package org.signatorytracker.transfer;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.common.Text;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKeys;

/** The filters every export takes, as query parameters. */
public class ExportParameters {

  @Parameter(description = "Topic key")
  @QueryParam("issue")
  String issue;

  @Parameter(description = "One statement's key")
  @QueryParam("statement")
  String statement;

  @Parameter(description = "Earliest statement date (YYYY-MM-DD, YYYY-MM or YYYY)")
  @QueryParam("from")
  String from;

  @Parameter(description = "Latest statement date")
  @QueryParam("to")
  String to;

  @Parameter(
      description = "true: include retracted records and claims, with their reason",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @QueryParam("includeRetracted")
  String includeRetracted;

  /**
   * The filter these parameters describe.
   *
   * @throws ResourceNotFoundException for an unknown statement key
   */
  ExportFilter filter() {
    String key = Statement.canonicalKey(Text.blankToNull(statement));
    if (key != null && !Statement.keyExists(key)) {
      throw StatementKeys.notFound("statement", statement);
    }
    return new ExportFilter(
        Statement.canonicalKey(Text.blankToNull(issue)),
        key,
        QueryParams.startDate("from", from),
        QueryParams.endDate("to", to, null),
        QueryParams.flag("includeRetracted", includeRetracted));
  }
}
