package org.signatorytracker.common;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with what a client needs to fetch the others. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
    int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
    return new Page<>(items, request.page(), request.size(), totalItems, totalPages);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
