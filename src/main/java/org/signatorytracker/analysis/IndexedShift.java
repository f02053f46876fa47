package org.signatorytracker.analysis;

import org.signatorytracker.reports.TrackedSets.Shift;

/** A change of standing on the statement at this index of an issue's loaded set. */
record IndexedShift(int statement, Shift shift) {}
