package org.signatorytracker.operations;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which database this build runs on, as the operator's jobs need to know it: backups and file
 * compaction are for the embedded H2 database kept in a file, PostgreSQL has its own tools.
 */
@ApplicationScoped
public class EmbeddedDatabase {

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
}
