package org.signatorytracker.analysis;

import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageParameters;
import org.signatorytracker.reports.ReportParameters;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.security.ReadAccess;

@Path("/api/conflicts")
@Produces({MediaType.APPLICATION_JSON, ListAnswers.CSV})
@AuthorizationPolicy(name = ReadAccess.NAME)
@Tag(name = "Analysis")
public class ConflictsResource {

  @Inject Conflicts conflicts;

  @GET
  @Operation(
      operationId = "sourceConflicts",
      summary = "Where the sources disagree: every dispute, told and not settled",
      description =
          "Every conflict among the statements of `issue`, or of the one `statement`, or of all of"
              + " them, as of `asOf` and as recorded through `asRecorded`: COMPETING_CLAIMS (claims"
              + " of a count whose dates overlap and whose counts differ), CONTRADICTING_RECORDS"
              + " (two standing records of one state, from different sources, whose dates overlap"
              + " and whose actions differ), MORE_STANDING_THAN_CLAIMED (more states stand on the"
              + " reported count's date than it says), DECLARED_LIST_DISAGREES (a list declared"
              + " COMPLETE that the records do not add up to) and BOTH_SIDES (a state standing on"
              + " rival statements of one occasion, often an error of entry). Each names the"
              + " statement, the state where there is one, and the claims or records with their"
              + " sources. The answers keep their rules: the reportedCount is still the chosen"
              + " claim's, a state's standing still its deciding record's. A page, or as CSV the"
              + " whole list.")
  @APIResponse(
      responseCode = "200",
      description = "A page of conflicts, or the whole list as CSV",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Conflicts.Conflict.class)),
        @Content(mediaType = "text/csv")
      })
  @Extension(name = ListAnswers.PAGE_OF, value = "Conflict")
  public Response conflicts(
      @Parameter(description = "Only the statements of this issue", example = "xinjiang")
          @QueryParam("issue")
          String issue,
      @Parameter(description = "Only this statement", example = "hrc41-2019-xinjiang-critical")
          @QueryParam("statement")
          String statement,
      @BeanParam ReportParameters parameters,
      @BeanParam PageParameters page,
      @Context HttpHeaders headers) {
    ReportQuery query = parameters.query();
    List<Conflicts.Conflict> all = conflicts.find(issue, statement, query);
    return ListAnswers.answer(
        headers, page.request(), p -> Page.slice(all, p), Conflicts.CSV, "conflicts");
  }
}
