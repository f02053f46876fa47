package org.signatorytracker.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
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
    @Schema(examples = "Another source says 64") @Size(max = 4000) String note,
    @Schema(
            nullable = true,
            description =
                "How the source bounds the count: EXACT (the default), ABOUT (\"some\","
                    + " \"around\"), NEARLY (\"nearly\", \"almost\": below it), AT_LEAST"
                    + " (\"more than 40\" is AT_LEAST 41), AT_MOST, or RANGE (count the low end,"
                    + " countTo the high end)",
            examples = "NEARLY")
        CountBound bound,
    @Schema(
            nullable = true,
            description = "A RANGE's high end (\"between 64 and 65\": count 64, countTo 65)",
            examples = "65")
        @PositiveOrZero
        @Max(1000)
        Integer countTo,
    @Schema(
            nullable = true,
            description = "The source's own words, as it reports the count",
            examples = "nearly 100 countries had recently expressed support")
        @Size(max = 4000)
        String quote) {

  /** A claim of an exact count without a quote, as a statement's reportedCount makes one. */
  public ClaimRequest(Integer count, UncertainDate on, List<Source> sources, String note) {
    this(count, on, sources, note, null, null, null);
  }

  /** The count as phrased; null while the count itself is missing. */
  public ClaimedCount claimed() {
    return count == null ? null : new ClaimedCount(count, bound, countTo);
  }

  /** What is wrong with the count as phrased, by field ({@code count}, {@code countTo}). */
  public List<FieldError> countProblems() {
    return count == null ? List.of() : claimed().problems("count", "countTo");
  }
}
