package org.signatorytracker.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * Every list answers the same way: one page as JSON ({@code items, page, size, totalItems,
 * totalPages}), or, asked for {@code text/csv} (or {@code format=csv}), the whole list as CSV, read
 * page by page in one transaction and streamed, so that a list of any length answers in constant
 * memory.
 */
public final class ListAnswers {

  /** Items read per query while streaming a whole list. */
  static final int STREAM_PAGE = PageRequest.MAX_SIZE;

  public static final String CSV = "text/csv";

  /**
   * A table with tabs between its cells: the imports take it as they take CSV (never {@code
   * text/plain}, which a form of another site can send).
   */
  public static final String TSV = "text/tab-separated-values";

  /** Marks a list operation in the API description with its item schema. */
  public static final String PAGE_OF = "x-page-of";

  /** Marks a property in the API description as an array whose items may be null. */
  public static final String NULLABLE_ITEMS = "x-nullable-items";

  private ListAnswers() {}

  public static <T> Response answer(
      HttpHeaders headers,
      PageRequest requested,
      Function<PageRequest, Page<T>> pages,
      CsvColumns<T> columns,
      String name) {
    if (!wantsCsv(headers)) {
      return Response.ok(pages.apply(requested), MediaType.APPLICATION_JSON_TYPE).build();
    }
    StreamingOutput body =
        out -> {
          try {
            QuarkusTransaction.requiringNew()
                .run(
                    () -> {
                      try {
                        CsvOutput csv = new CsvOutput(out, columns.names());
                        for (int p = 0; ; p++) {
                          Page<T> page = pages.apply(new PageRequest(p, STREAM_PAGE));
                          for (T item : page.items()) {
                            csv.row(columns.row(item));
                          }
                          csv.flush();
                          if (page.items().size() < STREAM_PAGE) {
                            break;
                          }
                        }
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    });
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
        };
    return Response.ok(body, CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
        .build();
  }

  /** Whether the client prefers CSV to JSON (the first acceptable type that is either). */
  public static boolean wantsCsv(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()) {
        return true;
      }
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
    }
    return false;
  }
}
