package org.signatorytracker.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;

/** A claim of how many states a statement has, with the sources that make it. */
public record ClaimRequest(
    @Schema(
            nullable = true,
            description = "Number of states the source says the statement has",
            examples = "50")
        @NotNull
        @PositiveOrZero
        @Max(1000)
        Integer count,
    @Schema(
            description =
                "When the source says so: a day, month, year or interval; the claim counts from"
                    + " the last day it allows",
            examples = "2019-07-26")
        @NotNull
        UncertainDate on,
    @NotEmpty(message = "at least one source is required") @Size(max = 20)
        List<@NotNull @Valid Source> sources,
    @Schema(examples = "Another source says 64") @Size(max = 4000) String note) {}
