package org.signatorytracker.web;

import java.util.ArrayList;
import java.util.List;
import org.signatorytracker.analysis.SetAnswers.SetQuery;

/** How a set query reads in words, for a map's title and a page's heading. */
final class SetQueries {

  private SetQueries() {}

  static String describe(SetQuery query) {
    List<String> parts = new ArrayList<>();
    if (!query.all().isEmpty()) {
      parts.add("on all of " + String.join(", ", query.all()));
    }
    if (!query.any().isEmpty()) {
      parts.add("on any of " + String.join(", ", query.any()));
    }
    if (!query.none().isEmpty()) {
      parts.add("on none of " + String.join(", ", query.none()));
    }
    String when =
        Boolean.TRUE.equals(query.ever())
            ? " at some time "
                + (query.from() == null ? "" : "from " + query.from() + " ")
                + "up to "
                + query.basis().asOf()
            : "";
    return query.count() + " states " + String.join(" and ", parts) + when;
  }
}
