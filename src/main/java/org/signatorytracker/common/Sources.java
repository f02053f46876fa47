package org.signatorytracker.common;

import java.util.ArrayList;
import java.util.List;

/** Checks on a list of sources that field constraints cannot express. */
public final class Sources {

  private Sources() {}

  /**
   * Whether what cites these sources rests on unnamed people only: it has sources, and each is
   * anonymous or relies in the end on anonymous people ({@link Source#restsOnAnonymous}). A count
   * read only from "diplomats said" is told apart from one in an official annex by this.
   */
  public static boolean restOnAnonymous(List<Source> sources) {
    return sources != null
        && !sources.isEmpty()
        && sources.stream().allMatch(s -> s != null && s.restsOnAnonymous());
  }

  /** A source must identify something: a URL or a title. */
  public static List<FieldError> problemsWith(List<Source> sources) {
    List<FieldError> errors = new ArrayList<>();
    if (sources == null) {
      return errors;
    }
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i) != null && !sources.get(i).identifiesSomething()) {
        errors.add(new FieldError("sources[" + i + "]", "needs a url or a title"));
      }
      if (sources.get(i) != null) {
        for (String problem : SourceVia.problems(sources.get(i).via())) {
          errors.add(new FieldError("sources[" + i + "].via", problem));
        }
      }
    }
    return errors;
  }
}
