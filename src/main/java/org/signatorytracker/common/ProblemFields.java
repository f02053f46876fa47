package org.signatorytracker.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.temporal.Temporal;
import java.util.Collection;

/**
 * How a problem names what was wrong as the client sent it: the field of a JSON body or a
 * constraint, the JSON type a value should have had, an enum's accepted values, and Jackson's
 * message without what concerns only its own configuration.
 */
public final class ProblemFields {

  private ProblemFields() {}

  /**
   * Jackson's message without what only concerns its own configuration ("(or enable
   * JsonReadFeature.ALLOW_…)"), which a client cannot act on.
   */
  static String withoutParserInternals(String message) {
    if (message == null) {
      return "";
    }
    return message
        .replaceAll(
            "\\s*\\((?:[^()]|\\([^()]*\\))*(?:Feature|com\\.fasterxml)(?:[^()]|\\([^()]*\\))*\\)",
            "")
        .replaceAll("\\s*;?\\s*(?:or )?enable `?[A-Za-z]*Feature\\.[A-Z_]+`?[^.;]*", "")
        .strip();
  }

  static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  /** {@code create.body.sources[0].url} as a client knows it: {@code sources[0].url}. */
  public static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case PARAMETER -> parameter = node.getName();
        case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
          if (node.isInIterable()) {
            field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey());
            field.append(']');
          }
          if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
            if (!field.isEmpty()) {
              field.append('.');
            }
            field.append(node.getName());
          }
        }
        default -> {
          // method, constructor and return-value nodes say nothing to a client
        }
      }
    }
    if (field.isEmpty()) {
      return parameter == null ? "body" : parameter;
    }
    return field.toString();
  }

  static String jsonTypeOf(Class<?> type) {
    if (type == String.class) {
      return "text, as a JSON string";
    }
    if (type == PartialDate.class) {
      return "a date as a JSON string (" + PartialDate.FORMAT_HINT + ")";
    }
    if (type == UncertainDate.class) {
      return "a date as a JSON string (" + UncertainDate.FORMAT_HINT + ")";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of " + enumValues(type);
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "a date";
    }
    return "an object";
  }

  @SuppressWarnings("unchecked")
  static String enumValues(Class<?> type) {
    return EnumValues.allowed((Class<? extends Enum<?>>) type) + ", as a JSON string";
  }
}
