package org.signatorytracker.common;

import java.util.ArrayList;
import java.util.List;

/** Checks on a list of sources that field constraints cannot express. */
public final class Sources {

  private Sources() {}

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
    }
    return errors;
  }
}
