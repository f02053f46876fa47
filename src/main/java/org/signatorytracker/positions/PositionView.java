package org.signatorytracker.positions;

import java.time.Instant;
import java.util.List;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.states.StateRef;

/** A position record as the API shows it; retracted records carry their retraction. */
public record PositionView(
    long id,
    String statement,
    StateRef state,
    PositionAction action,
    UncertainDate date,
    UncertainDate reported,
    Confidence confidence,
    List<Source> sources,
    String note,
    Instant recordedAt,
    String recordedBy,
    boolean retracted,
    RetractionView retraction) {

  public record RetractionView(String reason, Instant retractedAt, String retractedBy) {}
}
