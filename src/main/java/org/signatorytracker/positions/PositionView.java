package org.signatorytracker.positions;

import java.time.Instant;
import java.util.List;
import org.signatorytracker.common.RetractionView;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.states.StateRef;

/**
 * A position record as the API shows it; retracted records carry their retraction. {@code
 * recordedAt} is when the revision that wrote it committed, so that it compares with {@code
 * recordedThrough} and {@code asRecorded}.
 */
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
    long revision,
    boolean retracted,
    RetractionView retraction) {

  /** The record as it stood through a revision: a retraction recorded later is not yet there. */
  public PositionView asRecordedThrough(long revision) {
    if (retraction == null || retraction.revision() <= revision) {
      return this;
    }
    return new PositionView(
        id,
        statement,
        state,
        action,
        date,
        reported,
        confidence,
        sources,
        note,
        recordedAt,
        recordedBy,
        this.revision,
        false,
        null);
  }
}
