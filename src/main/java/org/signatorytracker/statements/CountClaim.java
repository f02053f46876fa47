package org.signatorytracker.statements;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.SQLRestriction;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.CountBound;
import org.signatorytracker.common.Fingerprint;
import org.signatorytracker.common.RecordOrder;
import org.signatorytracker.common.Revisioned;
import org.signatorytracker.common.UncertainDate;

/**
 * One claim of how many states a statement has: "37 at delivery on 12 July (source A)", "50 on 26
 * July (the Chinese mission)". A statement's reported count is a series of such claims, each with
 * its own date and sources; like position records they are only appended, and retracted when
 * mistaken.
 */
@Entity
@Immutable
@Table(name = "count_claim")
public class CountClaim extends Revisioned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "count_claim_seq")
  @SequenceGenerator(
      name = "count_claim_seq",
      sequenceName = "count_claim_seq",
      allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "statement_id")
  public Statement statement;

  @Column(name = "claimed_count")
  public int claimedCount;

  /** How the source bounds the count ("nearly", "at least", a range, …). */
  @Enumerated(EnumType.STRING)
  @Column(name = "claimed_bound")
  public CountBound claimedBound = CountBound.EXACT;

  /** A range's high end; null for any other bound. */
  @Column(name = "claimed_count_to")
  public Integer claimedCountTo;

  /** The source's own words, as it reports the count. */
  public String quote;

  /** Whether every source rests on unnamed people ({@link CitedSource#restOnAnonymous}). */
  @Column(name = "anonymous_only")
  public boolean anonymousOnly;

  /** The last day the claim's date allows: it counts from then. */
  @Column(name = "claimed_on")
  public LocalDate claimedOn;

  @Column(name = "claimed_earliest")
  public LocalDate claimedEarliest;

  @Column(name = "claimed_text")
  public String claimedText;

  public String note;

  @Column(name = "recorded_by")
  public String recordedBy;

  /** SHA-256 of what the claim says, so that a repeated import recognises it. */
  public String fingerprint;

  @ElementCollection
  @CollectionTable(name = "claim_source", joinColumns = @JoinColumn(name = "claim_id"))
  @OrderColumn(name = "ordinal")
  public List<CitedSource> sources = new ArrayList<>();

  @OneToOne(mappedBy = "claim", fetch = FetchType.LAZY)
  public ClaimRetraction retraction;

  /** Written while review was required: it counts only once a {@link #review} confirms it. */
  public boolean proposed;

  /** The decision on a proposed claim; null while pending and for a claim never proposed. */
  @OneToOne(mappedBy = "claim", fetch = FetchType.LAZY)
  public ClaimReview review;

  /** A retraction of it waiting for review: none, or one. */
  @OneToMany(mappedBy = "claim", fetch = FetchType.LAZY)
  @SQLRestriction("confirmed IS NULL")
  public Set<ClaimRetractionProposal> proposedRetractions = new HashSet<>();

  /** Whether it is a proposal still waiting for its review. */
  public boolean pending() {
    return proposed && review == null;
  }

  /** The count as its source phrases it. */
  public ClaimedCount claimed() {
    return new ClaimedCount(claimedCount, claimedBound, claimedCountTo);
  }

  public UncertainDate on() {
    return UncertainDate.parse(claimedText);
  }

  public void setOn(UncertainDate on) {
    claimedOn = on.latest();
    claimedEarliest = on.earliest();
    claimedText = on.toString();
  }

  /**
   * Hashes what the claim says (statement, count as phrased, date, sources, note, quote), not who
   * recorded it. An exact count without a quote hashes as it did before counts had bounds, so that
   * an import made then is recognised.
   */
  String computeFingerprint() {
    Fingerprint fingerprint =
        new Fingerprint()
            .add(statement.statementKey, Integer.toString(claimedCount), claimedText, note);
    if (claimedBound != CountBound.EXACT || quote != null) {
      fingerprint.add(
          claimedBound.name(), claimedCountTo == null ? null : claimedCountTo.toString(), quote);
    }
    return fingerprint.addSources(sources).sha256();
  }

  static Optional<CountClaim> findWithDetails(long id) {
    return find(
            "select c from CountClaim c join fetch c.statement join fetch c.revision"
                + " left join fetch c.sources left join fetch c.retraction r"
                + " left join fetch r.revision left join fetch c.review w"
                + " left join fetch w.revision left join fetch c.proposedRetractions x"
                + " left join fetch x.revision where c.id = ?1",
            id)
        .singleResultOptional();
  }

  /** The ids of a statement's claims in the order they are listed: by date, then as recorded. */
  static List<Long> idsOf(long statementId, int offset, int limit) {
    return getEntityManager()
        .createQuery(
            "select c.id from CountClaim c join c.revision v where c.statement.id = :statement"
                + " order by c.claimedOn, v.number, c.id",
            Long.class)
        .setParameter("statement", statementId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  static long countOf(long statementId) {
    return count("statement.id", statementId);
  }

  /** Claims with their details, in the order of {@code ids}. */
  static List<CountClaim> withDetails(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return find(
            "select distinct c from CountClaim c join fetch c.statement join fetch c.revision v"
                + " left join fetch c.sources left join fetch c.retraction r left join fetch"
                + " r.revision left join fetch c.review w left join fetch w.revision"
                + " left join fetch c.proposedRetractions x left join fetch x.revision"
                + " where c.id in ?1 order by c.claimedOn, v.number, c.id",
            ids)
        .list();
  }

  /**
   * The claims a report as of {@code asOf} may consider, for each of the statements: dated by then
   * and public by {@code knownBy} (a claim is public on its date), recorded within the limit and
   * not retracted within it; for each statement the first is the one the report chooses: the latest
   * date, then the one recorded last.
   */
  static List<CountClaim> standingAsOf(
      Collection<Long> statementIds,
      LocalDate asOf,
      LocalDate knownBy,
      long throughRevision,
      Instant throughTime,
      boolean proposals,
      boolean excludeAnonymous) {
    if (statementIds.isEmpty()) {
      return List.of();
    }
    // a proposal counts once confirmed, as recorded from the confirmation on; a preview of the
    // proposals counts those still waiting too (never the rejected)
    String reviewed =
        proposals
            ? " and not exists (select 1 from ClaimReview w where w.claim = c"
                + " and w.confirmed = false)"
            : " and (c.proposed = false or exists (select 1 from ClaimReview w join w.revision wv"
                + " where w.claim = c and w.confirmed = true and (wv.number is null or ("
                + AsRecorded.within("wv", ":throughRevision", ":throughTime")
                + "))))";
    return find(
            "select distinct c from CountClaim c join fetch c.statement s join fetch c.revision v"
                + " left join fetch c.sources left join fetch c.retraction"
                + " where s.id in :statements and c.claimedOn <= :asOf and c.claimedOn <= :knownBy"
                // a claim of this very transaction has no number yet: it is recorded now
                + " and (v.number is null or ("
                + AsRecorded.within("v", ":throughRevision", ":throughTime")
                + "))"
                + reviewed
                + (excludeAnonymous ? " and c.anonymousOnly = false" : "")
                + " and not exists (select 1 from ClaimRetraction r join r.revision rv"
                + " where r.claim = c and "
                + AsRecorded.within("rv", ":throughRevision", ":throughTime")
                + ") order by s.id, "
                // the claim chosen first: the latest date, then the one recorded last
                + RecordOrder.sql("c.claimedOn", "v.number", "c.id", true),
            Parameters.with("statements", statementIds)
                .and("asOf", asOf)
                .and("knownBy", knownBy)
                .and("throughRevision", throughRevision)
                .and("throughTime", throughTime))
        .list();
  }

  /** The reported count of each statement as of today, as known now: the standing claim chosen. */
  static Map<Long, ClaimedCount> reportedToday(Collection<Long> statementIds) {
    Map<Long, ClaimedCount> counts = new HashMap<>();
    for (CountClaim claim :
        standingAsOf(
            statementIds,
            LocalDate.now(ZoneOffset.UTC),
            AsRecorded.NO_DATE_LIMIT,
            AsRecorded.NOW.throughRevision(),
            AsRecorded.NOW.throughTime(),
            false,
            false)) {
      counts.putIfAbsent(claim.statement.id, claim.claimed());
    }
    return counts;
  }

  /** An existing claim with a given fingerprint, and whether it is retracted. */
  record Existing(long id, boolean retracted) {}

  static List<Existing> withFingerprint(String fingerprint) {
    return getEntityManager()
        .createQuery(
            "select c.id, r.claimId, w.confirmed from CountClaim c left join c.retraction r"
                + " left join c.review w where c.fingerprint = :fingerprint order by c.id",
            Object[].class)
        .setParameter("fingerprint", fingerprint)
        .getResultList()
        .stream()
        // a rejected proposal stands no more than a retracted claim
        .map(row -> new Existing((Long) row[0], row[1] != null || Boolean.FALSE.equals(row[2])))
        .toList();
  }

  /** Whether a claim of exactly this count on this date exists on the statement, not retracted. */
  static boolean unretractedExists(long statementId, int count, String on) {
    return getEntityManager()
            .createQuery(
                "select count(c) from CountClaim c where c.statement.id = :statement"
                    + " and c.claimedCount = :count and c.claimedText = :on"
                    + " and c.claimedBound = org.signatorytracker.common.CountBound.EXACT"
                    + " and not exists (select 1 from ClaimRetraction r where r.claim = c)"
                    + " and not exists (select 1 from ClaimReview w where w.claim = c"
                    + " and w.confirmed = false)",
                Long.class)
            .setParameter("statement", statementId)
            .setParameter("count", count)
            .setParameter("on", on)
            .getSingleResult()
        > 0;
  }

  static boolean existOn(long statementId) {
    return count("statement.id", statementId) > 0;
  }
}
