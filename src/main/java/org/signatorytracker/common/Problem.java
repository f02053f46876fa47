package org.signatorytracker.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  /**
   * The JSON of a problem answered before a request reaches a resource (by a route handler, where
   * no exception mapper applies).
   */
  public static String json(
      ObjectMapper json, int status, String title, String detail, String instance) {
    try {
      return json.writeValueAsString(
          new Problem("about:blank", title, status, detail, instance, List.of()));
    } catch (JsonProcessingException e) {
      return "{\"status\":" + status + "}";
    }
  }
}
