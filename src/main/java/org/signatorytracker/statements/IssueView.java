package org.signatorytracker.statements;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.CsvColumns;

/**
 * An issue as the API lists it. An issue that statements name but nobody declared has no title, no
 * sides and {@code declared} false.
 */
public record IssueView(
    String key,
    String title,
    String description,
    List<String> sides,
    long statements,
    boolean declared,
    @Schema(nullable = true) Long version,
    Instant createdAt,
    Instant updatedAt) {

  /** The CSV form of the list of issues. */
  public static final CsvColumns<IssueView> CSV =
      CsvColumns.of(IssueView.class)
          .add("key", IssueView::key)
          .add("title", IssueView::title)
          .add("sides", v -> String.join(";", v.sides()))
          .add("statements", IssueView::statements)
          .add("declared", IssueView::declared)
          .add("description", IssueView::description);
}
