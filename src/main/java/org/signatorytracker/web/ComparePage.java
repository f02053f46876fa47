package org.signatorytracker.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.signatorytracker.analysis.StatementSets;
import org.signatorytracker.common.QueryParams;
import org.signatorytracker.reports.Ever;
import org.signatorytracker.reports.ReportParameters;
import org.signatorytracker.reports.ReportQuery;
import org.signatorytracker.reports.ReportService;
import org.signatorytracker.reports.StatementChoice;
import org.signatorytracker.security.ReadAccess;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.StateDirectory;

/**
 * Two statements side by side (both, only A, only B), or any number of them as a set query (all,
 * any, none): as lists and on the map.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@AuthorizationPolicy(name = ReadAccess.NAME)
public class ComparePage {

  @Inject Template compare;
  @Inject PageModel model;
  @Inject ReportService reports;
  @Inject StatementSets sets;
  @Inject StatementService statements;
  @Inject StateDirectory states;
  @Inject PageTags tags;

  @GET
  @Path("compare")
  @Operation(hidden = true)
  public Response compare(
      @QueryParam("a") String a,
      @QueryParam("b") String b,
      @QueryParam("all") List<String> allFields,
      @QueryParam("any") List<String> anyFields,
      @QueryParam("none") List<String> noneFields,
      @BeanParam ReportParameters parameters,
      @BeanParam Ever ever,
      @Context Request request) {
    ReportQuery query = parameters.query();
    // the form has one field per statement; a link may give them comma-separated
    String all = joined(allFields);
    String any = joined(anyFields);
    String none = joined(noneFields);
    LocalDate from = ever.from();
    // the same period in every link the page makes
    String period = ever.ever() ? "&ever=true" + (from == null ? "" : "&from=" + from) : "";
    TemplateInstance page =
        model
            .of(compare)
            .data("choices", statements.choices())
            .data("voteOptions", List.of("YES", "NO", "ABSTAIN", "NOT_VOTING"))
            .data("a", blank(a))
            .data("b", blank(b))
            .data("all", fields(all))
            .data("any", fields(any))
            .data("none", fields(none))
            .data("asOf", query.asOf())
            .data("ever", ever.ever())
            .data("from", from)
            .data("comparison", null)
            .data("found", null)
            .data("names", states);
    if (!blank(a).isEmpty() && !blank(b).isEmpty()) {
      page.data(
          "comparison",
          reports.compare(
              StatementChoice.parse("a", a),
              StatementChoice.parse("b", b),
              query,
              ever.ever(),
              from));
      page.data(
          "mapQuery", "a=" + encode(a) + "&b=" + encode(b) + "&asOf=" + query.asOf() + period);
    } else if (!(blank(all) + blank(any) + blank(none)).isEmpty()) {
      var found =
          sets.query(
              StatementChoice.list("all", all),
              StatementChoice.list("any", any),
              StatementChoice.list("none", none),
              query,
              ever.ever(),
              from);
      page.data("found", found);
      page.data("description", SetQueries.describe(found));
      page.data(
          "queryString",
          "all="
              + encode(blank(all))
              + "&any="
              + encode(blank(any))
              + "&none="
              + encode(blank(none))
              + "&asOf="
              + query.asOf()
              + period);
    }
    return tags.answer(request, reports.basis(query), page);
  }

  /** The keys of repeated fields, comma-separated, blanks left out. */
  private static String joined(List<String> fields) {
    return fields == null
        ? ""
        : String.join(
            ",",
            fields.stream()
                .flatMap(f -> QueryParams.list(f).stream())
                .filter(k -> !k.isBlank())
                .toList());
  }

  /** One field per key given, and one more, empty, for the next. */
  private static List<String> fields(String keys) {
    List<String> fields = new ArrayList<>(QueryParams.list(keys));
    fields.add("");
    return fields;
  }

  private static String blank(String text) {
    return text == null ? "" : text.strip();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
