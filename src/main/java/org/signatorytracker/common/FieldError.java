package org.signatorytracker.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One problem with one input field: which field, what is wrong, the value that was given and, where
 * the service can guess, what was probably meant.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldError(String field, String message, String value, List<String> suggestions) {

  public FieldError(String field, String message) {
    this(field, message, null, List.of());
  }

  public FieldError(String field, String message, String value) {
    this(field, message, value, List.of());
  }
}
