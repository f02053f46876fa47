package org.signatorytracker.reports;

import java.time.LocalDate;

/** What a statement's records say of its list of names, under a query's filter. */
public interface NamedStates {

  /** How many states have a record on it that the query admits, whatever its date. */
  int named();

  /** How many states stand on it on the day (their deciding record then is not a withdrawal). */
  int standingOn(LocalDate day);
}
