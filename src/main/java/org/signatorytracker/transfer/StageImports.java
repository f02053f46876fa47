package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.statements.Stage;
import org.signatorytracker.statements.Stages;
import org.signatorytracker.statements.StatementKeys;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.transfer.ImportTargets.Target;

/**
 * The stages of statements' lives in an import (stages.csv): each row one stage of one statement.
 * The rows of a statement replace the stages it had, as a statement's PUT with {@code stages} does;
 * statements the file does not name keep theirs. A statement whose stages change is a changed
 * statement in the report.
 */
@ApplicationScoped
class StageImports {

  /** A stage's field in the checks on a statement's stages: {@code stages[2].date}. */
  private static final Pattern STAGE_FIELD = Pattern.compile("stages\\[(\\d+)]\\.(.+)");

  @Inject StatementService statements;
  @Inject ImportTargets importTargets;
  @Inject Validator validator;

  /** A stage as read, with the line it was read from. */
  private record Read(long line, Stage stage) {}

  void importStages(ImportFile file, ImportRun run) {
    ImportTables.read(
        file,
        Columns.STAGES,
        run,
        csv -> {
          Map<String, Optional<Target>> targets = new HashMap<>();
          Map<String, List<Read>> byStatement = new LinkedHashMap<>();
          for (CsvInput.Row row : csv) {
            RowCheck check = new RowCheck(file.name(), row, run, FieldColumns.STAGES);
            if (!check.readable()) {
              continue;
            }
            Stage stage = new RowReader(row, check::cell).stage();
            Optional<Target> target = importTargets.target(row, targets, check, run);
            check.violations(validator.validate(stage));
            if (target.isPresent() && !check.failed()) {
              byStatement
                  .computeIfAbsent(target.get().key(), k -> new ArrayList<>())
                  .add(new Read(row.line(), stage));
            }
          }
          run.reportMissingStatements(file.name(), StatementKeys.keySuggestions());
          byStatement.forEach((key, read) -> replace(file.name(), key, read, targets, run));
        });
  }

  /** Replaces one statement's stages, once each is checked against the others. */
  private void replace(
      String file,
      String key,
      List<Read> read,
      Map<String, Optional<Target>> targets,
      ImportRun run) {
    List<Stage> stages = read.stream().map(Read::stage).toList();
    List<FieldError> problems = Stages.problems(stages);
    for (FieldError e : problems) {
      Matcher m = STAGE_FIELD.matcher(e.field());
      long line = m.matches() ? read.get(Integer.parseInt(m.group(1))).line() : read.get(0).line();
      String column = m.matches() ? FieldColumns.STAGES.columnOf(m.group(2)) : "stage";
      run.error(file, line, column, e.value(), e.message());
    }
    Optional<Target> target = targets.get(key);
    if (!problems.isEmpty() || run.failed() || target.isEmpty() || target.get().id() == null) {
      return;
    }
    if (statements.replaceStages(key, stages)) {
      run.statementChanged(key, List.of("stages"));
    } else {
      run.statementUnchanged();
    }
  }
}
