package org.signatorytracker.statements;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.signatorytracker.common.RetractionView;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.UncertainDate;

/**
 * A count claim as the API shows it. In a count report, {@code chosen} marks the claim that gives
 * the statement's {@code reportedCount}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimView(
    long id,
    String statement,
    int count,
    UncertainDate on,
    List<Source> sources,
    String note,
    Instant recordedAt,
    String recordedBy,
    long revision,
    boolean retracted,
    RetractionView retraction,
    Boolean chosen) {

  ClaimView chosen(boolean chosen) {
    return new ClaimView(
        id,
        statement,
        count,
        on,
        sources,
        note,
        recordedAt,
        recordedBy,
        revision,
        retracted,
        retraction,
        chosen);
  }
}
