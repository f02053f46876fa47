package org.signatorytracker.common;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with what a client needs to fetch the others. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
    int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
    return new Page<>(items, request.page(), request.size(), totalItems, totalPages);
  }

  /** A page of a list held in memory. */
  public static <T> Page<T> slice(List<T> all, PageRequest request) {
    int from = Math.min(all.size(), request.offset());
    int to = Math.min(all.size(), from + request.size());
    return of(all.subList(from, to), request, all.size());
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
