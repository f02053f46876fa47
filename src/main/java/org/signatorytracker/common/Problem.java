package org.signatorytracker.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} extends the standard members with one entry per
 * offending input field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** Message for a request body that is missing altogether. */
  public static final String BODY_REQUIRED = "is required: send a JSON object";
}
