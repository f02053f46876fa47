package org.signatorytracker.transfer;

import java.util.List;
import org.signatorytracker.transfer.Columns.Column;

/** The exchange format's tables as text, for the API description of the import endpoints. */
public final class ImportFormats {

  private ImportFormats() {}

  /**
   * One table's columns as a Markdown list: name, whether it is required, what it holds.
   *
   * @param table issues, statements, stages, claims or positions
   */
  public static String columns(String table) {
    List<Column> columns =
        switch (table) {
          case "issues" -> ReferenceColumns.ISSUES;
          case "statements" -> Columns.STATEMENTS;
          case "claims" -> Columns.CLAIMS;
          case "stages" -> Columns.STAGES;
          case "side-claims" -> Columns.SIDE_CLAIMS;
          case "positions" -> Columns.POSITIONS;
          default -> throw new IllegalArgumentException(table);
        };
    StringBuilder text = new StringBuilder();
    for (Column column : columns) {
      text.append("- `").append(column.name()).append('`');
      if (column.required()) {
        text.append(" (required)");
      }
      if (!column.aliases().isEmpty()) {
        text.append(" (also read as `").append(String.join("`, `", column.aliases())).append("`)");
      }
      text.append(": ").append(column.description());
      if (!column.values().isEmpty()) {
        text.append(" (").append(String.join(", ", column.values())).append(')');
      }
      text.append('\n');
    }
    return text.toString();
  }
}
