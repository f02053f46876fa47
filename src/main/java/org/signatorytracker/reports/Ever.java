package org.signatorytracker.reports;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.QueryParams;

/**
 * Whether a question about who stands on statements means "stands on it on {@code asOf}" (the
 * default) or "stood on it at some time up to {@code asOf}" ({@code ever=true}), not before {@code
 * from} when given.
 */
public class Ever {

  @Parameter(
      description =
          "Stood on it at some time up to asOf (and not before from), instead of stands on it on"
              + " asOf: a state that signed and withdrew counts",
      example = "true")
  @QueryParam("ever")
  boolean ever;

  @Parameter(
      description = "With ever=true: the first day of the period (default: the first record)",
      example = "2019-07-01")
  @QueryParam("from")
  String from;

  /** The period's first day; null for none or without ever. */
  public LocalDate from() {
    LocalDate day = QueryParams.startDate("from", from);
    if (day != null && !ever) {
      throw new InvalidInputException(
          new FieldError("from", "bounds a period with ever=true; add ever=true", from));
    }
    return day;
  }

  public boolean ever() {
    return ever;
  }
}
