package org.signatorytracker.statements;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The official result of a vote: adopted or rejected, on a day. */
public record Outcome(
    @Schema(description = "ADOPTED or REJECTED") @NotNull Result result,
    @Schema(examples = "2022-10-06") @NotNull LocalDate on) {

  public enum Result {
    ADOPTED,
    REJECTED
  }

  /** As a table cell: {@code REJECTED 2022-10-06}. */
  @Override
  public String toString() {
    return result + " " + on;
  }
}
