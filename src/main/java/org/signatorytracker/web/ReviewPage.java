package org.signatorytracker.web;

import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.NotYoursException;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.RejectionRequest;
import org.signatorytracker.positions.PositionView;
import org.signatorytracker.positions.RecordReviews;
import org.signatorytracker.security.Role;
import org.signatorytracker.statements.ReviewConfig;

/**
 * What waits for review (with {@code tracker.review.required} on), by statement: each proposed
 * record or proposed retraction with its sources and who proposed it, to confirm, or reject with a
 * reason. The same rules as the API: one's own proposal is not confirmed here either.
 */
@Path("/reviews")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR)
public class ReviewPage {

  /** Proposals shown at once; the rest come as they are decided. */
  static final int SHOWN = 200;

  @Inject Template review;
  @Inject PageModel model;
  @Inject CsrfTokens csrf;
  @Inject RecordReviews reviews;
  @Inject PositionForm form;
  @Inject ReviewConfig config;

  /** One statement's proposals. */
  public record Group(String statement, List<PositionView> records) {}

  @GET
  @Operation(hidden = true)
  public Response show(@QueryParam("decided") String decided) {
    return page(decided, null, 200);
  }

  @POST
  @Path("positions/{id}/confirmation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response confirm(@PathParam("id") long id, @RestForm(CsrfTokens.FIELD) String token) {
    csrf.require(token);
    return decide(id, true, null);
  }

  @POST
  @Path("positions/{id}/rejection")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response reject(
      @PathParam("id") long id, @RestForm String reason, @RestForm(CsrfTokens.FIELD) String token) {
    csrf.require(token);
    RejectionRequest request = new RejectionRequest(reason == null ? null : reason.strip());
    List<FieldError> errors = form.violations(request);
    if (!errors.isEmpty()) {
      return page(null, "Record " + id + ": give the reason for rejecting it.", 400);
    }
    return decide(id, false, request.reason());
  }

  private Response decide(long id, boolean confirm, String reason) {
    try {
      if (reviews.decide(id, confirm, reason).isEmpty()) {
        return page(null, "There is no record " + id + ".", 404);
      }
    } catch (NotYoursException | ConflictException e) {
      return page(null, e.getMessage(), e instanceof NotYoursException ? 403 : 409);
    } catch (InvalidInputException e) {
      return page(null, e.getMessage(), 400);
    }
    return StatementPage.seeOther(
        "/reviews?decided=" + (confirm ? "confirmed-" : "rejected-") + id);
  }

  private Response page(String decided, String problem, int status) {
    Page<PositionView> waiting = reviews.waiting(null, new PageRequest(0, SHOWN));
    Map<String, List<PositionView>> byStatement = new LinkedHashMap<>();
    for (PositionView v : waiting.items()) {
      byStatement.computeIfAbsent(v.statement(), k -> new ArrayList<>()).add(v);
    }
    List<Group> groups = new ArrayList<>();
    byStatement.forEach((k, v) -> groups.add(new Group(k, v)));
    String notice = null;
    if (decided != null && decided.matches("(confirmed|rejected)-\\d+")) {
      String[] parts = decided.split("-");
      notice = "Record " + parts[1] + " " + parts[0] + ".";
    }
    return Response.status(status)
        .entity(
            model
                .of(review)
                .data("groups", groups)
                .data("total", waiting.totalItems())
                .data("shown", waiting.items().size())
                .data("required", config.required())
                .data("notice", notice)
                .data("problem", problem)
                .render())
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .build();
  }
}
