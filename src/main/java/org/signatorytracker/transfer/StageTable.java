package org.signatorytracker.transfer;

import java.io.IOException;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.CsvOutput;
import org.signatorytracker.statements.Stage;
import org.signatorytracker.statements.Stages;
import org.signatorytracker.statements.Statement;

/** The stages table (stages.csv): one row per stage of a statement's life, its sources per line. */
final class StageTable {

  private StageTable() {}

  /** One stage of one statement. */
  record StageRow(String statement, Stage stage) {}

  static final ColumnWriters<StageRow> CELLS =
      ColumnWriters.<StageRow>of(Columns.STAGES)
          .column("statement", StageRow::statement)
          .column("stage", r -> r.stage().stage())
          .column("date", r -> r.stage().date())
          .column("note", r -> r.stage().note())
          .sources(r -> r.stage().sources().stream().map(CitedSource::of).toList())
          .column(
              "date_earliest", r -> r.stage().date() == null ? null : r.stage().date().earliest())
          .column("date_latest", r -> r.stage().date() == null ? null : r.stage().date().latest())
          .build();

  /** Writes the statement's stages; returns how many. */
  static long write(Statement statement, CsvOutput csv) throws IOException {
    long rows = 0;
    for (Stage stage : Stages.of(statement)) {
      csv.row(CELLS.row(new StageRow(statement.statementKey, stage)));
      rows++;
    }
    return rows;
  }
}
