package org.signatorytracker.transfer;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;
import org.signatorytracker.common.TrackerConfig;
import org.signatorytracker.positions.PositionService;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementService;

/**
 * The July 2019 Xinjiang letters at the Human Rights Council, with their sources: a real data set a
 * new user can query within a minute. Loaded at start into an empty database when {@code
 * tracker.demo.load} is true.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class);

  @Inject TrackerConfig config;
  @Inject StatementService statements;
  @Inject PositionService positions;

  void onStart(@Observes StartupEvent event) {
    if (config.demo().load()) {
      loadIntoEmptyDatabase();
    }
  }

  /** Loads the demo set unless the database already holds statements; true if it loaded. */
  @Transactional
  public boolean loadIntoEmptyDatabase() {
    if (Statement.count() > 0) {
      LOG.info("Demo data not loaded: the database already holds statements.");
      return false;
    }
    load();
    return true;
  }

  /** Loads the demo set unless its statements are already there; true if it loaded. */
  @Transactional
  public boolean loadUnlessPresent() {
    if (Statement.keyExists("hrc41-2019-xinjiang-supportive")) {
      return false;
    }
    load();
    return true;
  }

  private void load() {
    try (Reader statementsCsv = resource("demo/statements.csv");
        Reader positionsCsv = resource("demo/positions.csv")) {
      List<CsvRows.StatementRow> statementRows = CsvRows.statements(statementsCsv);
      List<CsvRows.PositionRow> positionRows = CsvRows.positions(positionsCsv);
      statementRows.forEach(row -> statements.create(row.request()));
      positionRows.forEach(row -> positions.record(row.statement(), row.request()));
      LOG.infof(
          "Loaded the demo data: %d statements, %d position records.",
          statementRows.size(), positionRows.size());
    } catch (IOException e) {
      throw new UncheckedIOException("The demo data shipped with the service cannot be read", e);
    }
  }

  private static Reader resource(String path) {
    InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + path);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
