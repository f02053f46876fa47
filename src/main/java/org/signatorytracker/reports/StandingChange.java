package org.signatorytracker.reports;

import java.time.LocalDate;
import org.signatorytracker.positions.PositionAction;

/** A state's standing on a statement changed on a day: from {@code before} to {@code after}. */
record StandingChange(
    LocalDate date, String iso3, PositionAction before, PositionAction after, boolean approx) {}
