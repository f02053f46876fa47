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
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.RetractionView;
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

  /** Appends a claim and returns its id; read it with {@link #find} once committed. */
  @Transactional
  public long record(String statementKey, ClaimRequest request) {
    Statement statement = statements.require(statementKey);
    var errors = Sources.problemsWith(request.sources());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    CountClaim claim = newClaim(statement, request);
    claim.persist();
    return claim.id;
  }

  /** Builds a claim (not yet persisted) from a checked request. */
  public CountClaim newClaim(Statement statement, ClaimRequest request) {
    return newClaim(
        statement,
        request.count(),
        request.on(),
        request.sources().stream().map(CitedSource::of).toList(),
        request.note(),
        caller.name());
  }

  static CountClaim newClaim(
      Statement statement,
      int count,
      UncertainDate on,
      List<CitedSource> sources,
      String note,
      String by) {
    CountClaim claim = new CountClaim();
    claim.statement = statement;
    claim.claimedCount = count;
    claim.setOn(on);
    claim.sources.addAll(sources);
    claim.note = Text.blankToNull(note);
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
          retract(claim, reason);
          CountClaim.flush();
        });
    return found.isPresent();
  }

  /** Adds a retraction to a claim that has none. */
  public void retract(CountClaim claim, String reason) {
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
    List<CountClaim> claims =
        CountClaim.standingAsOf(
            statementIds,
            asOf,
            knownBy == null ? AsRecorded.NO_DATE_LIMIT : knownBy,
            recorded.throughRevision(),
            recorded.throughTime());
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
        c.on(),
        c.sources.stream().map(CitedSource::toSource).toList(),
        c.note,
        c.revision.committedAt,
        c.recordedBy,
        c.revision.number,
        r != null,
        r == null
            ? null
            : new RetractionView(
                r.reason, r.revision.committedAt, r.retractedBy, r.revision.number),
        chosen);
  }
}
