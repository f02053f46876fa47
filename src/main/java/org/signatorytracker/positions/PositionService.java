package org.signatorytracker.positions;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.RetractionRequest;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.Sources;
import org.signatorytracker.common.Text;
import org.signatorytracker.common.UncertainDate;
import org.signatorytracker.security.Caller;
import org.signatorytracker.statements.RecordsOnStatements;
import org.signatorytracker.statements.ReviewConfig;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PositionService implements RecordsOnStatements {

  /** The counter of position records written, one by one or by import. */
  public static final String RECORDS_WRITTEN = "tracker.records.written";

  @Inject MeterRegistry registry;

  @Inject StatementService statements;
  @Inject StateDirectory states;
  @Inject Caller caller;
  @Inject ReviewConfig review;
  @Inject PositionViews views;

  /**
   * Appends a position to the statement's history and returns its id; read it back with {@link
   * #find} once committed, when its revision is known.
   */
  @Override
  public boolean anyOn(long statementId) {
    return PositionRecord.countOfStatement(statementId) > 0;
  }

  @Override
  public List<Long> statementsOf(String iso3) {
    return PositionRecord.getEntityManager()
        .createQuery(
            "select distinct p.statement.id from PositionRecord p where p.iso3 = :iso3"
                + " and not exists (select 1 from Retraction r where r.position = p)",
            Long.class)
        .setParameter("iso3", iso3)
        .getResultList();
  }

  /** The note of a record written because the statement names its state among its leads. */
  static final String LEAD_NOTE = "Recorded from the statement's lead states";

  @Override
  @Transactional
  public void recordLeads(Statement statement, List<String> leads) {
    if (statement.kind.isVote() || leads.isEmpty()) {
      return;
    }
    Set<String> standing = PositionRecord.statesWithUnretractedRecords(statement.id);
    List<Source> sources = statement.sources.stream().map(CitedSource::toSource).toList();
    for (String iso3 : leads) {
      if (!standing.contains(iso3)) {
        newRecord(
                statement,
                new PositionRequest(
                    iso3,
                    PositionAction.SIGNED,
                    statement.date(),
                    null,
                    null,
                    PositionRole.LEAD,
                    sources,
                    LEAD_NOTE))
            .persist();
        registry.counter(RECORDS_WRITTEN).increment();
      }
    }
  }

  @Transactional
  public long record(String statementKey, PositionRequest request) {
    Statement statement = statements.require(statementKey);
    PositionRecord record = newRecord(statement, request);
    record.persist();
    registry.counter(RECORDS_WRITTEN).increment();
    return record.id;
  }

  /**
   * Checks a request against its statement and builds the record (not yet persisted), reporting
   * every problem at once.
   *
   * @throws InvalidInputException naming each offending field
   */
  public PositionRecord newRecord(Statement statement, PositionRequest request) {
    List<FieldError> errors = problemsWith(statement.kind, request);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return newChecked(statement, statement.statementKey, request);
  }

  /**
   * A new record of a request already checked ({@link #problemsWith}) against its statement's kind:
   * an import, which knows the kinds and keys of the statements it writes to, so the statement can
   * stay a reference (loading it is a query, made while the last batch may still be copied).
   */
  public PositionRecord newChecked(
      Statement statement, String statementKey, PositionRequest request) {
    StateView state = states.find(request.state()).orElseThrow();
    PositionRecord record = new PositionRecord();
    record.statement = statement;
    record.iso3 = state.iso3();
    record.action = request.action();
    record.role = Objects.requireNonNullElse(request.role(), PositionRole.SIGNATORY);
    record.setDates(request.date(), request.reported(), LocalDate.now(ZoneOffset.UTC));
    record.confidence = Objects.requireNonNullElse(request.confidence(), Confidence.REPORTED);
    record.note = Text.blankToNull(request.note());
    record.quote = Text.blankToNull(request.quote());
    record.recordedBy = caller.name();
    record.proposed = review.required();
    request.sources().stream().map(CitedSource::of).forEach(record.sources::add);
    record.anonymousOnly = CitedSource.restOnAnonymous(record.sources);
    record.fingerprint = record.computeFingerprint(statementKey);
    return record;
  }

  /**
   * What is wrong with a request beyond its own field constraints: a state that names no single
   * state, an action that does not fit the statement's kind (when the kind is known), a source with
   * neither URL nor title. Tolerates fields that are missing, since those are reported elsewhere.
   */
  public List<FieldError> problemsWith(StatementKind kind, PositionRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (request.state() != null && !request.state().isBlank()) {
      FieldError state = states.problem("state", request.state());
      if (state != null) {
        errors.add(state);
      } else {
        FieldError gone = outsideItsYears(states.find(request.state()).orElseThrow(), request);
        if (gone != null) {
          errors.add(gone);
        }
      }
    }
    if (kind != null && request.action() != null && !request.action().fits(kind)) {
      errors.add(
          new FieldError(
              "action",
              "does not fit a "
                  + kind
                  + "; use one of "
                  + String.join(
                      ", ", PositionAction.forKind(kind).stream().map(Enum::name).toList()),
              request.action().name()));
    }
    if (request.role() != null
        && request.action() != null
        && !request.role().fits(request.action())) {
      errors.add(
          new FieldError(
              "role",
              "a "
                  + request.role()
                  + " signs or votes yes; record "
                  + request.action()
                  + " as a SIGNATORY",
              request.role().name()));
    }
    errors.addAll(Sources.problemsWith(request.sources()));
    return errors;
  }

  /**
   * A record of a former state must be dated within the years it existed (the date it took effect,
   * else the day it was made public, else today); today's states are not checked.
   */
  private static FieldError outsideItsYears(StateView state, PositionRequest request) {
    if (!state.former()) {
      return null;
    }
    UncertainDate when = request.date() != null ? request.date() : request.reported();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate earliest = when == null ? today : when.earliest();
    LocalDate latest = when == null ? today : when.latest();
    if (state.existedBetween(earliest, latest)) {
      return null;
    }
    String successors = String.join(", ", state.successors());
    return new FieldError(
        request.date() != null ? "date" : request.reported() != null ? "reported" : "state",
        state.label()
            + " existed from "
            + state.existedFrom()
            + " to "
            + state.existedTo()
            + ": a record of it "
            + (when == null
                ? "needs a date within those years"
                : "dated " + when + " is outside them")
            + (successors.isEmpty() ? "" : " (its successors: " + successors + ")"),
        when == null ? state.iso3() : when.toString());
  }

  /** A page of the statement's full history, retracted records included and marked. */
  public Page<PositionView> history(String statementKey, PageRequest page) {
    Statement statement = statements.require(statementKey);
    return page(
        PositionRecord.idsOfStatement(statement.id, page.offset(), page.size()),
        page,
        () -> PositionRecord.countOfStatement(statement.id));
  }

  /** The records with these ids, with their sources, in no particular order. */
  public List<PositionView> views(List<Long> ids) {
    return ids.isEmpty() ? List.of() : views.of(PositionRecord.withDetails(ids));
  }

  /** The records written last, newest first, retracted ones marked. */
  public List<PositionView> latest(int limit) {
    return views.of(PositionRecord.withDetails(PositionRecord.idsOfLatest(limit))).stream()
        .sorted(Comparator.comparingLong(PositionView::id).reversed())
        .toList();
  }

  /** A page of everything recorded about one state, statement by statement. */
  public Page<PositionView> recordsOfState(String iso3, PageRequest page) {
    return page(
        PositionRecord.idsOfState(iso3, page.offset(), page.size()),
        page,
        () -> PositionRecord.countOfState(iso3));
  }

  /** A page of the records a search across statements finds, with their sources. */
  public Page<PositionView> search(RecordSearch search, PageRequest page) {
    return page(search.ids(page.offset(), page.size()), page, search::count);
  }

  /** The start of a state's history, and how many records the whole of it has. */
  public record History(List<PositionView> records, long total) {}

  /**
   * The first {@code limit} records about a state, as recorded through a revision (a retraction
   * recorded later is not yet there), in the order of its pages; the total is counted only when
   * there are more.
   */
  public History historyOfState(String iso3, long throughRevision, int limit) {
    List<Long> ids = PositionRecord.idsOfStateThrough(iso3, throughRevision, limit + 1);
    boolean more = ids.size() > limit;
    List<PositionView> records =
        views.of(PositionRecord.withDetails(more ? ids.subList(0, limit) : ids)).stream()
            .map(v -> v.asRecordedThrough(throughRevision))
            .toList();
    return new History(
        records, more ? PositionRecord.countOfStateThrough(iso3, throughRevision) : records.size());
  }

  private Page<PositionView> page(List<Long> ids, PageRequest page, LongSupplier total) {
    List<PositionView> items = views.of(PositionRecord.withDetails(ids));
    // a page that is not full is the last: no need to count
    long count =
        items.size() < page.size() && (page.page() == 0 || !items.isEmpty())
            ? (long) page.offset() + items.size()
            : total.getAsLong();
    return Page.of(items, page, count);
  }

  public Optional<PositionView> find(long id) {
    return PositionRecord.findWithDetails(id).map(views::of);
  }

  /**
   * Takes a record out of every computation, keeping it in the history; false when there is no such
   * record.
   */
  @Transactional
  public boolean retract(long id, RetractionRequest request) {
    Optional<PositionRecord> found = PositionRecord.findWithDetails(id);
    found.ifPresent(
        record -> {
          if (record.retraction != null) {
            throw new ConflictException(
                "Position record "
                    + id
                    + " was already retracted in revision "
                    + record.retraction.revision.number
                    + " ("
                    + record.retraction.revision.committedAt
                    + ").");
          }
          if (record.proposed && !record.confirmed()) {
            throw new ConflictException(
                "Position record "
                    + id
                    + (record.rejected()
                        ? " was rejected on review: it counts nowhere already."
                        : " is waiting for review: reject it instead of retracting it.")
                    + "");
          }
          if (review.required() && RetractionProposal.pendingFor(id).isPresent()) {
            throw new ConflictException(
                "A retraction of position record " + id + " is already waiting for review.");
          }
          retract(record, request.reason());
          PositionRecord.flush();
        });
    return found.isPresent();
  }

  /** The records stored with these fingerprints (identical records), retracted or not. */
  public List<PositionRecord.Existing> withFingerprints(Collection<String> fingerprints) {
    return PositionRecord.withFingerprints(fingerprints);
  }

  /** A reference to a stored record, for its retraction; nothing is read. */
  public PositionRecord reference(long id) {
    return PositionRecord.getEntityManager().getReference(PositionRecord.class, id);
  }

  /**
   * Adds a retraction to a record that has none or, while review is required, proposes one: it is a
   * retraction only once another editor confirms it.
   */
  public void retract(PositionRecord record, String reason) {
    if (review.required()) {
      RetractionProposal proposal = new RetractionProposal();
      proposal.position = record;
      proposal.reason = reason.strip();
      proposal.proposedBy = caller.name();
      proposal.persist();
      return;
    }
    Retraction retraction = new Retraction();
    retraction.position = record;
    retraction.reason = reason.strip();
    retraction.retractedBy = caller.name();
    retraction.persist();
    record.retraction = retraction;
  }
}
