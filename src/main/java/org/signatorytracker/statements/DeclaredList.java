package org.signatorytracker.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.Source;

/**
 * What the researcher knows of a statement's list of names, beyond what its records add up to: the
 * official annex prints the final list ({@code COMPLETE}), only some names are known ({@code
 * PARTIAL}), or no list of names was ever published ({@code NONE}).
 */
@Schema(
    description =
        "A declared list status, with the source that shows it: a declared status is what answers"
            + " show as listStatus, with the computed one beside it")
public record DeclaredList(
    @Schema(
            description =
                "COMPLETE (the final list is known, e.g. printed in an annex), PARTIAL (only some"
                    + " names are known) or NONE (no list of names was ever published)",
            examples = "COMPLETE")
        @NotNull
        Status status,
    @Schema(description = "Where the list, or the fact that there is none, can be read") @Valid
        Source source,
    @Schema(examples = "The annex of A/HRC/41/G/17 prints the final list.") @Size(max = 4000)
        String note) {

  public enum Status {
    COMPLETE,
    PARTIAL,
    NONE
  }
}
