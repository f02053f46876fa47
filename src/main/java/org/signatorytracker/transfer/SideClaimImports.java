package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.IssueView;
import org.signatorytracker.statements.SideClaimRequest;
import org.signatorytracker.statements.SideClaimService;

/**
 * The claims about issues' sides in an import (side-claims.csv): each row checked as the API checks
 * a request; a claim identical to one stored is left as it is, and a {@code retraction_reason}
 * retracts it. They count with the statements' claims in the report.
 */
@ApplicationScoped
class SideClaimImports {

  @Inject SideClaimService claims;
  @Inject IssueService issues;
  @Inject Validator validator;

  void importClaims(ImportFile file, ImportRun run) {
    ImportTables.read(
        file,
        Columns.SIDE_CLAIMS,
        run,
        csv -> {
          Map<String, Optional<IssueView>> known = new HashMap<>();
          for (CsvInput.Row row : csv) {
            importClaim(file.name(), row, known, run);
          }
        });
  }

  private void importClaim(
      String file, CsvInput.Row row, Map<String, Optional<IssueView>> known, ImportRun run) {
    RowCheck check = new RowCheck(file, row, run, FieldColumns.SIDE_CLAIMS);
    if (!check.readable()) {
      return;
    }
    SideClaimRequest request = new RowReader(row, check::cell).sideClaim();
    check.violations(validator.validate(request));
    String key = row.get("issue");
    Optional<IssueView> issue =
        key == null
            ? Optional.empty()
            : known.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), issues::find);
    if (key == null) {
      check.cell("issue", null, "an issue key is required");
    } else if (issue.isEmpty()) {
      check.cell("issue", key, "names no issue: declare it first (issues.csv, or PUT /api/issues)");
    } else if (issue.isPresent()) {
      check.fields(claims.problemsWith(issue.get(), request));
    }
    if (check.failed() || run.failed()) {
      return;
    }
    SideClaimService.Imported done =
        claims.importClaim(issue.get(), request, row.get("retraction_reason"));
    if (done.created()) {
      run.claimCreated();
    } else {
      run.claimUnchanged();
    }
    if (done.retracted()) {
      run.claimRetracted();
    }
  }
}
