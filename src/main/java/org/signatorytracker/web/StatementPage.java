package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.signatorytracker.analysis.Conflicts;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.common.RetractionRequest;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.SourceKind;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionRequest;
import org.signatorytracker.positions.PositionRole;
import org.signatorytracker.positions.PositionService;
import org.signatorytracker.positions.PositionView;
import org.signatorytracker.reports.Breakdown;
import org.signatorytracker.reports.CountReport;
import org.signatorytracker.reports.ReportParameters;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.ReportService;
import org.signatorytracker.reports.Reports.SignatoriesReport;
import org.signatorytracker.reports.Reports.Signatory;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.security.Role;
import org.signatorytracker.statements.ReviewConfig;
import org.signatorytracker.statements.StatementKeys;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.statements.StatementView;
import org.signatorytracker.states.GroupService;
import org.signatorytracker.states.StateDirectory;

/**
 * A statement's page: what it is, who stands on it as of a date and as known on a date, by group,
 * on the map and over time, the signatories with their sources, and every record with retractions
 * marked; editors record and retract positions here.
 */
@Path("/statements/{key}")
@Produces(MediaType.TEXT_HTML)
public class StatementPage {

  /** Records of the history shown per page. */
  static final int HISTORY_PAGE = 200;

  static final Map<String, Comparator<Row>> ORDERS = new LinkedHashMap<>();

  static {
    ORDERS.put("state", Comparator.comparing(r -> r.signatory().name()));
    ORDERS.put(
        "group",
        Comparator.comparing(
                (Row r) -> Objects.requireNonNullElse(r.signatory().regionalGroup(), "~"))
            .thenComparing(r -> r.signatory().name()));
    ORDERS.put(
        "since",
        Comparator.comparing((Row r) -> r.signatory().since().latest())
            .thenComparing(r -> r.signatory().name()));
    ORDERS.put(
        "confidence",
        Comparator.comparing((Row r) -> r.signatory().confidence())
            .thenComparing(r -> r.signatory().name()));
  }

  @Inject Template statement;
  @Inject ReviewConfig review;
  @Inject PageModel model;
  @Inject PageTags tags;
  @Inject StatementService statements;
  @Inject ReportService reports;
  @Inject PositionService positions;
  @Inject StateDirectory states;
  @Inject PositionForm form;
  @Inject CsrfTokens csrf;
  @Inject GroupService groups;
  @Inject Conflicts conflicts;

  /** A signatory with the sources of its deciding record. */
  public record Row(Signatory signatory, List<Source> sources) {}

  /** What the record form was sent with, kept to show it again beside its problems. */
  public record Posted(
      String state,
      String action,
      String date,
      String reported,
      String confidence,
      String role,
      String sourceUrl,
      String sourceTitle,
      String sourceKind,
      String note) {

    static final Posted EMPTY = new Posted("", "", "", "", "", "", "", "", "", "");
  }

  @GET
  @Operation(hidden = true)
  @AuthorizationPolicy(name = ReadAccess.NAME)
  public Response page(
      @PathParam("key") String key,
      @BeanParam ReportParameters parameters,
      @QueryParam("by") String by,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("recorded") String recorded,
      @QueryParam("retracted") String retracted,
      @Context Request request) {
    StatementView view = statements.find(key).orElseThrow(() -> StatementKeys.notFound(key));
    ReportQuery query = parameters.query();
    CountReport count = reports.count(view.key(), query, Breakdown.parse(by));
    TemplateInstance instance =
        render(
            view,
            query,
            count,
            by,
            sort,
            QueryParams.integer("page", page, 0),
            Posted.EMPTY,
            List.of());
    if (recorded != null && recorded.matches("[1-9][0-9]{0,3}")) {
      String n = recorded.equals("1") ? "1 position" : recorded + " positions";
      instance.data(
          "notice",
          review.required()
              ? n + " proposed: they count once another editor confirms them."
              : n + " recorded.");
    }
    return tags.answer(request, count.basis(), instance, String.valueOf(view.version()));
  }

  @POST
  @Path("positions")
  @Operation(hidden = true)
  @RolesAllowed(Role.EDITOR)
  public Response record(
      @PathParam("key") String key,
      @RestForm String state,
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
    Posted posted =
        new Posted(
            state,
            action,
            date,
            reported,
            confidence,
            role,
            sourceUrl,
            sourceTitle,
            sourceKind,
            note);
    List<FieldError> errors = new ArrayList<>();
    PositionRequest position = form.positionOf(posted, errors);
    if (errors.isEmpty()) {
      try {
        positions.record(view.key(), position);
        return seeOther("/statements/" + view.key() + "?recorded=1");
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
      }
    }
    ReportQuery today = ReportQuery.on(LocalDate.now(ZoneOffset.UTC));
    return Response.status(400)
        .entity(
            render(
                    view,
                    today,
                    reports.count(view.key(), today, Breakdown.parse(null)),
                    null,
                    null,
                    0,
                    posted,
                    errors)
                .render())
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .build();
  }

  @POST
  @Path("records/{id}/retract")
  @Operation(hidden = true)
  @RolesAllowed(Role.EDITOR)
  public Response retract(
      @PathParam("key") String key,
      @PathParam("id") long id,
      @RestForm String reason,
      @RestForm(CsrfTokens.FIELD) String token) {
    csrf.require(token);
    StatementView view = statements.find(key).orElseThrow(() -> StatementKeys.notFound(key));
    PositionView record =
        positions
            .find(id)
            .filter(r -> r.statement().equals(view.key()))
            .orElseThrow(
                () ->
                    new ResourceNotFoundException(
                        "There is no record " + id + " on " + view.key() + "."));
    RetractionRequest retraction = new RetractionRequest(reason == null ? null : reason.strip());
    List<FieldError> errors = form.violations(retraction);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    positions.retract(record.id(), retraction);
    return seeOther("/statements/" + view.key() + "?retracted=" + id + "#history");
  }

  /**
   * The claims that dispute the reported count, side by side: "44 (CAN mission)", "43 (press)":
   * each count with the publisher, title or host of its first source.
   */
  static List<String> competingCounts(CountReport count) {
    if (count.reportedCounts() == null) {
      return List.of();
    }
    return count.reportedCounts().stream()
        .map(c -> c.reported() + " (" + c.on() + ", " + sourceLabel(c.sources()) + ")")
        .toList();
  }

  private static String sourceLabel(List<Source> sources) {
    if (sources.isEmpty()) {
      return "no source";
    }
    Source s = sources.get(0);
    if (s.publisher() != null) {
      return s.publisher();
    }
    if (s.title() != null) {
      return s.title();
    }
    return s.url() == null
        ? s.kind().name().toLowerCase(Locale.ROOT)
        : URI.create(s.url()).getHost();
  }

  /** The page, with the count already read for it (the page's tags come from the same count). */
  private TemplateInstance render(
      StatementView view,
      ReportQuery query,
      CountReport count,
      String by,
      String sort,
      int page,
      Posted posted,
      List<FieldError> errors) {
    SignatoriesReport signatories = reports.signatories(view.key(), query);
    Map<Long, PositionView> deciding = new HashMap<>();
    positions
        .views(signatories.states().stream().map(Signatory::recordId).toList())
        .forEach(r -> deciding.put(r.id(), r));
    String order = sort == null || !ORDERS.containsKey(sort) ? "state" : sort;
    List<Row> rows =
        signatories.states().stream()
            .map(
                s ->
                    new Row(
                        s,
                        deciding.containsKey(s.recordId())
                            ? deciding.get(s.recordId()).sources()
                            : List.of()))
            .sorted(ORDERS.get(order))
            .toList();
    var history = positions.history(view.key(), new PageRequest(page, HISTORY_PAGE));
    return model
        .of(statement)
        .data("s", view)
        .data("count", count)
        .data("competingCounts", competingCounts(count))
        .data("conflicts", conflicts.find(null, view.key(), query).size())
        .data("groups", GroupRows.of(count, groupNames()))
        .data("resultRows", GroupRows.results(view, count, groupNames()))
        .data(
            "signed",
            count.counts() == null ? 0 : count.counts().getOrDefault(PositionAction.SIGNED, 0L))
        .data("held", PositionAction.heldOn(view.kind()))
        .data("rows", rows)
        .data("sort", order)
        .data("by", by == null ? "" : by)
        .data("byChoices", byChoices())
        .data("byLabel", byLabel(by))
        .data("asOf", query.asOf())
        .data("knownBy", query.knownBy())
        .data("chartQuery", chartQuery(query))
        .data("history", history)
        .data("actions", PositionAction.forKind(view.kind()))
        .data("confidences", Confidence.values())
        .data("roles", PositionRole.values())
        .data("sourceKinds", SourceKind.values())
        .data("allStates", model.isEditor() ? states.all() : List.of())
        .data("posted", posted)
        .data("formErrors", errors)
        .data("notice", null);
  }

  /** Each group's name by its key, for the rows of a count by groups. */
  private Map<String, String> groupNames() {
    Map<String, String> names = new HashMap<>();
    groups.list().forEach(g -> names.put(g.key(), g.name()));
    return names;
  }

  /** One way to break the count down: the value of {@code by}, and its name. */
  public record Choice(String value, String label) {}

  /** The states' own groupings, each group with dated membership, and a few side by side. */
  private List<Choice> byChoices() {
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("", "UN regional group"));
    choices.add(new Choice("m49Region", "M49 region"));
    choices.add(new Choice("m49Subregion", "M49 sub-region"));
    groups.list().forEach(g -> choices.add(new Choice("groups:" + g.key(), g.name())));
    choices.add(new Choice("groups:eu,oic,au,nam", "EU, OIC, AU and NAM side by side"));
    return choices;
  }

  /** What the count's breakdown is called on the page: its choice's name, or as written. */
  private String byLabel(String by) {
    String value = by == null ? "" : by.strip();
    return byChoices().stream()
        .filter(c -> c.value().equals(value))
        .map(Choice::label)
        .findFirst()
        .orElse(value);
  }

  /** The as-of and known-by parameters a chart or download link repeats. */
  private static String chartQuery(ReportQuery query) {
    StringBuilder q = new StringBuilder("?asOf=").append(query.asOf());
    if (query.knownBy() != null) {
      q.append("&knownBy=").append(query.knownBy());
    }
    return q.toString();
  }

  static Response seeOther(String location) {
    return Response.seeOther(URI.create(location)).build();
  }
}
