package org.signatorytracker.states;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.common.Source;

/** What a researcher sends to declare a group and its members. */
public final class GroupRequests {

  private GroupRequests() {}

  /** A new group. */
  public record NewGroup(
      @Schema(examples = "g77")
          @NotBlank
          @Pattern(
              regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,79}",
              message = "must be 2 to 80 letters, digits or hyphens, such as 'g77'")
          String key,
      @Schema(examples = "Group of 77") @NotBlank @Size(max = 200) String name,
      @Schema(description = "un-body, regional-organisation, political-grouping or other")
          @NotBlank
          @Pattern(
              regexp = "un-body|regional-organisation|political-grouping|other",
              message = "must be un-body, regional-organisation, political-grouping or other")
          String kind,
      @Size(max = 10000) String description,
      @Schema(description = "Where the membership list comes from")
          @Size(max = 2000)
          @Pattern(regexp = Source.URL_PATTERN, message = Source.URL_MESSAGE)
          String sourceUrl) {}

  /** One continuous period of a state's membership; an absent end means a member still. */
  public record Member(
      @Schema(description = "ISO3 or ISO2 code, UN name or alias", examples = "PAK")
          @NotBlank
          @Size(max = 200)
          String state,
      @Schema(
              description =
                  "First day, month or year of membership (a month or year counts from"
                      + " its first day)",
              examples = "1969")
          @NotNull
          PartialDate start,
      @Schema(
              description =
                  "Last day, month or year (counts to its last day); absent for a member"
                      + " still",
              examples = "2012-08")
          PartialDate end,
      @Schema(description = "Where the period is documented: an http or https URL")
          @Size(max = 2000)
          String source,
      @Size(max = 2000) String note) {}
}
