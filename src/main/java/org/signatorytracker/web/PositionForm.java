package org.signatorytracker.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.common.ProblemMappers;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.SourceKind;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionBatchRequest;
import org.signatorytracker.positions.PositionRequest;
import org.signatorytracker.positions.PositionRole;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * The record form of a statement's page, read as the API reads a request: each field checked, each
 * problem named by its field, so that the page can show them beside what was sent.
 */
@ApplicationScoped
class PositionForm {

  @Inject StateDirectory states;
  @Inject Validator validator;

  /** The request the form was sent with; every problem goes to {@code errors}. */
  PositionRequest positionOf(StatementPage.Posted p, List<FieldError> errors) {
    StateView state = null;
    if (p.state() == null || p.state().isBlank()) {
      errors.add(new FieldError("state", "a state is required (ISO3 or ISO2 code, name or alias)"));
    } else {
      FieldError unknown = states.problem("state", p.state());
      if (unknown != null) {
        errors.add(unknown);
      } else {
        state = states.get(p.state());
      }
    }
    PositionRequest request = fieldsOf(state == null ? p.state() : state.iso3(), p, errors);
    if (errors.isEmpty()) {
      errors.addAll(violations(request));
    }
    return request;
  }

  /**
   * The same position for several states, as the pasted-list form sends it: the states chosen, and
   * the one set of fields for all of them (each state is checked when it is recorded, by its place
   * in the list).
   */
  PositionBatchRequest batchOf(
      List<String> chosen, StatementPage.Posted p, List<FieldError> errors) {
    if (chosen.isEmpty()) {
      errors.add(new FieldError("states", "tick at least one state"));
    }
    PositionRequest fields = fieldsOf(null, p, errors);
    PositionBatchRequest request =
        new PositionBatchRequest(
            chosen,
            fields.action(),
            fields.date(),
            fields.reported(),
            fields.confidence(),
            fields.role(),
            fields.sources(),
            fields.note(),
            fields.quote());
    if (errors.isEmpty()) {
      errors.addAll(violations(request));
    }
    return request;
  }

  /** Every field but the state, for a state's code (or null). */
  private static PositionRequest fieldsOf(
      String state, StatementPage.Posted p, List<FieldError> errors) {
    PositionAction action = parse(errors, "action", p.action(), PositionAction.class, null);
    UncertainDate date = date(errors, "date", p.date(), false);
    UncertainDate reported = date(errors, "reported", p.reported(), false);
    Confidence confidence = parse(errors, "confidence", p.confidence(), Confidence.class, null);
    PositionRole role = parse(errors, "role", p.role(), PositionRole.class, null);
    SourceKind kind = parse(errors, "sourceKind", p.sourceKind(), SourceKind.class, null);
    Source source = new Source(blank(p.sourceUrl()), blank(p.sourceTitle()), null, null, kind);
    if (!source.identifiesSomething()) {
      errors.add(new FieldError("sources", "at least one source is required: a URL or a title"));
    }
    return new PositionRequest(
        state, action, date, reported, confidence, role, List.of(source), blank(p.note()));
  }

  /** What a request's constraints say of it, each named by its field as the form names it. */
  <T> List<FieldError> violations(T value) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<T> v : validator.validate(value)) {
      errors.add(
          new FieldError(
              v.getPropertyPath().toString().replace("sources[0].", "source "),
              v.getMessage(),
              ProblemMappers.echo(v.getInvalidValue())));
    }
    return errors;
  }

  private static <E extends Enum<E>> E parse(
      List<FieldError> errors, String field, String text, Class<E> type, E otherwise) {
    try {
      return QueryParams.enumValue(field, text, type, otherwise);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return otherwise;
    }
  }

  private static UncertainDate date(
      List<FieldError> errors, String field, String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "is required (" + UncertainDate.FORMAT_HINT + ")"));
      }
      return null;
    }
    try {
      return UncertainDate.parse(text);
    } catch (PartialDate.InvalidDateException e) {
      errors.add(new FieldError(field, e.getMessage(), text));
      return null;
    }
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
