package org.signatorytracker.statements;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;

/** One stage of a statement's life, dated as its sources date it, with those sources. */
public record Stage(
    @Schema(
            description = "CIRCULATING, DELIVERED, PUBLISHED or ABANDONED",
            examples = "CIRCULATING")
        @NotNull
        LifeStage stage,
    @Schema(
            nullable = true,
            description =
                "When: a day, month, year or interval (2022-06-15/2022-06-30 for late June);"
                    + " absent when the sources do not say",
            examples = "2022-06-15/2022-06-30")
        UncertainDate date,
    @Schema(description = "Where the stage is reported")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Size(max = 20)
        List<@NotNull @Valid Source> sources,
    @Schema(
            nullable = true,
            description = "What else is known of it",
            examples =
                "Reuters: China began circulating it among missions in Geneva from late June")
        @Size(max = 4000)
        String note) {

  /** A stage without sources cites none. */
  public Stage {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}
