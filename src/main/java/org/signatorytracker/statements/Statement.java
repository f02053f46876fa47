package org.signatorytracker.statements;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.query.NativeQuery;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.SqlRow;
import org.signatorytracker.common.Text;
import org.signatorytracker.common.UncertainDate;

/** A letter, joint statement or recorded vote that states sign or vote on. */
@Entity
@Table(name = "statement")
public class Statement extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
  @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 50)
  public Long id;

  /** The researcher's stable slug; the API calls it {@code key} (a reserved word in H2). */
  @Column(name = "statement_key")
  public String statementKey;

  public String title;

  @Enumerated(EnumType.STRING)
  public StatementKind kind;

  public String forum;

  @Column(name = "session_name")
  public String session;

  /** The last day the statement's date allows; null when the date is unknown. */
  @Column(name = "dated_on")
  public LocalDate datedOn;

  /** The first day it allows; null for an unknown date or an open start. */
  @Column(name = "dated_earliest")
  public LocalDate datedEarliest;

  /** The date as it was written; null when unknown. */
  @Column(name = "dated_text")
  public String datedText;

  public String issue;
  public String side;

  /** A vote's options mapped to sides, as {@link VoteSides} writes them; null for none. */
  @Column(name = "vote_sides")
  public String voteSides;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome_result")
  public Outcome.Result outcomeResult;

  @Column(name = "outcome_on")
  public LocalDate outcomeOn;

  public String addressee;
  public String summary;

  /** Its text as its sources quote it. */
  public String quote;

  /** The researcher's notes: what is known that the sources do not say. */
  public String notes;

  /** The list status the researcher declares; null when none is declared. */
  @Enumerated(EnumType.STRING)
  @Column(name = "list_declared")
  public DeclaredList.Status listDeclared;

  @Column(name = "list_note")
  public String listNote;

  /** The source of the declared list; null when it has none. */
  @Embedded
  @AttributeOverride(name = "url", column = @Column(name = "list_source_url"))
  @AttributeOverride(name = "title", column = @Column(name = "list_source_title"))
  @AttributeOverride(name = "publisher", column = @Column(name = "list_source_publisher"))
  @AttributeOverride(name = "publishedOn", column = @Column(name = "list_source_published_on"))
  @AttributeOverride(
      name = "publishedPrecision",
      column = @Column(name = "list_source_published_precision"))
  @AttributeOverride(name = "kind", column = @Column(name = "list_source_kind"))
  @AttributeOverride(name = "via", column = @Column(name = "list_source_via"))
  public CitedSource listSource;

  @ElementCollection
  @CollectionTable(name = "statement_source", joinColumns = @JoinColumn(name = "statement_id"))
  @OrderColumn(name = "ordinal")
  public List<CitedSource> sources = new ArrayList<>();

  /** The stages of its life, in the order given ({@link Stages}); their sources apart. */
  @ElementCollection
  @CollectionTable(name = "statement_stage", joinColumns = @JoinColumn(name = "statement_id"))
  @OrderColumn(name = "ordinal")
  public List<StoredStage> stages = new ArrayList<>();

  /** The sources of its stages, each naming its stage. */
  @ElementCollection
  @CollectionTable(
      name = "statement_stage_source",
      joinColumns = @JoinColumn(name = "statement_id"))
  @OrderColumn(name = "ordinal")
  public List<StageSource> stageSources = new ArrayList<>();

  /**
   * Every issue the statement stands in, with its side there, in the order given; the first is also
   * in {@link #issue}, {@link #side} and {@link #voteSides}, the shorthand for one.
   */
  @ElementCollection
  @CollectionTable(name = "statement_issue", joinColumns = @JoinColumn(name = "statement_id"))
  @OrderColumn(name = "ordinal")
  public List<StatementIssue> issues = new ArrayList<>();

  /** ISO3 codes of the states that led the statement, in the order given. */
  @ElementCollection
  @CollectionTable(name = "statement_lead_state", joinColumns = @JoinColumn(name = "statement_id"))
  @OrderColumn(name = "ordinal")
  @Column(name = "iso3")
  public List<String> leadStates = new ArrayList<>();

  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** The declared list, or null. */
  public DeclaredList declaredList() {
    return listDeclared == null
        ? null
        : new DeclaredList(
            listDeclared, listSource == null ? null : listSource.toSource(), listNote);
  }

  public void setDeclaredList(DeclaredList list) {
    listDeclared = list == null ? null : list.status();
    listSource = list == null || list.source() == null ? null : CitedSource.of(list.source());
    listNote = list == null ? null : Text.blankToNull(list.note());
  }

  /** The issues it stands in, with its side in each. */
  public List<IssueSide> issueSides() {
    return issues.stream().map(StatementIssue::toIssueSide).toList();
  }

  /**
   * Sets the issues it stands in; the first is also the shorthand {@code issue}, {@code side} and
   * {@code voteSides}. Without an issue, the shorthand keeps {@code side} and {@code voteSides} as
   * given (a side no issue declares).
   */
  void setIssues(List<IssueSide> given, String looseSide, Map<String, String> looseVoteSides) {
    List<StatementIssue> stored = given.stream().map(StatementIssue::of).toList();
    if (!issues.equals(stored)) {
      issues.clear();
      issues.addAll(stored);
    }
    StatementIssue first = stored.isEmpty() ? null : stored.get(0);
    issue = first == null ? null : first.issue;
    side = first == null ? looseSide : first.side;
    voteSides = first == null ? VoteSides.format(looseVoteSides) : first.voteSides;
  }

  public Outcome outcome() {
    return outcomeResult == null ? null : new Outcome(outcomeResult, outcomeOn);
  }

  public UncertainDate date() {
    return UncertainDate.parseNullable(datedText);
  }

  public void setDate(UncertainDate date) {
    datedOn = date == null ? null : date.latest();
    datedEarliest = date == null ? null : date.earliest();
    datedText = date == null ? null : date.toString();
  }

  /** Keys are stored in lowercase and found in any case: {@code HRC41-X} is {@code hrc41-x}. */
  public static String canonicalKey(String key) {
    return key == null ? null : key.strip().toLowerCase(Locale.ROOT);
  }

  public static Optional<Statement> findByKey(String key) {
    return find("statementKey", canonicalKey(key)).firstResultOptional();
  }

  /** The statements with these (canonical) keys that have lead states. */
  public static List<Statement> withLeadStates(List<String> keys) {
    return list("statementKey in ?1 and leadStates is not empty", keys);
  }

  public static boolean keyExists(String key) {
    return count("statementKey", canonicalKey(key)) > 0;
  }

  /** The statements with these ids, by key; lead states and sources load in batches. */
  public static List<Statement> withIds(List<Long> ids) {
    return list("id in ?1 order by statementKey", ids);
  }

  /** A statement as a form offers it: what a person reads to pick it, and its key. */
  public record Choice(String key, String title, String date, StatementKind kind) {}

  /** Every statement as a form offers it, latest first; one query. */
  static List<Choice> choices() {
    return getEntityManager()
        .createQuery(
            "select s.statementKey, s.title, s.datedText, s.kind from Statement s"
                + " order by s.datedOn desc nulls last, s.statementKey",
            Object[].class)
        .getResultList()
        .stream()
        .map(r -> new Choice((String) r[0], (String) r[1], (String) r[2], (StatementKind) r[3]))
        .toList();
  }

  /** Every key, for suggestions when a key names no statement. */
  static List<String> allKeys() {
    return getEntityManager()
        .createQuery("select s.statementKey from Statement s", String.class)
        .getResultList();
  }

  /** Selects the statements that stand in the issue {@code :issue}, among others or alone. */
  static final String IN_ISSUE =
      "id in (select m.id from Statement m join m.issues i where i.issue = :issue)";

  /** The ids of the issue's statements (canonical key), as they are now. */
  public static List<Long> idsOfIssue(String issue) {
    return getEntityManager()
        .createQuery(
            "select distinct s.id from Statement s join s.issues i where i.issue = :issue",
            Long.class)
        .setParameter("issue", issue)
        .getResultList();
  }

  /** The issue's statements, as they are now. */
  static List<Statement> ofIssue(String issue) {
    return list(IN_ISSUE, Parameters.with("issue", Issue.canonicalKey(issue)));
  }

  /**
   * When each issue named by statements last changed: one of its statements edited, or records of
   * one written or retracted (the commit of the revision that last changed them, {@code
   * statement_change}). One grouped query over the statements' issues.
   */
  static Map<String, Instant> lastChangeByIssue() {
    Map<String, Instant> last = new HashMap<>();
    List<SqlRow> rows =
        SqlRow.of(
                getEntityManager()
                    .createNativeQuery(
                        """
                        SELECT i.issue AS issue, MAX(s.updated_at) AS edited,
                               MAX(r.committed_at) AS recorded
                        FROM statement_issue i JOIN statement s ON s.id = i.statement_id
                          LEFT JOIN statement_change c ON c.statement_id = s.id
                          LEFT JOIN revision r ON r.number = c.revision_number
                        GROUP BY i.issue
                        """)
                    .unwrap(NativeQuery.class)
                    .addScalar("issue", String.class)
                    .addScalar("edited", Instant.class)
                    .addScalar("recorded", Instant.class))
            .getResultList();
    for (var row : rows) {
      Instant edited = row.instant("edited");
      Instant recorded = row.instant("recorded");
      last.put(
          row.text("issue"),
          recorded == null || (edited != null && edited.isAfter(recorded)) ? edited : recorded);
    }
    return last;
  }

  /** How many statements each issue has, by issue key. */
  /** How many statements stand in one issue (canonical key). */
  static long countOfIssue(String issue) {
    return getEntityManager()
        .createQuery(
            "select count(s) from Statement s join s.issues i where i.issue = :issue", Long.class)
        .setParameter("issue", issue)
        .getSingleResult();
  }

  static Map<String, Long> countsByIssue() {
    Map<String, Long> counts = new TreeMap<>();
    for (Object[] row :
        getEntityManager()
            .createQuery(
                "select i.issue, count(s) from Statement s join s.issues i group by i.issue",
                Object[].class)
            .getResultList()) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }
}
