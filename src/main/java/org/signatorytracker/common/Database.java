package org.signatorytracker.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
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

  /** A table smaller than this (8 KB pages: 1 MB) is left to autovacuum. */
  static final long MIN_PAGES = 128;

  /**
   * PostgreSQL's tables that have grown since the planner's statistics last saw them: at least
   * {@code :pages} pages, and more than a fifth larger than at their last {@code ANALYZE} (never
   * analysed: any size but empty). The pages on disk are read directly, so a load that committed a
   * moment ago is seen.
   */
  private static final String GROWN_TABLES =
      "SELECT relname FROM (SELECT c.relname AS relname, c.relpages AS analysed,"
          + " pg_relation_size(c.oid) / CAST(current_setting('block_size') AS integer) AS pages"
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.relkind = 'r' AND n.nspname = current_schema()) t"
          + " WHERE pages > 1.2 * GREATEST(analysed, 0) AND pages >= :pages ORDER BY relname";

  /**
   * After a bulk load, brings PostgreSQL's planner statistics up to date for the tables it grew
   * ({@code ANALYZE} of each, which reads a sample): until autovacuum comes round, and never where
   * it is off, the planner takes a table for as small as it was (after an import of 2,000,000
   * records, a lookup of 250 records' sources by primary key took 400 to 700 ms). Only the tables
   * that grew, so that a table still empty between two loads (positions after statements) is not
   * recorded as empty just before the next load fills it. H2 keeps its own statistics as rows
   * change. Gives the tables analysed.
   */
  public List<String> refreshStatistics() {
    return refreshStatistics(MIN_PAGES);
  }

  /** {@link #refreshStatistics()} for tables of at least this many pages. */
  public List<String> refreshStatistics(long minPages) {
    if (!isPostgreSQL()) {
      return List.of();
    }
    long started = System.nanoTime();
    try {
      List<String> grown =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    List<String> tables =
                        em.createNativeQuery(GROWN_TABLES, String.class)
                            .setParameter("pages", minPages)
                            .getResultList();
                    for (String table : tables) {
                      em.createNativeQuery("ANALYZE \"" + table.replace("\"", "\"\"") + "\"")
                          .executeUpdate();
                    }
                    return tables;
                  });
      LOG.infof(
          "Planner statistics brought up to date after a bulk load in %d ms: %s",
          (System.nanoTime() - started) / 1_000_000, grown);
      return grown;
    } catch (RuntimeException e) {
      // what was loaded is committed: autovacuum, or the next bulk load, will do it
      LOG.warnf("Planner statistics could not be brought up to date: %s", e.getMessage());
      return List.of();
    }
  }
}
