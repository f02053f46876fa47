package org.signatorytracker.statements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.ResourceNotFoundException;
import org.signatorytracker.common.RetractionView;
import org.signatorytracker.common.Sources;
import org.signatorytracker.common.Text;
import org.signatorytracker.security.Caller;

/**
 * Claims about the sides of issues: recorded, listed, retracted, and read by reports as of a date
 * with the same rule as a statement's count claims (the latest dated by then and public by {@code
 * knownBy}, recorded within the limit and not retracted within it).
 */
@ApplicationScoped
public class SideClaimService {

  @Inject IssueService issues;
  @Inject Caller caller;

  /** Appends a claim and returns its id; read it with {@link #find} once committed. */
  @Transactional
  public long record(String issueKey, SideClaimRequest request) {
    IssueView issue = issues.require(issueKey);
    List<FieldError> errors = problemsWith(issue, request);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    SideClaim claim = newClaim(issue, request);
    claim.persist();
    return claim.id;
  }

  /**
   * What is wrong with a claim beyond its fields' constraints: a side that is not one of those the
   * issue declares (when it declares any), a count its bound cannot have, a source that identifies
   * nothing.
   */
  public List<FieldError> problemsWith(IssueView issue, SideClaimRequest request) {
    List<FieldError> errors = new ArrayList<>(request.countProblems());
    errors.addAll(Sources.problemsWith(request.sources()));
    // an issue that declares no sides takes the sides its statements take: the side as given
    if (request.side() != null && !request.side().isBlank() && !issue.sides().isEmpty()) {
      if (Issue.sideOf(issue.sides(), request.side()).isEmpty()) {
        errors.add(
            new FieldError(
                "side",
                "is not a side of issue '" + issue.key() + "': " + String.join(", ", issue.sides()),
                request.side()));
      }
    }
    return errors;
  }

  /** Builds a claim (not yet persisted) from a checked request. */
  SideClaim newClaim(IssueView issue, SideClaimRequest request) {
    SideClaim claim = new SideClaim();
    claim.issue = issue.key();
    // as the issue spells it
    claim.side = Issue.sideOf(issue.sides(), request.side()).orElse(request.side().strip());
    claim.claimedCount = request.count();
    claim.claimedBound = request.claimed().bound();
    claim.claimedCountTo = request.claimed().countTo();
    claim.setOn(request.on());
    request.sources().stream().map(CitedSource::of).forEach(claim.sources::add);
    claim.anonymousOnly = CitedSource.restOnAnonymous(claim.sources);
    claim.quote = Text.blankToNull(request.quote());
    claim.note = Text.blankToNull(request.note());
    claim.recordedBy = caller.name();
    claim.fingerprint = claim.computeFingerprint();
    return claim;
  }

  /** What an import does with a claim: nothing when an identical one is stored, else appends it. */
  public record Imported(boolean created, boolean retracted) {}

  /**
   * Imports a checked claim of an issue: appended unless an identical one is stored; with a {@code
   * retractionReason}, the claim (stored or new) is retracted unless it is already.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Imported importClaim(IssueView issue, SideClaimRequest request, String retractionReason) {
    SideClaim claim = newClaim(issue, request);
    SideClaim stored = SideClaim.withFingerprint(claim.fingerprint);
    if (stored == null) {
      claim.persist();
      stored = claim;
    }
    boolean retract = retractionReason != null && stored.retraction == null;
    if (retract) {
      retraction(stored, retractionReason);
    }
    return new Imported(stored == claim, retract);
  }

  public Optional<SideClaimView> find(long id) {
    return SideClaim.<SideClaim>findByIdOptional(id).map(SideClaimService::toView);
  }

  /** Every claim about the issue's sides, retracted ones too, in the order recorded. */
  public List<SideClaimView> list(String issueKey) {
    return SideClaim.ofIssue(issues.require(issueKey).key()).stream()
        .map(SideClaimService::toView)
        .toList();
  }

  /**
   * Retracts a mistaken claim, giving the reason; read it with {@link #find} once committed.
   *
   * @throws ConflictException when it is retracted already
   */
  @Transactional
  public void retract(String issueKey, long id, String reason) {
    SideClaim claim =
        SideClaim.<SideClaim>findByIdOptional(id)
            .filter(c -> c.issue.equals(issues.require(issueKey).key()))
            .orElseThrow(
                () ->
                    new ResourceNotFoundException(
                        "Issue '" + issueKey + "' has no claim " + id + "."));
    if (claim.retraction != null) {
      throw new ConflictException("Claim " + id + " is retracted already.");
    }
    retraction(claim, reason);
  }

  /**
   * Retracts every claim a revision wrote that still stands (an import undone), giving the reason;
   * returns how many.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int retractClaimsOf(long revisionId, String reason) {
    List<SideClaim> standing =
        SideClaim.list("revisionId = ?1 and retraction is null order by id", revisionId);
    standing.forEach(c -> retraction(c, reason));
    return standing.size();
  }

  private void retraction(SideClaim claim, String reason) {
    SideClaimRetraction retraction = new SideClaimRetraction();
    retraction.claim = claim;
    retraction.reason = reason.strip();
    retraction.retractedBy = caller.name();
    retraction.persist();
    claim.retraction = retraction;
  }

  /**
   * The claims a report as of {@code asOf} considers, by issue and side, the chosen (latest) one
   * first: one query for all the issues.
   */
  public Map<String, Map<String, List<SideClaimView>>> consideredAsOf(
      Collection<String> issueKeys,
      LocalDate asOf,
      LocalDate knownBy,
      AsRecorded recorded,
      boolean excludeAnonymous) {
    Map<String, Map<String, List<SideClaimView>>> bySide = new LinkedHashMap<>();
    for (SideClaim claim :
        SideClaim.standingAsOf(
            issueKeys,
            asOf,
            knownBy == null ? AsRecorded.NO_DATE_LIMIT : knownBy,
            recorded.throughRevision(),
            recorded.throughTime(),
            excludeAnonymous)) {
      bySide
          .computeIfAbsent(claim.issue, k -> new LinkedHashMap<>())
          .computeIfAbsent(claim.side, k -> new ArrayList<>())
          .add(toView(claim, false));
    }
    return bySide;
  }

  private static SideClaimView toView(SideClaim c) {
    return toView(c, true);
  }

  /** A claim; in a report ({@code withRetraction} false) only standing claims appear, unmarked. */
  private static SideClaimView toView(SideClaim c, boolean withRetraction) {
    SideClaimRetraction r = withRetraction ? c.retraction : null;
    return new SideClaimView(
        c.id,
        c.issue,
        c.side,
        c.claimedCount,
        c.claimedBound,
        c.claimedCountTo,
        c.claimed().phrase(),
        c.on(),
        c.sources.stream().map(CitedSource::toSource).toList(),
        c.quote,
        c.note,
        c.anonymousOnly,
        c.revision.committedAt,
        c.recordedBy,
        c.revision.number == null ? 0 : c.revision.number,
        r != null,
        r == null
            ? null
            : new RetractionView(
                r.reason,
                r.revision.committedAt,
                r.retractedBy,
                r.revision.number == null ? 0 : r.revision.number));
  }
}
