package org.signatorytracker.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * A feed as an answer: tagged with the last revision (so that a reader polling an unchanged service
 * gets 304 without a query of the changes), its addresses absolute, revalidated on every read.
 */
@ApplicationScoped
class FeedAnswers {

  @Inject Feeds feeds;
  @Inject StateDirectory states;

  Response answer(
      Request request,
      UriInfo uri,
      String scope,
      String title,
      String page,
      String self,
      Feeds.Scope where) {
    CacheControl revalidate = new CacheControl();
    revalidate.setNoCache(true);
    EntityTag tag = new EntityTag(scope + "-" + feeds.lastRevision(), true);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.cacheControl(revalidate).build();
    }
    URI base = uri.getBaseUri();
    List<Feeds.Entry> entries = feeds.latest(where);
    String atom =
        AtomFeeds.write(
            new AtomFeeds.Head(
                "urn:signatory-tracker:feed:" + scope,
                title,
                base.resolve(page),
                base.resolve("api/" + self)),
            entries,
            base,
            iso3 -> states.byIso3(iso3).map(StateView::name).orElse(iso3));
    return Response.ok(atom, FeedsResource.ATOM + ";charset=UTF-8")
        .tag(tag)
        .cacheControl(revalidate)
        .build();
  }
}
