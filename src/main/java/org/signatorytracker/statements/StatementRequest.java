package org.signatorytracker.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;

/** A statement as a researcher writes it, for creating or replacing one. */
public record StatementRequest(
    @Schema(
            description = "Stable identifier chosen by the researcher",
            examples = "hrc41-2019-xinjiang-supportive")
        @NotBlank
        @Pattern(
            regexp = KEY_PATTERN,
            message =
                "must be 3 to 80 letters, digits or hyphens, starting with a letter or digit (keys"
                    + " are kept in lowercase)")
        String key,
    @NotBlank @Size(max = 500) String title,
    @Schema(description = "LETTER, JOINT_STATEMENT or VOTE") @NotNull StatementKind kind,
    @Schema(examples = "UN Human Rights Council") @Size(max = 200) String forum,
    @Schema(examples = "HRC41") @Size(max = 100) String session,
    @Schema(
            description =
                "Delivered, read out or voted: a day, month, year or interval; omit if unknown",
            examples = "2019-07-12")
        UncertainDate date,
    @Schema(description = "Topic key", examples = "xinjiang")
        @Size(max = 80)
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9-]*",
            message = "must be letters, digits or hyphens, such as 'xinjiang' (kept in lowercase)")
        String issue,
    @Schema(
            description =
                "Which side of the issue a letter or joint statement takes: required, and one of"
                    + " the issue's sides, when the issue declares its sides",
            examples = "supportive")
        @Size(max = 80)
        String side,
    @Schema(
            description =
                "A vote's options mapped to sides of its issue: only YES and NO can be mapped;"
                    + " ABSTAIN counts as abstaining, NOT_VOTING and unmapped options as no"
                    + " position",
            examples = "{\"YES\": \"critical\", \"NO\": \"supportive\"}")
        @Size(max = 2)
        Map<@NotBlank String, @NotBlank @Size(max = 80) String> voteSides,
    @Schema(
            description =
                "Every issue the statement stands in, each with its side (a vote: its voteSides);"
                    + " issue, side and voteSides are the shorthand for one, and when given with"
                    + " issues they must say what its first says",
            examples =
                "[{\"issue\": \"xinjiang\", \"side\": \"critical\"},"
                    + " {\"issue\": \"hong-kong\", \"side\": \"critical\"}]")
        @Size(max = 20)
        List<@NotNull @Valid IssueSide> issues,
    @Schema(description = "A vote's official result") @Valid Outcome outcome,
    @Schema(description = "States that led the statement: ISO codes, names or aliases")
        @Size(max = 60)
        List<@NotBlank @Size(max = 200) String> leadStates,
    @Schema(nullable = true, description = "Number of signatories the sources report, named or not")
        @PositiveOrZero
        @Max(1000)
        Integer reportedCount,
    @Size(max = 500) String addressee,
    @Schema(description = "What it says") @Size(max = 10000) String summary,
    @Schema(
            description = "Its text as its sources quote it, in their words",
            examples =
                "We strongly urge Madame High Commissioner not to publish such an assessment.")
        @Size(max = 4000)
        String quote,
    @Schema(description = "What is known of its list of names, when the researcher declares it")
        @Valid
        DeclaredList list,
    @Schema(
            description =
                "The researcher's notes: what is known about it that its sources do not say",
            examples = "The annex of 1 October adds six states the letter itself does not name.")
        @Size(max = 10000)
        String notes,
    @Schema(description = "Where the statement's text or its signatories can be read")
        @Size(max = 20)
        List<@NotNull @Valid Source> sources,
    @Schema(
            description =
                "Its life: CIRCULATING, DELIVERED, PUBLISHED or ABANDONED, each at most once, dated"
                    + " as the sources date it and citing them. Absent keeps the stages stored"
                    + " (a PUT, or an import of statements.csv, leaves them); [] removes them. The"
                    + " statement's date defaults to its delivery's",
            examples =
                "[{\"stage\": \"CIRCULATING\", \"date\": \"2022-06-15/2022-06-30\", \"sources\":"
                    + " [{\"title\": \"Reuters, 19 July 2022\", \"kind\": \"PRESS\"}]}]")
        @Size(max = 4)
        List<@NotNull @Valid Stage> stages) {

  public static final String KEY_PATTERN = "[A-Za-z0-9][A-Za-z0-9-]{2,79}";
}
