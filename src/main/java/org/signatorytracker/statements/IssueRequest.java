package org.signatorytracker.statements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An issue as a researcher declares it: its title, description and sides. */
public record IssueRequest(
    @Schema(examples = "Human rights in Xinjiang") @NotBlank @Size(max = 500) String title,
    @Size(max = 10000) String description,
    @Schema(
            description =
                "The sides a statement of the issue can stand on, in the order reports list them;"
                    + " empty or absent for an issue without declared sides",
            examples = "[\"critical\", \"supportive\"]")
        @Size(max = 10)
        List<
                @NotBlank @Size(max = 80)
                @Pattern(
                    regexp = SIDE_PATTERN,
                    message = "must be letters, digits, spaces or hyphens, such as 'critical'")
                String>
            sides) {

  public static final String SIDE_PATTERN = "[\\p{L}0-9][\\p{L}0-9 -]*";
}
