package org.signatorytracker.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.signatorytracker.common.Fingerprint;
import org.signatorytracker.reports.ReportBasis;

/**
 * A page's ETag, made as the reports make theirs: what was asked, how far the data read runs (the
 * engine's basis), and who asks (a page shows a signed-in editor's forms and this browser's CSRF
 * token). A browser that has the page already gets 304 and no rendering.
 */
@RequestScoped
public class PageTags {

  @Inject RoutingContext routing;
  @Inject CsrfTokens csrf;
  @Inject PageModel model;

  public Response answer(
      Request request, ReportBasis basis, TemplateInstance page, String... more) {
    Fingerprint print =
        new Fingerprint()
            .add(
                routing.request().uri(),
                basis.toString(),
                String.valueOf(model.user()),
                csrf.token());
    print.add(more);
    return tagged(request, print, () -> Response.ok(page.render(), "text/html;charset=UTF-8"));
  }

  /**
   * 304 when the client has the answer this fingerprint stands for; otherwise the answer, made only
   * then, with the fingerprint as its ETag.
   */
  static Response tagged(
      Request request, Fingerprint print, Supplier<Response.ResponseBuilder> answer) {
    EntityTag tag = new EntityTag(print.sha256());
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.tag(tag).header("Cache-Control", "no-cache").build();
    }
    return answer.get().tag(tag).header("Cache-Control", "no-cache").build();
  }
}
