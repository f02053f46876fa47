package org.signatorytracker.statements;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.signatorytracker.common.CsvColumns;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;

/** The answer of a list of what is recorded on one statement (its records, its claims). */
public final class StatementLists {

  private StatementLists() {}

  /**
   * A page, or as CSV the whole list, named after the statement ({@code key-what.csv}); an unknown
   * statement is a 404 before the CSV starts to stream.
   */
  public static <T> Response answer(
      String key,
      HttpHeaders headers,
      PageRequest requested,
      Function<PageRequest, Page<T>> pages,
      CsvColumns<T> columns,
      String what) {
    if (ListAnswers.wantsCsv(headers) && !Statement.keyExists(key)) {
      throw StatementKeys.notFound(key);
    }
    return ListAnswers.answer(
        headers, requested, pages, columns, Statement.canonicalKey(key) + "-" + what);
  }
}
