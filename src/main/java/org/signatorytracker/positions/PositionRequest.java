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
            description =
                "When it took effect: a day, month or year, or an interval when the sources only"
                    + " bound it (2019-07-26/2019-10-01, ../2019-10-01); it counts from the last"
                    + " day it allows. Absent or null when the sources give no date: it then"
                    + " counts from its reported date, or without one from the day it is recorded",
            examples = "2019-07-18",
            nullable = true)
        UncertainDate date,
    @Schema(
            description =
                "When it became public, in the same notation; defaults to date (absent with it:"
                    + " known from the day it is recorded)",
            examples = "2019-08-21")
        UncertainDate reported,
    @Schema(description = "CONFIRMED, REPORTED (default) or DISPUTED") Confidence confidence,
    @Schema(
            description =
                "SIGNATORY (default), LEAD (delivered or coordinated it) or SPONSOR (of a draft"
                    + " resolution); LEAD and SPONSOR go with SIGNED or YES",
            examples = "LEAD")
        PositionRole role,
    @NotEmpty(message = "at least one source is required") @Size(max = 20)
        List<@NotNull @Valid Source> sources,
    @Size(max = 4000) String note,
    @Schema(
            description = "The words its sources quote: a delegate's, or the text's",
            examples =
                "We strongly urge Madame High Commissioner not to publish such an assessment.")
        @Size(max = 4000)
        String quote) {

  /** A position without a quote. */
  public PositionRequest(
      String state,
      PositionAction action,
      UncertainDate date,
      UncertainDate reported,
      Confidence confidence,
      PositionRole role,
      List<Source> sources,
      String note) {
    this(state, action, date, reported, confidence, role, sources, note, null);
  }
}
