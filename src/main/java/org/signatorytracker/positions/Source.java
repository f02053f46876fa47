package org.signatorytracker.positions;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.statements.StatementRequest;

/** Where a position was read: a URL, a title, or both. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
    @Size(max = 2000)
        @Pattern(regexp = StatementRequest.URL_PATTERN, message = "must be an http or https URL")
        String url,
    @Size(max = 500) String title,
    @Size(max = 200) String publisher,
    PartialDate published) {

  boolean identifiesSomething() {
    return (url != null && !url.isBlank()) || (title != null && !title.isBlank());
  }
}
