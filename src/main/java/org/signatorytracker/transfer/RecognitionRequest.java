package org.signatorytracker.transfer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pasted text whose states are to be recognised. */
@Schema(description = "A text pasted from an annex, an article, a list or a table")
public record RecognitionRequest(
    @Schema(
            examples =
                "Algeria, Angola, Bahrain, Bolivia (Plurinational State of), Congo, and the UK",
            maxLength = RecognitionRequest.MAX_LENGTH)
        @NotNull(message = "the text to read is required")
        @Size(
            max = RecognitionRequest.MAX_LENGTH,
            message = "at most {max} characters are read at once")
        String text) {

  public static final int MAX_LENGTH = 200_000;
}
