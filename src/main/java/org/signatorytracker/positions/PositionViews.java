package org.signatorytracker.positions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.RecordStatus;
import org.signatorytracker.common.RetractionProposalView;
import org.signatorytracker.common.RetractionView;
import org.signatorytracker.common.ReviewView;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateRef;
import org.signatorytracker.states.StateView;

/** Records as the API shows them: with their retraction, their review and a proposed retraction. */
@ApplicationScoped
public class PositionViews {

  @Inject StateDirectory states;

  /** The views of these records (read with their details: nothing more is read). */
  List<PositionView> of(List<PositionRecord> records) {
    return records.stream().map(this::of).toList();
  }

  PositionView of(PositionRecord r) {
    return of(r, r.proposedRetractions.stream().findFirst().orElse(null));
  }

  private PositionView of(PositionRecord r, RetractionProposal proposal) {
    StateRef state = states.byIso3(r.iso3).map(StateView::ref).orElse(new StateRef(r.iso3, r.iso3));
    Retraction retraction = r.retraction;
    return new PositionView(
        r.id,
        r.statement.statementKey,
        state,
        r.action,
        r.role,
        r.date(),
        r.dateUnknown(),
        r.effectiveOn,
        r.reported(),
        r.confidence,
        r.sources.stream().map(CitedSource::toSource).toList(),
        r.note,
        r.quote,
        r.anonymousOnly,
        r.revision.committedAt,
        r.recordedBy,
        r.revision.number,
        retraction != null,
        retraction == null
            ? null
            : new RetractionView(
                retraction.reason,
                retraction.revision.committedAt,
                retraction.retractedBy,
                retraction.revision.number),
        retraction != null
            ? RecordStatus.RETRACTED
            : r.pending()
                ? RecordStatus.PENDING
                : r.rejected() ? RecordStatus.REJECTED : RecordStatus.STANDING,
        reviewOf(r),
        proposal == null
            ? null
            : new RetractionProposalView(
                proposal.reason,
                proposal.proposedBy,
                proposal.revision.committedAt,
                proposal.revision.number));
  }

  private static ReviewView reviewOf(PositionRecord r) {
    if (!r.proposed) {
      return null;
    }
    RecordReview w = r.review;
    return w == null
        ? ReviewView.pending(r.recordedBy)
        : ReviewView.decided(
            r.recordedBy,
            w.confirmed,
            w.decidedBy,
            w.revision.committedAt,
            w.revision.number,
            w.reason);
  }
}
