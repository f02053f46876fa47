package org.signatorytracker.transfer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.TrackerConfig;

/**
 * Online backups of the embedded H2 database: H2's BACKUP copies the database file into a zip while
 * the service runs. PostgreSQL is backed up with its own tools (pg_dump), and the data package
 * export is a portable backup for either.
 */
@ApplicationScoped
public class Backups {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  @Inject EntityManager em;
  @Inject TrackerConfig config;

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String dbKind;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  /** A backup that was written: where, how large, when. */
  public record Backup(String file, long bytes, Instant createdAt) {}

  public Backup create() {
    if (!"h2".equals(dbKind)) {
      throw new ConflictException(
          "This instance runs on "
              + dbKind
              + "; back it up with pg_dump (see the README), or"
              + " export a data package.");
    }
    if (jdbcUrl.startsWith("jdbc:h2:mem:")) {
      throw new ConflictException("An in-memory database has no file to back up.");
    }
    Instant now = Instant.now();
    Path directory = Path.of(config.backup().directory()).toAbsolutePath().normalize();
    Path file = directory.resolve("signatory-tracker-" + STAMP.format(now) + ".zip");
    try {
      Files.createDirectories(directory);
      // the name is built here from a timestamp, never from request data
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  em.createNativeQuery("BACKUP TO '" + file.toString().replace("'", "''") + "'")
                      .executeUpdate());
      return new Backup(file.toString(), Files.size(file), now);
    } catch (IOException e) {
      throw new UncheckedIOException("The backup cannot be written to " + directory, e);
    }
  }
}
