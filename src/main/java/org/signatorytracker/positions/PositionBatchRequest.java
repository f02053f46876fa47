package org.signatorytracker.positions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;

/**
 * The same position taken by several states, from the same sources: what a pasted list becomes once
 * the editor has chosen its states. Each state gets a record of its own.
 */
public record PositionBatchRequest(
    @Schema(
            description = "The states, each an ISO3 or ISO2 code, UN name or alias, once",
            examples = "[\"DZA\", \"AGO\", \"Bahrain\"]")
        @NotEmpty(message = "at least one state is required")
        @Size(max = PositionBatchRequest.MAX_STATES)
        List<@NotBlank @Size(max = 200) String> states,
    @Schema(
            description =
                "SIGNED or WITHDREW for letters and joint statements; YES, NO, ABSTAIN or"
                    + " NOT_VOTING for votes")
        @NotNull
        PositionAction action,
    @Schema(
            description = "When it took effect, as for one record (absent: no date given)",
            examples = "2019-07-12",
            nullable = true)
        UncertainDate date,
    @Schema(description = "When it became public (default: date)", examples = "2019-07-12")
        UncertainDate reported,
    @Schema(description = "CONFIRMED, REPORTED (default) or DISPUTED") Confidence confidence,
    @Schema(description = "SIGNATORY (default), LEAD or SPONSOR") PositionRole role,
    @NotEmpty(message = "at least one source is required") @Size(max = 20)
        List<@NotNull @Valid Source> sources,
    @Size(max = 4000) String note,
    @Schema(description = "The words the sources quote, as for one record") @Size(max = 4000)
        String quote) {

  /** More states than there are: a batch is one list, not an import. */
  public static final int MAX_STATES = 300;

  /** The request for one of the states. */
  PositionRequest of(String state) {
    return new PositionRequest(
        state, action, date, reported, confidence, role, sources, note, quote);
  }
}
