package org.signatorytracker.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Which page of a list to answer: the same two parameters on every list. Read as text, so that a
 * value that is not a number gets a problem naming the parameter; described as the integers they
 * are, so that generated clients take numbers.
 */
public class PageParameters {

  @Parameter(
      description = "Page number, from 0",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
  @QueryParam("page")
  String page;

  @Parameter(
      description = "Page size, 1 to 500 (default 50)",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
  @QueryParam("size")
  String size;

  public PageRequest request() {
    return QueryParams.page(page, size);
  }
}
