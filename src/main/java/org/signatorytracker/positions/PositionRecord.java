package org.signatorytracker.positions;

import io.quarkus.arc.Arc;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.SQLRestriction;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.Fingerprint;
import org.signatorytracker.common.Revisioned;
import org.signatorytracker.common.Revisions;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.statements.Statement;

/**
 * One entry in the append-only history of a state's positions on a statement. Records are only ever
 * inserted; a mistaken one is retracted, never changed or deleted.
 */
@Entity
@Immutable
@Table(name = "position_record")
public class PositionRecord extends Revisioned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_record_seq")
  @SequenceGenerator(
      name = "position_record_seq",
      sequenceName = "position_record_seq",
      allocationSize = 1000) // as V26 sets the sequence: an import asks it once per 1,000 records
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "statement_id")
  public Statement statement;

  public String iso3;

  @Enumerated(EnumType.STRING)
  public PositionAction action;

  /** The part the state took: SIGNATORY, or LEAD or SPONSOR of the statement. */
  @Enumerated(EnumType.STRING)
  public PositionRole role = PositionRole.SIGNATORY;

  /** The last day the date the position took effect allows: what the as-of rule compares. */
  @Column(name = "effective_on")
  public LocalDate effectiveOn;

  /** The first day that date allows; null for an interval with an open start. */
  @Column(name = "effective_earliest")
  public LocalDate effectiveEarliest;

  /** That date as it was written: a day, month, year or interval. */
  @Column(name = "effective_text")
  public String effectiveText;

  /** The last day the date the position became public allows. */
  @Column(name = "reported_on")
  public LocalDate reportedOn;

  @Column(name = "reported_earliest")
  public LocalDate reportedEarliest;

  @Column(name = "reported_text")
  public String reportedText;

  @Enumerated(EnumType.STRING)
  public Confidence confidence;

  public String note;

  /** The words its sources quote: a delegate's, or the text's. */
  public String quote;

  /**
   * Whether every source rests on unnamed people ({@link CitedSource#restOnAnonymous}): kept with
   * the record, so that the as-of engine can leave such records out without reading sources.
   */
  @Column(name = "anonymous_only")
  public boolean anonymousOnly;

  @Column(name = "recorded_by")
  public String recordedBy;

  /**
   * SHA-256 of what the record says; identical records share it (see {@link #computeFingerprint}).
   */
  public String fingerprint;

  @ElementCollection
  @CollectionTable(name = "position_source", joinColumns = @JoinColumn(name = "position_id"))
  @OrderColumn(name = "ordinal")
  public List<CitedSource> sources = new ArrayList<>();

  @OneToOne(mappedBy = "position", fetch = FetchType.LAZY)
  public Retraction retraction;

  /** Written while review was required: it counts only once a {@link #review} confirms it. */
  public boolean proposed;

  /** The decision on a proposed record; null while pending and for a record never proposed. */
  @OneToOne(mappedBy = "position", fetch = FetchType.LAZY)
  public RecordReview review;

  /** A retraction of it waiting for review: none, or one. */
  @OneToMany(mappedBy = "position", fetch = FetchType.LAZY)
  @SQLRestriction("confirmed IS NULL")
  public Set<RetractionProposal> proposedRetractions = new HashSet<>();

  /** Whether it is a proposal still waiting for its review. */
  public boolean pending() {
    return proposed && review == null;
  }

  /** Whether it was proposed and confirmed. */
  public boolean confirmed() {
    return proposed && review != null && review.confirmed;
  }

  /** Whether it is a proposal that was rejected: it never counts. */
  public boolean rejected() {
    return proposed && review != null && !review.confirmed;
  }

  @PrePersist
  void noteChangedStatement() {
    Arc.container().instance(Revisions.class).get().changesStatement(statement.id);
  }

  /** When it took effect, as the sources give it; null when they give no date. */
  public UncertainDate date() {
    return UncertainDate.parseNullable(effectiveText);
  }

  /** Whether the sources give no date of taking effect (it then counts from its bound). */
  public boolean dateUnknown() {
    return effectiveText == null;
  }

  /**
   * Sets both dates; the one home of the rule for what the sources leave out. The reported date
   * defaults to the effective one. A date of taking effect the sources do not give (null) is
   * bounded by what they do: the record took effect no later than its reported date or, without
   * one, than the day it is recorded; the as-of rule counts it from that bound (the uncertain date
   * "../bound"), as from the last day of every uncertain date. A record with neither date was known
   * when it was recorded.
   */
  public void setDates(UncertainDate date, UncertainDate reportedDate, LocalDate recordedOn) {
    UncertainDate reported = reportedDate == null ? date : reportedDate;
    if (reported == null) {
      reportedOn = recordedOn;
      reportedEarliest = null;
      reportedText = null;
    } else {
      reportedOn = reported.latest();
      reportedEarliest = reported.earliest();
      reportedText = reported.toString();
    }
    if (date == null) {
      effectiveOn = reportedOn;
      effectiveEarliest = null;
      effectiveText = null;
    } else {
      effectiveOn = date.latest();
      effectiveEarliest = date.earliest();
      effectiveText = date.toString();
    }
  }

  /** When it became public, as the sources give it; null when they give no date at all. */
  public UncertainDate reported() {
    return UncertainDate.parseNullable(reportedText);
  }

  /**
   * Hashes everything the record says (statement, state, action, both dates with their precision,
   * confidence, sources, note), but not when or by whom it was recorded: two records with the same
   * fingerprint say the same thing, so a repeated import can recognise one it already holds.
   *
   * @param statementKey the key of the record's statement (an import knows it without loading the
   *     statement)
   */
  String computeFingerprint(String statementKey) {
    Fingerprint fingerprint =
        new Fingerprint()
            .add(statementKey, iso3, action.name(), Objects.toString(effectiveText, ""))
            .add(Objects.toString(reportedText, ""), confidence.name(), note);
    if (role != PositionRole.SIGNATORY) {
      // only then: a signatory's fingerprint is what it was before records had roles
      fingerprint.add(role.name());
    }
    if (quote != null) {
      // only then, as for roles: a record without a quote hashes as before records had quotes
      fingerprint.add("quote", quote);
    }
    return fingerprint.addSources(sources).sha256();
  }

  /** An existing record with a given fingerprint, and whether it is retracted. */
  public record Existing(long id, String fingerprint, boolean retracted) {}

  /**
   * The records among {@code fingerprints} that exist already: one query for a whole batch of an
   * import.
   */
  public static List<Existing> withFingerprints(Collection<String> fingerprints) {
    if (fingerprints.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createQuery(
            "select p.id, p.fingerprint, r.positionId, w.confirmed from PositionRecord p"
                + " left join p.retraction r left join p.review w"
                + " where p.fingerprint in :fingerprints order by p.id",
            Object[].class)
        .setParameter("fingerprints", padded(fingerprints))
        .getResultList()
        .stream()
        // a rejected proposal stands no more than a retracted record
        .map(
            row ->
                new Existing(
                    (Long) row[0], (String) row[1], row[2] != null || Boolean.FALSE.equals(row[3])))
        .toList();
  }

  /**
   * The fingerprints, the last repeated up to the next power of two: a list of as many parameters
   * as a query already had reuses its translation (an import asks with a thousand at a time, a few
   * fewer where a batch repeats a record), and a value twice in {@code in} finds nothing more.
   */
  static List<String> padded(Collection<String> fingerprints) {
    List<String> list = new ArrayList<>(fingerprints);
    int size = Math.max(16, Integer.highestOneBit(list.size() - 1) << 1);
    String last = list.get(list.size() - 1);
    while (list.size() < size) {
      list.add(last);
    }
    return list;
  }

  /** One page of a statement's records, in the order the as-of rule reads them. */
  static List<Long> idsOfStatement(long statementId, int offset, int limit) {
    return getEntityManager()
        .createQuery(
            "select p.id from PositionRecord p join p.revision v where p.statement.id = :id"
                + " order by p.effectiveOn, v.number, p.id",
            Long.class)
        .setParameter("id", statementId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The records written last, newest first: what a researcher's colleagues just logged. */
  static List<Long> idsOfLatest(int limit) {
    return getEntityManager()
        .createQuery("select p.id from PositionRecord p order by p.id desc", Long.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The states with an unretracted record on the statement. */
  static Set<String> statesWithUnretractedRecords(long statementId) {
    return new HashSet<>(
        getEntityManager()
            .createQuery(
                "select distinct p.iso3 from PositionRecord p where p.statement.id = :id"
                    + " and not exists (select 1 from Retraction r where r.position = p)"
                    + " and not exists (select 1 from RecordReview w where w.position = p"
                    + " and w.confirmed = false)",
                String.class)
            .setParameter("id", statementId)
            .getResultList());
  }

  static long countOfStatement(long statementId) {
    return count("statement.id", statementId);
  }

  /** One page of everything recorded about a state, statement by statement. */
  static List<Long> idsOfState(String iso3, int offset, int limit) {
    return getEntityManager()
        .createQuery(
            "select p.id from PositionRecord p join p.statement s join p.revision v"
                + " where p.iso3 = :iso3 order by s.statementKey, p.effectiveOn, v.number, p.id",
            Long.class)
        .setParameter("iso3", iso3)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  static long countOfState(String iso3) {
    return count("iso3", iso3);
  }

  /** The first records about a state in the order of its pages, recorded through a revision. */
  static List<Long> idsOfStateThrough(String iso3, long throughRevision, int limit) {
    return getEntityManager()
        .createQuery(
            "select p.id from PositionRecord p join p.statement s join p.revision v"
                + " where p.iso3 = :iso3 and v.number <= :through"
                + " order by s.statementKey, p.effectiveOn, v.number, p.id",
            Long.class)
        .setParameter("iso3", iso3)
        .setParameter("through", throughRevision)
        .setMaxResults(limit)
        .getResultList();
  }

  static long countOfStateThrough(String iso3, long throughRevision) {
    return getEntityManager()
        .createQuery(
            "select count(p) from PositionRecord p join p.revision v"
                + " where p.iso3 = :iso3 and v.number <= :through",
            Long.class)
        .setParameter("iso3", iso3)
        .setParameter("through", throughRevision)
        .getSingleResult();
  }

  /** Records with everything a view shows, in the order of {@code ids}: one query. */
  static List<PositionRecord> withDetails(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, PositionRecord> byId = new HashMap<>();
    // a thousand at a time: H2 checks each row against a list of parameters one by one
    for (int from = 0; from < ids.size(); from += 1_000) {
      find(
              "select distinct p from PositionRecord p join fetch p.statement join fetch p.revision"
                  + " left join fetch p.sources left join fetch p.retraction r"
                  + " left join fetch r.revision left join fetch p.review w"
                  + " left join fetch w.revision left join fetch p.proposedRetractions x"
                  + " left join fetch x.revision where p.id in ?1",
              ids.subList(from, Math.min(ids.size(), from + 1_000)))
          .<PositionRecord>list()
          .forEach(p -> byId.put(p.id, p));
    }
    return ids.stream().map(byId::get).toList();
  }

  static Optional<PositionRecord> findWithDetails(long id) {
    return find(
            "select p from PositionRecord p join fetch p.statement join fetch p.revision"
                + " left join fetch p.sources left join fetch p.retraction r"
                + " left join fetch r.revision left join fetch p.review w"
                + " left join fetch w.revision left join fetch p.proposedRetractions x"
                + " left join fetch x.revision where p.id = ?1",
            id)
        .singleResultOptional();
  }
}
