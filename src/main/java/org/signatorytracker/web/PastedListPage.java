package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.SourceKind;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionBatchRequest;
import org.signatorytracker.positions.PositionBatches;
import org.signatorytracker.positions.PositionRole;
import org.signatorytracker.security.Role;
import org.signatorytracker.statements.StatementKeys;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.statements.StatementView;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.transfer.Recognition;
import org.signatorytracker.transfer.RecognitionRequest;
import org.signatorytracker.transfer.TextRecognition;

/**
 * A pasted list, from text to records: the editor pastes a UN annex, a press paragraph or a table
 * on the statement's page; this page shows the text with every name it recognised marked, each
 * state ticked unless it already stands on the statement, a choice for each name of more than one
 * state and a field for each list item it could not place; the editor unticks, resolves, gives the
 * action, the dates, the confidence and the source once, and confirms: one atomic write of the
 * chosen records ({@link PositionBatches}), or every problem shown beside the same choices.
 */
@Path("/statements/{key}/pasted")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Role.EDITOR)
public class PastedListPage {

  @Inject Template pasted;
  @Inject PageModel model;
  @Inject CsrfTokens csrf;
  @Inject StatementService statements;
  @Inject TextRecognition recognition;
  @Inject PositionBatches batches;
  @Inject PositionForm form;
  @Inject StateDirectory states;

  /** Reads the pasted text; writes nothing. */
  @POST
  @Operation(hidden = true)
  public Response recognise(
      @PathParam("key") String key,
      @RestForm String text,
      @RestForm(CsrfTokens.FIELD) String token) {
    csrf.require(token);
    StatementView view = statements.find(key).orElseThrow(() -> StatementKeys.notFound(key));
    String pastedText = text == null ? "" : text;
    if (pastedText.isBlank() || pastedText.length() > RecognitionRequest.MAX_LENGTH) {
      throw new InvalidInputException(
          "text",
          pastedText.isBlank()
              ? "paste the list or the text that names the states"
              : "is longer than " + RecognitionRequest.MAX_LENGTH + " characters");
    }
    return page(view, pastedText, null, StatementPage.Posted.EMPTY, List.of(), 200);
  }

  /** Records the chosen states' positions, all or none. */
  @POST
  @Path("positions")
  @Operation(hidden = true)
  public Response confirm(
      @PathParam("key") String key,
      @RestForm String text,
      @RestForm("states") List<String> ticked,
      @RestForm("pick") List<String> picked,
      @RestForm("other") List<String> others,
      @RestForm String action,
      @RestForm String date,
      @RestForm String reported,
      @RestForm String confidence,
      @RestForm String role,
      @RestForm String sourceUrl,
      @RestForm String sourceTitle,
      @RestForm String sourceKind,
      @RestForm String note,
      @RestForm(CsrfTokens.FIELD) String token) {
    csrf.require(token);
    StatementView view = statements.find(key).orElseThrow(() -> StatementKeys.notFound(key));
    Choices choices = new Choices(nonBlank(ticked), nonBlank(picked), others(others));
    StatementPage.Posted posted =
        new StatementPage.Posted(
            "", action, date, reported, confidence, role, sourceUrl, sourceTitle, sourceKind, note);
    List<FieldError> errors = new ArrayList<>();
    PositionBatchRequest request = form.batchOf(choices.all(), posted, errors);
    if (errors.isEmpty()) {
      try {
        int recorded = batches.record(view.key(), request).size();
        return StatementPage.seeOther(
            "/statements/" + view.key() + "?recorded=" + recorded + "#signatories");
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
      }
    }
    return page(view, text == null ? "" : text, choices, posted, errors, 400);
  }

  /**
   * What the editor chose: the states ticked, the candidates picked for the ambiguous names (in
   * their order, blank where left out) and the states written for the unplaced items (in theirs).
   */
  public record Choices(List<String> ticked, List<String> picked, List<String> others) {

    /** Every chosen state once, in the order the page lists them. */
    List<String> all() {
      List<String> all = new ArrayList<>(ticked);
      picked.stream().filter(s -> !s.isBlank()).forEach(all::add);
      others.stream().filter(s -> !s.isBlank()).forEach(all::add);
      return all;
    }

    public boolean isTicked(String iso3) {
      return ticked.contains(iso3);
    }

    public boolean isPicked(String iso3) {
      return picked.contains(iso3);
    }

    /** What was written for the i-th unplaced item. */
    public String other(int i) {
      return i < others.size() ? others.get(i) : "";
    }
  }

  private Response page(
      StatementView view,
      String text,
      Choices choices,
      StatementPage.Posted posted,
      List<FieldError> errors,
      int status) {
    Recognition read = recognition.recognise(view.key(), text);
    Map<String, String> names = new HashMap<>();
    states.all().forEach(st -> names.put(st.iso3(), st.name()));
    TemplateInstance page =
        model
            .of(pasted)
            .data("s", view)
            .data("text", text)
            .data("read", read)
            .data("marked", MarkedText.of(text, read))
            .data("choices", choices)
            .data("proposed", read.found().stream().filter(f -> f.standing() == null).count())
            .data("actions", PositionAction.forKind(view.kind()))
            .data("confidences", Confidence.values())
            .data("roles", PositionRole.values())
            .data("sourceKinds", SourceKind.values())
            .data("allStates", states.all())
            .data("names", names)
            .data("posted", posted)
            .data("formErrors", errors);
    return Response.status(status)
        .entity(page.render())
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .build();
  }

  private static List<String> nonBlank(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }

  /** Kept in place, blanks too: the i-th is the i-th unplaced item's. */
  private static List<String> others(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().map(v -> v == null ? "" : v.strip()).toList();
  }
}
