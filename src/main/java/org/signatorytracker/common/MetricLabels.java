package org.signatorytracker.common;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * The HTTP metrics keep one label per route template; every request that matched no route (a 404 or
 * 405 on a path of the caller's choosing, which Quarkus labels NOT_FOUND or UNKNOWN once {@code
 * quarkus.micrometer.binder.http-server.suppress4xx-errors} is on) counts under the one label
 * {@code UNMATCHED}, so that random paths cannot fill the registry and crowd out the real routes.
 */
@Singleton
public class MetricLabels {

  public static final String UNMATCHED = "UNMATCHED";

  private static final Set<String> QUARKUS_UNMATCHED = Set.of("NOT_FOUND", "UNKNOWN");

  @Produces
  @Singleton
  MeterFilter unmatchedRequestsUnderOneLabel() {
    return MeterFilter.replaceTagValues(
        "uri", uri -> QUARKUS_UNMATCHED.contains(uri) ? UNMATCHED : uri);
  }
}
