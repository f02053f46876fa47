package org.signatorytracker.statements;

import static org.signatorytracker.common.Text.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.ConflictException;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.Page;
import org.signatorytracker.common.PageRequest;
import org.signatorytracker.common.PreconditionFailedException;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.Timestamps;
import org.signatorytracker.common.UncertainDate;
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
    Statement statement = new Statement();
    statement.statementKey = Statement.canonicalKey(request.key());
    statement.createdAt = Timestamps.now();
    apply(request, leadStates, statement);
    statement.persistAndFlush();
    StatementVersion.record(statement, false);
    audit.revision(
        "statement.created", "statement", statement.statementKey, null, fields(statement));
    claimReportedCount(statement, request.reportedCount());
    if (recordLeadsNow) {
      records.recordLeads(statement, leadStates);
    }
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
              List<String> changed = differences(statement, request, leadStates);
              if (changed.stream().anyMatch(field -> !field.equals("reportedCount"))) {
                StatementFields before = fields(statement);
                apply(request, leadStates, statement);
                statement.flush();
                StatementVersion.record(statement, false);
                audit.revision(
                    "statement.updated",
                    "statement",
                    statement.statementKey,
                    before,
                    fields(statement));
              }
              claimReportedCount(statement, request.reportedCount());
              if (recordLeadsNow) {
                records.recordLeads(statement, leadStates);
              }
              return toView(statement);
            });
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
    StatementFields before = fields(statement);
    StatementVersion.record(statement, true);
    statement.delete();
    audit.revision("statement.deleted", "statement", statement.statementKey, before, null);
    return true;
  }

  public Optional<StatementView> find(String key) {
    return Statement.findByKey(key).map(this::toView);
  }

  public Page<StatementView> list(StatementFilter filter, PageRequest page) {
    var query = Statement.search(filter);
    List<Statement> items = query.page(page.page(), page.size()).list();
    return Page.of(toViews(items), page, query.count());
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

  /** Every statement's key. */
  public List<String> allKeys() {
    return Statement.allKeys();
  }

  /** What the audit trail keeps of a statement: its fields, not its bookkeeping. */
  public record StatementFields(
      String key,
      String title,
      StatementKind kind,
      String forum,
      String session,
      UncertainDate date,
      String issue,
      String side,
      Map<String, String> voteSides,
      Outcome outcome,
      List<String> leadStates,
      String addressee,
      String summary,
      DeclaredList list,
      String notes,
      List<Source> sources) {}

  static StatementFields fields(Statement s) {
    return new StatementFields(
        s.statementKey,
        s.title,
        s.kind,
        s.forum,
        s.session,
        s.date(),
        s.issue,
        s.side,
        voteSidesOf(s),
        s.outcome(),
        List.copyOf(s.leadStates),
        s.addressee,
        s.summary,
        s.declaredList(),
        s.notes,
        sourcesOf(s));
  }

  /**
   * Records the lead states of these statements that have no standing record on them as signatories
   * in the role LEAD: what an import does once its own records are written.
   */
  @Transactional
  public void recordLeadsOf(Collection<String> keys) {
    for (String key : keys) {
      Statement.findByKey(key)
          .filter(s -> !s.leadStates.isEmpty())
          .ifPresent(s -> records.recordLeads(s, List.copyOf(s.leadStates)));
    }
  }

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
    Map<Long, Integer> counts =
        CountClaim.reportedToday(statements.stream().map(s -> s.id).toList());
    return statements.stream().map(s -> toView(s, counts.get(s.id))).toList();
  }

  private StatementView toView(Statement s, Integer reportedCount) {
    List<StateRef> leads =
        s.leadStates.stream()
            .map(iso3 -> states.byIso3(iso3).map(StateView::ref).orElse(new StateRef(iso3, iso3)))
            .toList();
    return new StatementView(
        s.statementKey,
        s.title,
        s.kind,
        s.forum,
        s.session,
        s.date(),
        s.issue,
        s.side,
        voteSidesOf(s),
        s.outcome(),
        leads,
        reportedCount,
        s.addressee,
        s.summary,
        s.declaredList(),
        s.notes,
        sourcesOf(s),
        s.version,
        s.createdAt,
        s.updatedAt);
  }

  /** A vote's options mapped to sides; null for a statement that maps none. */
  private static Map<String, String> voteSidesOf(Statement s) {
    return s.voteSides == null ? null : VoteSides.parse(s.voteSides);
  }

  private void apply(StatementRequest r, List<String> leadStates, Statement s) {
    s.title = r.title().strip();
    s.kind = r.kind();
    s.forum = blankToNull(r.forum());
    s.session = blankToNull(r.session());
    s.setDate(r.date());
    s.issue = Statement.canonicalKey(blankToNull(r.issue()));
    StatementChecks.Sides sides = StatementChecks.declared(r);
    s.side = sides.side();
    s.voteSides = VoteSides.format(sides.voteSides());
    s.outcomeResult = r.outcome() == null ? null : r.outcome().result();
    s.outcomeOn = r.outcome() == null ? null : r.outcome().on();
    s.addressee = blankToNull(r.addressee());
    s.summary = blankToNull(r.summary());
    s.notes = blankToNull(r.notes());
    s.setDeclaredList(r.list());
    List<CitedSource> sources = cited(r.sources());
    if (!sourcesOf(s).equals(sourcesOf(sources))) {
      s.sources.clear();
      s.sources.addAll(sources);
    }
    if (!s.leadStates.equals(leadStates)) {
      s.leadStates.clear();
      s.leadStates.addAll(leadStates);
    }
    s.updatedAt = Timestamps.now();
  }

  /**
   * The fields a replacement with {@code request} would change, named as in the API; empty when the
   * request says what is stored.
   */
  public List<String> differences(Statement s, StatementRequest r, List<String> leadStates) {
    List<String> changed = new ArrayList<>();
    differs(changed, "title", s.title, r.title().strip());
    differs(changed, "kind", s.kind, r.kind());
    differs(changed, "forum", s.forum, blankToNull(r.forum()));
    differs(changed, "session", s.session, blankToNull(r.session()));
    differs(changed, "date", s.date(), r.date());
    differs(changed, "issue", s.issue, Statement.canonicalKey(blankToNull(r.issue())));
    StatementChecks.Sides sides = StatementChecks.declared(r);
    differs(changed, "side", s.side, sides.side());
    differs(changed, "voteSides", s.voteSides, VoteSides.format(sides.voteSides()));
    differs(changed, "outcome", s.outcome(), r.outcome());
    differs(changed, "leadStates", s.leadStates, leadStates);
    if (r.reportedCount() != null && !claimStands(s, r.reportedCount())) {
      changed.add("reportedCount");
    }
    differs(changed, "addressee", s.addressee, blankToNull(r.addressee()));
    differs(changed, "summary", s.summary, blankToNull(r.summary()));
    differs(changed, "notes", s.notes, blankToNull(r.notes()));
    differs(changed, "list", s.declaredList(), normalised(r.list()));
    differs(changed, "sources", sourcesOf(s), sourcesOf(cited(r.sources())));
    return changed;
  }

  /** A declared list as it would be stored (blank text as none, a source's kind defaulted). */
  private static DeclaredList normalised(DeclaredList list) {
    Statement stored = new Statement();
    stored.setDeclaredList(list);
    return stored.declaredList();
  }

  /**
   * A reported count given with a statement is a claim on the statement's date, citing the
   * statement's sources; nothing new when a claim of that count on that date stands already.
   */
  private void claimReportedCount(Statement statement, Integer count) {
    if (count == null || claimStands(statement, count)) {
      return;
    }
    ClaimService.newClaim(
            statement,
            count,
            statement.date(),
            List.copyOf(statement.sources),
            "Reported count given with the statement",
            caller.name())
        .persist();
  }

  private static boolean claimStands(Statement s, int count) {
    return s.id != null
        && s.datedText != null
        && CountClaim.unretractedExists(s.id, count, s.datedText);
  }

  private static List<CitedSource> cited(List<Source> sources) {
    return sources == null ? List.of() : sources.stream().map(CitedSource::of).toList();
  }

  private static List<Source> sourcesOf(Statement s) {
    return sourcesOf(s.sources);
  }

  private static List<Source> sourcesOf(List<CitedSource> sources) {
    return sources.stream().map(CitedSource::toSource).toList();
  }

  private static void differs(List<String> changed, String field, Object stored, Object given) {
    if (!Objects.equals(stored, given)) {
      changed.add(field);
    }
  }

  /**
   * Checks what field constraints cannot and returns the lead states' ISO3 codes (see {@link
   * StatementChecks#check}).
   */
  public List<String> check(StatementRequest request) {
    return checks.check(request);
  }
}
