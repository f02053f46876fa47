package org.signatorytracker.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem body. Messages are written for the researcher who
 * sent the request; exception class names and stack traces never leave the service.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final int MAX_ECHOED_VALUE = 200;
  private static final java.util.regex.Pattern MULTIPART_PARTS =
      java.util.regex.Pattern.compile("Param limit of \\d+ was exceeded");

  @ServerExceptionMapper
  public Response invalidInput(InvalidInputException e, UriInfo uri) {
    return problem(400, "The request has invalid values: " + describe(e.errors()), uri, e.errors());
  }

  @ServerExceptionMapper
  public Response notFound(ResourceNotFoundException e, UriInfo uri) {
    return problem(404, e.getMessage(), uri, e.errors());
  }

  @ServerExceptionMapper
  public Response conflict(ConflictException e, UriInfo uri) {
    return problem(409, e.getMessage(), uri, List.of());
  }

  @ServerExceptionMapper
  public Response tooLarge(TooLargeException e, UriInfo uri) {
    return problem(413, e.getMessage(), uri, List.of());
  }

  @ServerExceptionMapper
  public Response preconditionFailed(PreconditionFailedException e, UriInfo uri) {
    return problem(412, e.getMessage(), uri, List.of());
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldOf(v), v.getMessage(), echo(v.getInvalidValue())))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return problem(400, "The request has invalid values: " + describe(errors), uri, errors);
  }

  /** Jackson's own binding errors (wrong type, unknown field, unknown enum value). */
  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    return signIn(uri);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
    return signIn(uri);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return problem(
        403,
        "Your account's role does not allow this: reading needs reader, changing data needs"
            + " editor, accounts and the audit trail need admin.",
        uri,
        List.of());
  }

  private static Response signIn(UriInfo uri) {
    Response problem =
        problem(
            401,
            "Sign in (HTTP Basic, or a personal API token as Bearer) with an active account"
                + " whose role allows this.",
            uri,
            List.of());
    return Response.fromResponse(problem)
        .header(
            "WWW-Authenticate",
            "Basic realm=\"Signatory Tracker\", Bearer realm=\"Signatory Tracker\"")
        .build();
  }

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return jsonProblem(e, uri);
  }

  @ServerExceptionMapper
  public Response jsonParse(JsonParseException e, UriInfo uri) {
    return jsonProblem(e, uri);
  }

  /** Two writers raced on the same row; the later one must retry with fresh data. */
  @ServerExceptionMapper
  public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
    return problem(
        409,
        "Someone else changed this resource at the same time; fetch it again and retry.",
        uri,
        List.of());
  }

  /** A row another transaction holds (a long import, say) for longer than the lock timeout. */
  @ServerExceptionMapper({
    jakarta.persistence.LockTimeoutException.class,
    jakarta.persistence.PessimisticLockException.class,
    org.hibernate.exception.LockAcquisitionException.class
  })
  public Response locked(Exception e, UriInfo uri) {
    LOG.debugf(e, "lock not obtained on %s", uri == null ? "?" : uri.getPath());
    return problem(
        409,
        "The data is being changed by another request (an import, perhaps); try again in a"
            + " moment.",
        uri,
        List.of());
  }

  /** A unique key or reference the database enforces, reached by a concurrent request. */
  @ServerExceptionMapper
  public Response databaseConstraint(
      org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
    LOG.debugf(e, "constraint %s violated", e.getConstraintName());
    return problem(
        409,
        "The change conflicts with data stored at the same time (for example a key that was just"
            + " taken); fetch the current state and retry.",
        uri,
        List.of());
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    if (e.getCause() instanceof JsonProcessingException json) {
      return jsonProblem(json, uri);
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    return problem(status, httpDetail(status, uri), uri, List.of());
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    if (e.getMessage() != null && MULTIPART_PARTS.matcher(e.getMessage()).matches()) {
      // the multipart parser's own limit, which it reports as a bare RuntimeException
      return problem(
          413,
          "The multipart body has more parts than an upload has (" + e.getMessage() + ").",
          uri,
          List.of());
    }
    // the request's id: the same as in the response header and on the log lines
    String reference = RequestIds.current();
    LOG.errorf(e, "Unexpected error %s on %s", reference, uri == null ? "?" : uri.getPath());
    return problem(
        500,
        "The service failed unexpectedly; nothing was changed. Report reference " + reference + ".",
        uri,
        List.of());
  }

  private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
    JsonParseException parse = causeOfType(e, JsonParseException.class);
    if (parse != null) {
      var location = parse.getLocation();
      String detail =
          "The body is not valid JSON (line "
              + location.getLineNr()
              + ", column "
              + location.getColumnNr()
              + "): "
              + withoutParserInternals(parse.getOriginalMessage());
      return problem(400, detail, uri, List.of());
    }
    if (!(e instanceof JsonMappingException mapping)) {
      return problem(400, "The body is not valid JSON.", uri, List.of());
    }
    String field = pathOf(mapping);
    FieldError error;
    if (root(e) instanceof InvalidValueException invalid) {
      error = new FieldError(field, invalid.getMessage(), echo(invalid.input()));
    } else if (e instanceof UnrecognizedPropertyException unknown) {
      error =
          new FieldError(
              field,
              "is not a field of this request; known fields are "
                  + String.join(
                      ", ",
                      unknown.getKnownPropertyIds().stream()
                          .map(String::valueOf)
                          .sorted()
                          .toList()));
    } else if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
      error =
          new FieldError(
              field,
              "must be one of " + enumValues(format.getTargetType()),
              echo(format.getValue()));
    } else if (e instanceof InvalidFormatException format) {
      error =
          new FieldError(
              field, "must be " + jsonTypeOf(format.getTargetType()), echo(format.getValue()));
    } else if (e instanceof MismatchedInputException trailing
        && String.valueOf(trailing.getOriginalMessage()).startsWith("Trailing token")) {
      error = new FieldError("body", "has more data after the end of its JSON value");
    } else if (e instanceof InvalidTypeIdException) {
      error = new FieldError(field, "has an unknown type");
    } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      error = new FieldError(field, "must be " + jsonTypeOf(mismatch.getTargetType()));
    } else {
      error = new FieldError(field, "cannot be read");
    }
    return problem(
        400, "The request has invalid values: " + describe(List.of(error)), uri, List.of(error));
  }

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

  private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static Throwable root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
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
          if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
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

  private static String jsonTypeOf(Class<?> type) {
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
  private static String enumValues(Class<?> type) {
    return EnumValues.allowed((Class<? extends Enum<?>>) type) + ", as a JSON string";
  }

  private static String httpDetail(int status, UriInfo uri) {
    String path = uri == null ? "this path" : "/" + uri.getPath().replaceFirst("^/", "");
    return switch (status) {
      case 404 -> "There is nothing at " + path + ".";
      case 405 -> "This method is not allowed on " + path + ".";
      case 406 -> "The service cannot answer in the requested format; ask for application/json.";
      case 413 -> "The request body is too large.";
      case 415 ->
          "This content type is not accepted here: send application/json, or to an import a"
              + " table as text/csv or text/tab-separated-values.";
      default ->
          Response.Status.fromStatusCode(status) == null
              ? "The request cannot be processed."
              : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
    };
  }

  private static String describe(List<FieldError> errors) {
    return String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList());
  }

  public static String echo(Object value) {
    if (value == null || !(value instanceof CharSequence || value instanceof Number)) {
      return null;
    }
    String text = value.toString();
    return text.length() > MAX_ECHOED_VALUE ? text.substring(0, MAX_ECHOED_VALUE) + "…" : text;
  }

  /** A problem answer with the reason phrase of its status as title and the path as instance. */
  public static Response problem(int status, String detail, UriInfo uri, List<FieldError> errors) {
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    // the path, not the absolute URI: an HTTP/1.0 request without a Host header has none
    String instance = uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem("about:blank", title, status, detail, instance, errors))
        .build();
  }
}
