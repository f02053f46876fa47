package org.signatorytracker.statements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.RecordStatus;
import org.signatorytracker.common.RetractionProposalView;
import org.signatorytracker.common.RetractionView;
import org.signatorytracker.common.ReviewView;
import org.signatorytracker.common.Revisions;
import org.signatorytracker.common.Sources;
import org.signatorytracker.common.Text;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.security.Caller;

/**
 * Count claims: appended with their sources, retracted when mistaken, and chosen by one rule (the
 * latest claim dated by the report's date and public by its known-by date, ties to the one recorded
 * last).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimService {

  /** Stands in for "no limit" on dates, so that the query keeps plain comparisons. */
  @Inject StatementService statements;

  @Inject Caller caller;
  @Inject ReviewConfig review;
  @Inject Revisions revisions;

  /** Appends a claim and returns its id; read it with {@link #find} once committed. */
  @Transactional
  public long record(String statementKey, ClaimRequest request) {
    Statement statement = statements.require(statementKey);
    var errors = new ArrayList<>(request.countProblems());
    errors.addAll(Sources.problemsWith(request.sources()));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    CountClaim claim = newClaim(statement, request);
    claim.persist();
    return claim.id;
  }

  /** Builds a claim (not yet persisted) from a checked request. */
  public CountClaim newClaim(Statement statement, ClaimRequest request) {
    CountClaim claim =
        newClaim(
            statement,
            request.claimed(),
            request.on(),
            request.sources().stream().map(CitedSource::of).toList(),
            request.note(),
            request.quote(),
            caller.name());
    claim.proposed = review.required();
    return claim;
  }

  static CountClaim newClaim(
      Statement statement,
      ClaimedCount count,
      UncertainDate on,
      List<CitedSource> sources,
      String note,
      String quote,
      String by) {
    CountClaim claim = new CountClaim();
    claim.statement = statement;
    claim.claimedCount = count.count();
    claim.claimedBound = count.bound();
    claim.claimedCountTo = count.countTo();
    claim.setOn(on);
    claim.sources.addAll(sources);
    claim.anonymousOnly = CitedSource.restOnAnonymous(sources);
    claim.note = Text.blankToNull(note);
    claim.quote = Text.blankToNull(quote);
    claim.recordedBy = by;
    claim.fingerprint = claim.computeFingerprint();
    return claim;
  }

  /**
   * A claim identical to {@code claim} (same statement, count, date, sources and note) that is
   * stored already, preferring one that stands; empty when there is none.
   */
  public Optional<CountClaim> identical(CountClaim claim) {
    List<CountClaim.Existing> existing = CountClaim.withFingerprint(claim.fingerprint);
    return existing.stream()
        .filter(e -> !e.retracted())
        .findFirst()
        .or(() -> existing.stream().findFirst())
        .flatMap(e -> CountClaim.findByIdOptional(e.id()));
  }

  public Optional<ClaimView> find(long id) {
    return CountClaim.findWithDetails(id).map(c -> toView(c, null));
  }

  /** A statement's claims, by date and then as recorded, retracted ones marked. */
  public Page<ClaimView> list(String statementKey, PageRequest page) {
    Statement statement = statements.require(statementKey);
    List<ClaimView> items =
        CountClaim.withDetails(CountClaim.idsOf(statement.id, page.offset(), page.size())).stream()
            .map(c -> toView(c, null))
            .toList();
    return Page.of(items, page, CountClaim.countOf(statement.id));
  }

  /** False when there is no such claim. */
  @Transactional
  public boolean retract(long id, String reason) {
    Optional<CountClaim> found = CountClaim.findWithDetails(id);
    found.ifPresent(
        claim -> {
          if (claim.retraction != null) {
            throw new ConflictException(
                "Claim "
                    + id
                    + " was already retracted in revision "
                    + claim.retraction.revision.number
                    + ".");
          }
          if (claim.proposed && (claim.review == null || !claim.review.confirmed)) {
            throw new ConflictException(
                "Claim "
                    + id
                    + (claim.review == null
                        ? " is waiting for review: reject it instead of retracting it."
                        : " was rejected on review: it counts nowhere already."));
          }
          if (review.required() && ClaimRetractionProposal.pendingFor(id).isPresent()) {
            throw new ConflictException(
                "A retraction of claim " + id + " is already waiting for review.");
          }
          retract(claim, reason);
          CountClaim.flush();
        });
    return found.isPresent();
  }

  /**
   * Adds a retraction to a claim that has none or, while review is required, proposes one: it is a
   * retraction only once another editor confirms it.
   */
  public void retract(CountClaim claim, String reason) {
    if (review.required()) {
      ClaimRetractionProposal proposal = new ClaimRetractionProposal();
      proposal.claim = claim;
      proposal.reason = reason.strip();
      proposal.proposedBy = caller.name();
      proposal.persist();
      return;
    }
    ClaimRetraction retraction = new ClaimRetraction();
    retraction.claim = claim;
    retraction.reason = reason.strip();
    retraction.retractedBy = caller.name();
    retraction.persist();
    claim.retraction = retraction;
  }

  /**
   * For each statement, the claims a report as of {@code asOf} considers, chosen one first and
   * marked: one query for all the statements.
   */
  public List<ClaimView> consideredAsOf(
      Collection<Long> statementIds, LocalDate asOf, LocalDate knownBy, AsRecorded recorded) {
    return consideredAsOf(statementIds, asOf, knownBy, recorded, false, false);
  }

  /**
   * The same; with {@code proposals}, claims still waiting for review count as if confirmed; with
   * {@code excludeAnonymous}, claims whose every source rests on unnamed people are left out.
   */
  public List<ClaimView> consideredAsOf(
      Collection<Long> statementIds,
      LocalDate asOf,
      LocalDate knownBy,
      AsRecorded recorded,
      boolean proposals,
      boolean excludeAnonymous) {
    List<CountClaim> claims =
        CountClaim.standingAsOf(
            statementIds,
            asOf,
            knownBy == null ? AsRecorded.NO_DATE_LIMIT : knownBy,
            recorded.throughRevision(),
            recorded.throughTime(),
            proposals,
            excludeAnonymous);
    Set<Long> seen = new HashSet<>();
    List<ClaimView> views = new ArrayList<>(claims.size());
    for (CountClaim claim : claims) {
      views.add(toView(claim, seen.add(claim.statement.id)));
    }
    return views;
  }

  /** A claim; in a report ({@code chosen} given) only standing claims appear, unmarked. */
  private ClaimView toView(CountClaim c, Boolean chosen) {
    ClaimRetraction r = chosen == null ? c.retraction : null;
    return new ClaimView(
        c.id,
        c.statement.statementKey,
        c.claimedCount,
        c.claimedBound,
        c.claimedCountTo,
        c.claimed().phrase(),
        c.on(),
        c.sources.stream().map(CitedSource::toSource).toList(),
        c.note,
        c.quote,
        c.anonymousOnly,
        c.revision.committedAt,
        c.recordedBy,
        c.revision.number,
        r != null,
        r == null
            ? null
            : new RetractionView(
                r.reason, r.revision.committedAt, r.retractedBy, r.revision.number),
        chosen,
        chosen != null ? null : statusOf(c),
        chosen != null ? null : reviewOf(c),
        chosen != null
            ? null
            : c.proposedRetractions.stream()
                .findFirst()
                .map(
                    x ->
                        new RetractionProposalView(
                            x.reason, x.proposedBy, x.revision.committedAt, x.revision.number))
                .orElse(null));
  }

  private static RecordStatus statusOf(CountClaim c) {
    if (c.retraction != null) {
      return RecordStatus.RETRACTED;
    }
    if (c.proposed && c.review == null) {
      return RecordStatus.PENDING;
    }
    return c.proposed && !c.review.confirmed ? RecordStatus.REJECTED : RecordStatus.STANDING;
  }

  private static ReviewView reviewOf(CountClaim c) {
    if (!c.proposed) {
      return null;
    }
    ClaimReview w = c.review;
    return w == null
        ? ReviewView.pending(c.recordedBy)
        : ReviewView.decided(
            c.recordedBy,
            w.confirmed,
            w.decidedBy,
            w.revision.committedAt,
            w.revision.number,
            w.reason);
  }

  /** Records a rejection an import carries, of a proposed claim it wrote. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordRejection(CountClaim proposal, String reason) {
    ClaimReview decision = new ClaimReview();
    decision.claim = proposal;
    decision.confirmed = false;
    decision.reason = reason;
    decision.decidedBy = caller.name();
    decision.persist();
    proposal.review = decision;
  }

  /**
   * Decides what waits for review on a claim: the claim itself or, once it stands, a retraction
   * proposed of it. False when there is no such claim.
   *
   * @throws ConflictException when nothing about it waits for review
   */
  @Transactional
  public boolean decide(long id, boolean confirm, String reason) {
    Optional<CountClaim> found = CountClaim.findWithDetails(id);
    if (found.isEmpty()) {
      return false;
    }
    CountClaim claim = found.get();
    String by = caller.name();
    revisions.changesStatement(claim.statement.id);
    if (claim.pending()) {
      ReviewView.checkDecider("Claim " + id, claim.recordedBy, by, confirm);
      ClaimReview decision = new ClaimReview();
      decision.claim = claim;
      decision.confirmed = confirm;
      decision.reason = confirm ? null : reason.strip();
      decision.decidedBy = by;
      decision.persist();
      claim.review = decision;
      return true;
    }
    ClaimRetractionProposal proposal =
        ClaimRetractionProposal.pendingFor(id)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Claim "
                            + id
                            + " has nothing waiting for review: it is "
                            + statusOf(claim)
                            + "."));
    ReviewView.checkDecider("The retraction of claim " + id, proposal.proposedBy, by, confirm);
    proposal.confirmed = confirm;
    proposal.decidedBy = by;
    proposal.decisionReason = confirm ? null : reason.strip();
    proposal.decidedRevisionId = revisions.current();
    if (confirm) {
      ClaimRetraction retraction = new ClaimRetraction();
      retraction.claim = claim;
      retraction.reason = proposal.reason;
      retraction.retractedBy = proposal.proposedBy;
      retraction.persist();
      claim.retraction = retraction;
    }
    return true;
  }
}
