package org.signatorytracker.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.CountBound;

/** A statement without a list of names, and the count its sources report (null for none). */
public record Unlisted(
    @Schema(examples = "hrc50-2022-xinjiang-supportive") String statement,
    @Schema(nullable = true, examples = "55") Integer reportedCount,
    @Schema(nullable = true, description = ClaimedCount.REPORTED_BOUND, examples = "EXACT")
        CountBound reportedBound,
    @Schema(nullable = true, description = ClaimedCount.REPORTED_COUNT_TO, examples = "65")
        Integer reportedCountTo) {

  /** The reported count as its source phrases it ("nearly 100"); null for none. */
  @JsonIgnore
  public String reportedAs() {
    return ClaimedCount.phrase(reportedCount, reportedBound, reportedCountTo);
  }
}
