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
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem body. Messages are written for the researcher who
 * sent the request; exception class names and stack traces never leave the service.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final int MAX_ECHOED_VALUE = 200;
  private static final Pattern MULTIPART_PARTS =
      Pattern.compile("Param limit of \\d+ was exceeded");

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
  public Response notYours(NotYoursException e, UriInfo uri) {
    return problem(403, e.getMessage(), uri, List.of());
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
            .map(
                v ->
                    new FieldError(
                        ProblemFields.fieldOf(v), v.getMessage(), echo(v.getInvalidValue())))
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
    LockTimeoutException.class,
    PessimisticLockException.class,
    LockAcquisitionException.class
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
              + ProblemFields.withoutParserInternals(parse.getOriginalMessage());
      return problem(400, detail, uri, List.of());
    }
    if (!(e instanceof JsonMappingException mapping)) {
      return problem(400, "The body is not valid JSON.", uri, List.of());
    }
    String field = ProblemFields.pathOf(mapping);
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
              "must be one of " + ProblemFields.enumValues(format.getTargetType()),
              echo(format.getValue()));
    } else if (e instanceof InvalidFormatException format) {
      error =
          new FieldError(
              field,
              "must be " + ProblemFields.jsonTypeOf(format.getTargetType()),
              echo(format.getValue()));
    } else if (e instanceof MismatchedInputException trailing
        && String.valueOf(trailing.getOriginalMessage()).startsWith("Trailing token")) {
      error = new FieldError("body", "has more data after the end of its JSON value");
    } else if (e instanceof InvalidTypeIdException) {
      error = new FieldError(field, "has an unknown type");
    } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      error =
          new FieldError(field, "must be " + ProblemFields.jsonTypeOf(mismatch.getTargetType()));
    } else {
      error = new FieldError(field, "cannot be read");
    }
    return problem(
        400, "The request has invalid values: " + describe(List.of(error)), uri, List.of(error));
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
