package org.signatorytracker.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Which database this build runs on, where that changes what the service does: backups and file
 * compaction are for the embedded H2 database kept in a file (PostgreSQL has its own tools), and
 * PostgreSQL's planner needs its statistics brought up to date after a bulk load.
 */
@ApplicationScoped
public class Database {

  private static final Logger LOG = Logger.getLogger(Database.class);

  @Inject EntityManager em;

  @ConfigProperty(name = "quarkus.datasource.db-kind")
  String kind;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  /** The database kind of this build ({@code h2}, {@code postgresql}). */
  public String kind() {
    return kind;
  }

  public boolean isH2() {
    return "h2".equals(kind);
  }

  /** An H2 database kept in a file (not in memory). */
  public boolean isH2File() {
    return isH2() && !jdbcUrl.startsWith("jdbc:h2:mem:");
  }

  public boolean isPostgreSQL() {
    return "postgresql".equals(kind);
  }

  /**
   * After a bulk load, brings PostgreSQL's planner statistics up to date ({@code ANALYZE}, which
   * reads a sample of each table): until autovacuum comes round, and never where it is off, the
   * planner takes the tables for as small as they were and scans them whole (after an import of
   * 2,000,000 records, a lookup of 250 records' sources by primary key took 400 to 700 ms). H2
   * keeps its own statistics as rows change.
   */
  public void refreshStatistics() {
    if (!isPostgreSQL()) {
      return;
    }
    long started = System.nanoTime();
    try {
      QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ANALYZE").executeUpdate());
      LOG.infof(
          "Planner statistics brought up to date after a bulk load in %d ms",
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      // what was loaded is committed: autovacuum, or the next bulk load, will do it
      LOG.warnf("Planner statistics could not be brought up to date: %s", e.getMessage());
    }
  }
}
