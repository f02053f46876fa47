package org.signatorytracker.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.analysis.IssueAnswers.GroupShare;
import org.signatorytracker.statements.SideClaimView;

/**
 * How many states hold a stance, in all and by group; for a side, how far its statements' lists go
 * and what sources claim of it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StanceCount(
    int count,
    List<String> states,
    Map<String, GroupShare> byGroup,
    @Schema(description = "How many of the issue's statements stand on this side", examples = "2")
        Integer statements,
    @Schema(
            description = "How many of them have no list of names (listStatus NONE)",
            examples = "1")
        Integer withoutList,
    @Schema(description = "How many of them have a partial list", examples = "0") Integer partial,
    @Schema(description = "Those without a list, with the count their sources report")
        List<Unlisted> unlisted,
    @Schema(
            description =
                "Claims about this side standing as of the date (made by then, public by knownBy,"
                    + " not retracted), the chosen one (the latest) first; absent when none")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<SideClaimView> claims,
    @Schema(
            nullable = true,
            description =
                "count ÷ the number the chosen claim gives (a range's low end): how much of the"
                    + " claimed support is documented; absent without a claim or for a claim of 0",
            examples = "0.41")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Double shareOfClaim) {

  /** A stance's count alone (abstain, both), with no statements of its own. */
  StanceCount(int count, List<String> states, Map<String, GroupShare> byGroup) {
    this(count, states, byGroup, null, null, null, null, List.of(), null);
  }
}
