package org.signatorytracker.operations;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.DaemonThreads;
import org.signatorytracker.common.Database;

/**
 * Online backups of the embedded H2 database: H2's BACKUP copies the database file into a zip while
 * the service runs. A backup of a large database takes minutes, so it runs as a job of its own,
 * outside any request, one at a time; each has a name of its own, and only the newest {@code
 * tracker.backup.keep} are kept. PostgreSQL is backed up with its own tools (pg_dump), and the data
 * package export is a portable backup for either.
 */
@ApplicationScoped
public class Backups {

  private static final Logger LOG = Logger.getLogger(Backups.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
  private static final String PREFIX = "signatory-tracker-";

  @Inject EntityManager em;
  @Inject OperationsConfig config;

  @Inject Database database;

  private final ExecutorService worker = DaemonThreads.single("backup");
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final AtomicReference<String> running = new AtomicReference<>();

  /** A backup job: its file's name in the backup folder, how far it got, and how large it is. */
  public record Job(
      String id,
      String status,
      String file,
      @Schema(nullable = true) Long bytes,
      Instant startedAt,
      @Schema(nullable = true) Instant finishedAt,
      @Schema(nullable = true) String detail) {

    Job done(long bytes) {
      return new Job(id, "done", file, bytes, startedAt, Instant.now(), null);
    }

    Job failed(String why) {
      return new Job(id, "failed", file, null, startedAt, Instant.now(), why);
    }
  }

  /** A backup file in the backup folder. */
  public record BackupFile(String file, long bytes, Instant modifiedAt) {}

  /**
   * Starts a backup and returns its job at once.
   *
   * @throws ConflictException on PostgreSQL or an in-memory database, or while another runs
   */
  public Job start() {
    if (!database.isH2()) {
      throw new ConflictException(
          "This instance runs on "
              + database.kind()
              + "; back it up with pg_dump (see the README), or export a data package.");
    }
    if (!database.isH2File()) {
      throw new ConflictException("An in-memory database has no file to back up.");
    }
    Instant now = Instant.now();
    String id = UUID.randomUUID().toString();
    String name = PREFIX + STAMP.format(now) + "-" + id.substring(0, 8) + ".zip";
    if (!running.compareAndSet(null, id)) {
      throw new ConflictException(
          "A backup is running already (" + running.get() + "); wait for it to finish.");
    }
    Job job = new Job(id, "running", name, null, now, null, null);
    jobs.put(id, job);
    worker.execute(() -> run(job));
    return job;
  }

  public Optional<Job> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** The backups in the folder, newest first. */
  public List<BackupFile> files() {
    Path directory = directory();
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(PREFIX))
          .map(f -> new BackupFile(f.getFileName().toString(), size(f), modified(f)))
          .sorted(
              Comparator.comparing(BackupFile::file).reversed()) // the name starts with its time
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("The backup folder cannot be read", e);
    }
  }

  private void run(Job job) {
    Path directory = directory();
    Path file = directory.resolve(job.file());
    try {
      Files.createDirectories(directory);
      // the name is built here from a timestamp and a random id, never from request data
      QuarkusTransaction.requiringNew()
          .timeout((int) config.backup().timeout().toSeconds())
          .run(
              () ->
                  em.createNativeQuery("BACKUP TO '" + file.toString().replace("'", "''") + "'")
                      .executeUpdate());
      jobs.put(job.id(), job.done(Files.size(file)));
      removeOlderThanTheNewest(config.backup().keep());
    } catch (Exception e) {
      LOG.errorf(e, "Backup %s failed", job.id());
      jobs.put(
          job.id(), job.failed("The backup failed; the service log says why (" + job.id() + ")."));
    } finally {
      running.set(null);
    }
  }

  private void removeOlderThanTheNewest(int keep) {
    List<BackupFile> all = files();
    for (BackupFile old : all.subList(Math.min(keep, all.size()), all.size())) {
      try {
        Files.deleteIfExists(directory().resolve(old.file()));
      } catch (IOException e) {
        LOG.warnf(e, "An old backup could not be removed: %s", old.file());
      }
    }
  }

  private Path directory() {
    return Path.of(config.backup().directory()).toAbsolutePath().normalize();
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return -1;
    }
  }

  private static Instant modified(Path f) {
    try {
      return Files.getLastModifiedTime(f).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }
}
