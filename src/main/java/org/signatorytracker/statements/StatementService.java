package org.signatorytracker.statements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.signatorytracker.common.ClaimedCount;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.PreconditionFailedException;
import org.signatorytracker.common.Timestamps;
import org.signatorytracker.security.AuditLog;
import org.signatorytracker.security.Caller;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateRef;
import org.signatorytracker.states.StateView;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatementService {

  @Inject StateDirectory states;
  @Inject StatementChecks checks;
  @Inject RecordsOnStatements records;
  @Inject AuditLog audit;
  @Inject Caller caller;
  @Inject ReviewConfig review;

  @Transactional
  public StatementView create(StatementRequest request) {
    return toView(add(request));
  }

  /** Creates the statement, as {@link #create} does, without reading its view back. */
  @Transactional
  public Statement add(StatementRequest request) {
    return add(request, true);
  }

  /**
   * Creates the statement; its lead states are recorded as signatories now, or (an import, whose
   * own records may name them) later by {@link #recordLeadsOf}.
   */
  @Transactional
  public Statement add(StatementRequest request, boolean recordLeadsNow) {
    List<String> leadStates = checks.check(request);
    if (Statement.keyExists(request.key())) {
      throw new ConflictException(
          "A statement with key '"
              + request.key()
              + "' already exists; choose another key or"
              + " update it with PUT /api/statements/"
              + request.key()
              + ".");
    }
    Statement statement = addChecked(request, leadStates);
    if (recordLeadsNow) {
      records.recordLeads(statement, leadStates);
    }
    return statement;
  }

  /**
   * Creates the statement of a request already checked ({@link #check}, giving its lead states),
   * whose key the caller knows to be free: an import, which reads the stored keys once and records
   * lead states after its own records ({@link #recordLeadsOf}).
   */
  @Transactional
  public Statement addChecked(StatementRequest request, List<String> leadStates) {
    Statement statement = new Statement();
    statement.statementKey = Statement.canonicalKey(request.key());
    statement.createdAt = Timestamps.now();
    StatementContent.apply(request, leadStates, statement);
    statement.persistAndFlush();
    StatementVersion.record(statement, false);
    audit.revision(
        "statement.created",
        "statement",
        statement.statementKey,
        null,
        StatementContent.fields(statement));
    claimReportedCount(statement, request.reportedCount());
    return statement;
  }

  /**
   * Replaces every field of the statement; empty when there is no statement with that key.
   *
   * @param expectedVersions the versions the client's copy may have (its If-Match), or null to
   *     replace whatever is stored
   * @throws PreconditionFailedException when the stored version is not among them
   */
  @Transactional
  public Optional<StatementView> update(
      String key, StatementRequest request, List<Long> expectedVersions) {
    return update(key, request, expectedVersions, true);
  }

  /** Replaces every field, as {@link #update} does; lead states as {@link #add} records them. */
  @Transactional
  public Optional<StatementView> update(
      String key, StatementRequest request, List<Long> expectedVersions, boolean recordLeadsNow) {
    if (!key.equalsIgnoreCase(request.key())) {
      throw new InvalidInputException(
          new FieldError(
              "key",
              "does not match the statement in the path ('" + key + "'); keys cannot be renamed",
              request.key()));
    }
    List<String> leadStates = checks.check(request);
    return Statement.findByKey(key)
        .map(
            statement -> {
              if (expectedVersions != null && !expectedVersions.contains(statement.version)) {
                throw new PreconditionFailedException(
                    "Statement '"
                        + key
                        + "' has changed since your copy (it is now version "
                        + statement.version
                        + "); fetch it again and reapply your change.");
              }
              if (statement.kind.isVote() != request.kind().isVote()
                  && records.anyOn(statement.id)) {
                throw new ConflictException(
                    "Statement '"
                        + key
                        + "' already has positions recorded as "
                        + (statement.kind.isVote() ? "votes" : "signatures")
                        + "; its kind cannot change to "
                        + request.kind()
                        + ".");
              }
              List<String> changed = StatementContent.differences(statement, request, leadStates);
              if (changed.stream().anyMatch(field -> !field.equals("reportedCount"))) {
                StatementContent.StatementFields before = StatementContent.fields(statement);
                StatementContent.apply(request, leadStates, statement);
                statement.flush();
                StatementVersion.record(statement, false);
                audited(statement, before);
              }
              claimReportedCount(statement, request.reportedCount());
              if (recordLeadsNow) {
                records.recordLeads(statement, leadStates);
              }
              return toView(statement);
            });
  }

  /**
   * Replaces the stages of a statement's life (checked already: {@link Stages#problems}), in a new
   * version of it; an undated statement takes its delivery's date. False when they are unchanged.
   */
  @Transactional
  public boolean replaceStages(String key, List<Stage> stages) {
    Statement statement = require(key);
    if (Stages.of(statement).equals(Stages.normalised(stages))) {
      return false;
    }
    StatementContent.StatementFields before = StatementContent.fields(statement);
    Stages.set(statement, stages);
    if (statement.datedText == null) {
      statement.setDate(Stages.deliveredOn(stages));
    }
    statement.updatedAt = Timestamps.now();
    statement.flush();
    StatementVersion.recordStages(statement);
    audited(statement, before);
    return true;
  }

  /** Writes an update of the statement, from what it was before, to the audit trail. */
  private void audited(Statement statement, StatementContent.StatementFields before) {
    audit.revision(
        "statement.updated",
        "statement",
        statement.statementKey,
        before,
        StatementContent.fields(statement));
  }

  /**
   * Deletes a statement entered by mistake; false when there is no statement with that key.
   *
   * @throws ConflictException when anything has been recorded on it: records and claims are only
   *     ever retracted, so a statement that has them stays
   */
  @Transactional
  public boolean delete(String key) {
    Optional<Statement> found = Statement.findByKey(key);
    if (found.isEmpty()) {
      return false;
    }
    Statement statement = found.get();
    if (records.anyOn(statement.id) || CountClaim.existOn(statement.id)) {
      throw new ConflictException(
          "Statement '"
              + statement.statementKey
              + "' has position records or count claims; those are retracted, not deleted, so"
              + " the statement stays.");
    }
    StatementContent.StatementFields before = StatementContent.fields(statement);
    StatementVersion.record(statement, true);
    statement.delete();
    audit.revision("statement.deleted", "statement", statement.statementKey, before, null);
    return true;
  }

  public Optional<StatementView> find(String key) {
    return Statement.findByKey(key).map(this::toView);
  }

  public Page<StatementView> list(StatementFilter filter, PageRequest page) {
    var query = StatementSearch.search(filter, this::statementsNaming);
    List<Statement> items = query.page(page.page(), page.size()).list();
    return Page.of(toViews(items), page, query.count());
  }

  /**
   * The statements a searched word may mean by a state: those the state it names has a record on (a
   * name or an alias of four letters or more, or an ISO code typed in capitals, so that "in" and
   * "no" stay words); null when the word names no state.
   */
  private List<Long> statementsNaming(String word) {
    boolean code = word.length() <= 3 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
    if (word.length() < 4 && !code) {
      return null;
    }
    return states.find(word).map(s -> records.statementsOf(s.iso3())).orElse(null);
  }

  /**
   * The statement other features work on.
   *
   * @throws ResourceNotFoundException when there is no statement with that key
   */
  /** The statement stored with this key, in any accepted form; empty when there is none. */
  public Optional<Statement> stored(String key) {
    return Statement.findByKey(key);
  }

  /** A reference to a stored statement, for a record or claim written with it; nothing is read. */
  public Statement reference(long id) {
    return Statement.getEntityManager().getReference(Statement.class, id);
  }

  /** The statements with these ids, by key; lead states and sources load in batches. */
  public List<Statement> withIds(List<Long> ids) {
    return Statement.withIds(ids);
  }

  public Statement require(String key) {
    return Statement.findByKey(key).orElseThrow(() -> StatementKeys.notFound(key));
  }

  /** Every statement as a form offers it (title, date, kind and key), latest first. */
  public List<Statement.Choice> choices() {
    return Statement.choices();
  }

  /** Every statement's key. */
  public List<String> allKeys() {
    return Statement.allKeys();
  }

  /**
   * Records the lead states of these statements that have no standing record on them as signatories
   * in the role LEAD: what an import does once its own records are written.
   */
  @Transactional
  public void recordLeadsOf(Collection<String> keys) {
    List<String> canonical = keys.stream().map(Statement::canonicalKey).distinct().toList();
    for (int from = 0; from < canonical.size(); from += LEADS_PER_QUERY) {
      int to = Math.min(canonical.size(), from + LEADS_PER_QUERY);
      for (Statement s : Statement.withLeadStates(canonical.subList(from, to))) {
        records.recordLeads(s, List.copyOf(s.leadStates));
      }
      // each query flushes and checks all the persistence context holds: keep it small (one
      // query per statement over 25,000 statements took more than ten minutes)
      Statement.flush();
      Statement.getEntityManager().clear();
    }
  }

  /** Statements whose lead states are read in one query (see {@link #recordLeadsOf}). */
  private static final int LEADS_PER_QUERY = 100;

  /** A statement's revisions, oldest first. */
  public Optional<List<AuditLog.AuditEntry>> history(String key) {
    if (!Statement.keyExists(key)) {
      return Optional.empty();
    }
    return Optional.of(audit.historyOf("statement", Statement.canonicalKey(key)));
  }

  public StatementView toView(Statement s) {
    return toView(s, CountClaim.reportedToday(List.of(s.id)).get(s.id));
  }

  /** The views of several statements, their reported counts read in one query. */
  private List<StatementView> toViews(List<Statement> statements) {
    Map<Long, ClaimedCount> counts =
        CountClaim.reportedToday(statements.stream().map(s -> s.id).toList());
    return statements.stream().map(s -> toView(s, counts.get(s.id))).toList();
  }

  private StatementView toView(Statement s, ClaimedCount reported) {
    List<StateRef> leads =
        s.leadStates.stream()
            .map(iso3 -> states.byIso3(iso3).map(StateView::ref).orElse(new StateRef(iso3, iso3)))
            .toList();
    List<Stage> stages = Stages.of(s);
    List<Stages.Facts> facts = Stages.facts(stages);
    return new StatementView(
        s.statementKey,
        s.title,
        s.kind,
        s.forum,
        s.session,
        s.date(),
        s.issue,
        s.side,
        StatementContent.voteSidesOf(s),
        s.issueSides(),
        s.outcome(),
        leads,
        reported == null ? null : reported.count(),
        ClaimedCount.boundOf(reported),
        ClaimedCount.countToOf(reported),
        s.addressee,
        s.summary,
        s.quote,
        s.declaredList(),
        s.notes,
        StatementContent.sourcesOf(s),
        stages,
        Stages.reached(facts),
        Stages.summary(facts),
        s.version,
        s.createdAt,
        s.updatedAt);
  }

  /**
   * The fields a replacement with {@code request} would change, named as in the API; empty when the
   * request says what is stored.
   */
  public List<String> differences(Statement s, StatementRequest r, List<String> leadStates) {
    return StatementContent.differences(s, r, leadStates);
  }

  /**
   * A reported count given with a statement is a claim on the statement's date, citing the
   * statement's sources; nothing new when a claim of that count on that date stands already.
   */
  private void claimReportedCount(Statement statement, Integer count) {
    if (count == null || StatementContent.claimStands(statement, count)) {
      return;
    }
    CountClaim claim =
        ClaimService.newClaim(
            statement,
            ClaimedCount.exactly(count),
            statement.date(),
            List.copyOf(statement.sources),
            "Reported count given with the statement",
            null,
            caller.name());
    claim.proposed = review.required();
    claim.persist();
  }

  /**
   * Checks what field constraints cannot and returns the lead states' ISO3 codes (see {@link
   * StatementChecks#check}).
   */
  public List<String> check(StatementRequest request) {
    return checks.check(request);
  }
}
