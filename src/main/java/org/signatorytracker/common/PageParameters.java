package org.signatorytracker.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which page of a list to answer: the same two parameters on every list. */
public class PageParameters {

  @Parameter(description = "Page number, from 0")
  @QueryParam("page")
  String page;

  @Parameter(description = "Page size, 1 to 500 (default 50)")
  @QueryParam("size")
  String size;

  public PageRequest request() {
    return QueryParams.page(page, size);
  }
}
