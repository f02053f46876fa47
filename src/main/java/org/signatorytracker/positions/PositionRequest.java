package org.signatorytracker.positions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.common.Source;

/** One position a state took, with the sources it rests on. */
public record PositionRequest(
    @Schema(description = "ISO3 or ISO2 code, UN name or alias", examples = "Qatar")
        @NotBlank
        @Size(max = 200)
        String state,
    @Schema(
            description =
                "SIGNED or WITHDREW for letters and joint statements; YES, NO, ABSTAIN or"
                    + " NOT_VOTING for votes")
        @NotNull
        PositionAction action,
    @Schema(
            description = "When it took effect: YYYY-MM-DD, YYYY-MM or YYYY",
            examples = "\"2019-07-18\"")
        @NotNull
        PartialDate date,
    @Schema(description = "When it became public; defaults to date", examples = "\"2019-08-21\"")
        PartialDate reported,
    @Schema(description = "CONFIRMED, REPORTED (default) or DISPUTED") Confidence confidence,
    @NotEmpty(message = "at least one source is required") @Size(max = 20)
        List<@NotNull @Valid Source> sources,
    @Size(max = 4000) String note) {}
