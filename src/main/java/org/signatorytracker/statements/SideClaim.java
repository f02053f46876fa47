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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.CountBound;
import org.signatorytracker.common.Fingerprint;
import org.signatorytracker.common.RecordOrder;
import org.signatorytracker.common.Revisioned;
import org.signatorytracker.common.UncertainDate;

/**
 * A claim of how many states stand on a side of an issue, rather than on one statement: "nearly 100
 * countries support China's position on Xinjiang" (China's mission, 19 July 2022). Appended, and
 * retracted when mistaken, like a statement's count claims.
 */
@Entity
@Immutable
@Table(name = "side_claim")
public class SideClaim extends Revisioned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "side_claim_seq")
  @SequenceGenerator(name = "side_claim_seq", sequenceName = "side_claim_seq", allocationSize = 50)
  public Long id;

  /** The issue's canonical key. */
  public String issue;

  public String side;

  @Column(name = "claimed_count")
  public int claimedCount;

  @Enumerated(EnumType.STRING)
  @Column(name = "claimed_bound")
  public CountBound claimedBound = CountBound.EXACT;

  @Column(name = "claimed_count_to")
  public Integer claimedCountTo;

  @Column(name = "claimed_on")
  public LocalDate claimedOn;

  @Column(name = "claimed_earliest")
  public LocalDate claimedEarliest;

  @Column(name = "claimed_text")
  public String claimedText;

  public String quote;
  public String note;

  @Column(name = "recorded_by")
  public String recordedBy;

  /** SHA-256 of what the claim says, so that a repeated import recognises it. */
  public String fingerprint;

  /** Whether every source rests on unnamed people ({@link CitedSource#restOnAnonymous}). */
  @Column(name = "anonymous_only")
  public boolean anonymousOnly;

  @ElementCollection
  @CollectionTable(name = "side_claim_source", joinColumns = @JoinColumn(name = "claim_id"))
  @OrderColumn(name = "ordinal")
  public List<CitedSource> sources = new ArrayList<>();

  @OneToOne(mappedBy = "claim", fetch = FetchType.LAZY)
  public SideClaimRetraction retraction;

  public ClaimedCount claimed() {
    return new ClaimedCount(claimedCount, claimedBound, claimedCountTo);
  }

  public UncertainDate on() {
    return UncertainDate.parse(claimedText);
  }

  void setOn(UncertainDate on) {
    claimedOn = on.latest();
    claimedEarliest = on.earliest();
    claimedText = on.toString();
  }

  /** Hashes what the claim says (issue, side, count as phrased, date, sources, quote, note). */
  String computeFingerprint() {
    return new Fingerprint()
        .add(issue, side, Integer.toString(claimedCount), claimedBound.name())
        .add(claimedCountTo == null ? null : claimedCountTo.toString(), claimedText, quote, note)
        .addSources(sources)
        .sha256();
  }

  /** Every claim about the issue's sides, in the order they were recorded. */
  static List<SideClaim> ofIssue(String issue) {
    return find(
            "select distinct c from SideClaim c join fetch c.revision left join fetch c.sources"
                + " left join fetch c.retraction r left join fetch r.revision"
                + " where c.issue = ?1 order by c.id",
            issue)
        .list();
  }

  /**
   * The claims about these issues' sides a report as of {@code asOf} considers: dated by then and
   * public by {@code knownBy}, recorded within the limit and not retracted within it; for each side
   * the first is the one the report chooses (the latest date, then the one recorded last).
   */
  static List<SideClaim> standingAsOf(
      Collection<String> issues,
      LocalDate asOf,
      LocalDate knownBy,
      long throughRevision,
      Instant throughTime,
      boolean excludeAnonymous) {
    if (issues.isEmpty()) {
      return List.of();
    }
    return find(
            "select distinct c from SideClaim c join fetch c.revision v left join fetch c.sources"
                + " where c.issue in :issues and c.claimedOn <= :asOf and c.claimedOn <= :knownBy"
                + " and (v.number is null or ("
                + AsRecorded.within("v", ":throughRevision", ":throughTime")
                + "))"
                + (excludeAnonymous ? " and c.anonymousOnly = false" : "")
                + " and not exists (select 1 from SideClaimRetraction r join r.revision rv"
                + " where r.claim = c and "
                + AsRecorded.within("rv", ":throughRevision", ":throughTime")
                + ") order by c.issue, c.side, "
                + RecordOrder.sql("c.claimedOn", "v.number", "c.id", true),
            Parameters.with("issues", issues)
                .and("asOf", asOf)
                .and("knownBy", knownBy)
                .and("throughRevision", throughRevision)
                .and("throughTime", throughTime))
        .list();
  }

  /** A stored claim with this fingerprint, and whether it is retracted; null for none. */
  static SideClaim withFingerprint(String fingerprint) {
    return find(
            "select c from SideClaim c left join fetch c.retraction where c.fingerprint = ?1"
                + " order by c.id",
            fingerprint)
        .firstResult();
  }
}
