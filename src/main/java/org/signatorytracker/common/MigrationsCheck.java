package org.signatorytracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Ready only when the schema is the one this build expects: every Flyway migration applied, none
 * failed. A replica started against a database another replica is still migrating waits here.
 */
@Readiness
@ApplicationScoped
public class MigrationsCheck implements HealthCheck {

  @Inject Flyway flyway;

  @Override
  public HealthCheckResponse call() {
    var builder = HealthCheckResponse.named("Database migrations");
    try {
      var info = flyway.info();
      MigrationInfo current = info.current();
      int pending = info.pending().length;
      long failed = Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).count();
      return builder
          .status(pending == 0 && failed == 0)
          .withData("version", current == null ? "none" : current.getVersion().getVersion())
          .withData("pending", pending)
          .withData("failed", failed)
          .build();
    } catch (RuntimeException e) {
      return builder.down().withData("error", "the migration history cannot be read").build();
    }
  }
}
