package org.signatorytracker.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.List;
import org.jboss.logging.Logger;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.transfer.ImportFile;
import org.signatorytracker.transfer.ImportFiles;
import org.signatorytracker.transfer.ImportReport;
import org.signatorytracker.transfer.ImportService;

/**
 * The July 2019 Xinjiang letters at the Human Rights Council, and China's 2022 letter to the High
 * Commissioner as it was reported (circulating, no list, no count), with their sources: a real data
 * set a new user can query within a minute. It loads through the import, like any researcher's
 * files, at start into an empty database when {@code tracker.demo.load} is true.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class);
  public static final String SUPPORTIVE_LETTER = "hrc41-2019-xinjiang-supportive";

  @Inject OperationsConfig config;
  @Inject ImportService importer;

  /** At start: loads the demo set into an empty database when {@code tracker.demo.load} is on. */
  void loadIfAsked() {
    if (config.demo().load()) {
      try {
        loadIntoEmptyDatabase();
      } catch (ConflictException anotherImport) {
        // replicas starting at once: another one is loading it (or importing), which is enough
        LOG.info("Demo data not loaded here: another import is running (another replica's?).");
      }
    }
  }

  /** Loads the demo set unless the database already holds statements; true if it loaded. */
  public boolean loadIntoEmptyDatabase() {
    if (Statement.count() > 0) {
      LOG.info("Demo data not loaded: the database already holds statements.");
      return false;
    }
    return load();
  }

  /** Loads the demo set unless its statements are already there; true if it loaded. */
  public boolean loadUnlessPresent() {
    return !Statement.keyExists(SUPPORTIVE_LETTER) && load();
  }

  private boolean load() {
    ImportReport report =
        importer.run(
            new ImportFiles(
                null,
                null,
                null,
                new ImportFile("statements.csv", () -> resource("demo/statements.csv")),
                new ImportFile("claims.csv", () -> resource("demo/claims.csv")),
                new ImportFile("positions.csv", () -> resource("demo/positions.csv")),
                new ImportFile("stages.csv", () -> resource("demo/stages.csv")),
                new ImportFile("side-claims.csv", () -> resource("demo/side-claims.csv"))),
            false,
            List.of());
    if (report.errorCount() > 0) {
      throw new IllegalStateException(
          "The demo data shipped with the service does not import: " + report.errors());
    }
    LOG.infof(
        "Loaded the demo data: %d statements, %d count claims, %d position records.",
        report.statements().created(), report.claims().created(), report.positions().created());
    return true;
  }

  private static InputStream resource(String path) throws FileNotFoundException {
    InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new FileNotFoundException("Missing resource " + path);
    }
    return in;
  }
}
