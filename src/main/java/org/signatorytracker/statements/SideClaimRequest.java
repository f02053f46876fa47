package org.signatorytracker.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.CountBound;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;

/** A claim of how many states stand on a side of an issue, with the sources that make it. */
public record SideClaimRequest(
    @Schema(description = "One of the issue's declared sides", examples = "supportive")
        @NotBlank
        @Size(max = 80)
        String side,
    @Schema(
            nullable = true,
            description = "Number of states the source says stand on the side",
            examples = "100")
        @NotNull
        @PositiveOrZero
        @Max(1000)
        Integer count,
    @Schema(
            nullable = true,
            description =
                "How the source bounds the count: EXACT (the default), ABOUT, NEARLY, AT_LEAST,"
                    + " AT_MOST or RANGE (count the low end, countTo the high end)",
            examples = "NEARLY")
        CountBound bound,
    @Schema(nullable = true, description = "A RANGE's high end", examples = "65")
        @PositiveOrZero
        @Max(1000)
        Integer countTo,
    @Schema(
            description = "When the source says so: a day, month, year or interval",
            examples = "2022-07-19")
        @NotNull
        UncertainDate on,
    @NotEmpty(message = "at least one source is required") @Size(max = 20)
        List<@NotNull @Valid Source> sources,
    @Schema(
            nullable = true,
            description = "The source's own words",
            examples =
                "nearly 100 countries had recently expressed support for China on Xinjiang-related"
                    + " issues")
        @Size(max = 4000)
        String quote,
    @Schema(
            nullable = true,
            examples = "Through the joint letter and statements at HRC50, the spokesperson said")
        @Size(max = 4000)
        String note) {

  /** The count as phrased; null while the count itself is missing. */
  public ClaimedCount claimed() {
    return count == null ? null : new ClaimedCount(count, bound, countTo);
  }

  /** What is wrong with the count as phrased, by field ({@code count}, {@code countTo}). */
  public List<FieldError> countProblems() {
    return count == null ? List.of() : claimed().problems("count", "countTo");
  }
}
