package org.signatorytracker.statements;

import io.quarkus.arc.Arc;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.signatorytracker.common.Revisioned;
import org.signatorytracker.common.Revisions;

/**
 * The fields of a statement that reports read, as one revision left them. Reports read a statement
 * through its versions, so that an answer "as recorded" at an earlier revision sees the statement
 * as it then was (or not at all, before it was created or after it was deleted).
 */
@Entity
@Immutable
@Table(name = "statement_version")
public class StatementVersion extends Revisioned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_version_seq")
  @SequenceGenerator(
      name = "statement_version_seq",
      sequenceName = "statement_version_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "statement_id")
  public Long statementId;

  @Column(name = "statement_key")
  public String statementKey;

  public String title;

  @Enumerated(EnumType.STRING)
  public StatementKind kind;

  public String forum;

  @Column(name = "session_name")
  public String session;

  @Column(name = "dated_on")
  public LocalDate datedOn;

  @Column(name = "dated_earliest")
  public LocalDate datedEarliest;

  @Column(name = "dated_text")
  public String datedText;

  public String issue;
  public String side;

  @Column(name = "vote_sides")
  public String voteSides;

  /** Every issue it stands in, with its side there; the first is also {@link #issue}. */
  @ElementCollection
  @CollectionTable(name = "statement_version_issue", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "ordinal")
  public List<StatementIssue> issues = new ArrayList<>();

  /** The declared list status, or null. */
  @Enumerated(EnumType.STRING)
  @Column(name = "list_declared")
  public DeclaredList.Status listDeclared;

  public boolean deleted;

  /** Its stages, packed ({@link Stages#pack}); null for none. */
  public String stages;

  /**
   * Records the statement's stages and date as they now are in its version of the current revision:
   * the one this transaction wrote already (an import that creates a statement and then reads its
   * stages), or else a new one.
   */
  static void recordStages(Statement s) {
    long revision = Arc.container().instance(Revisions.class).get().current();
    int updated =
        getEntityManager()
            .createNativeQuery(
                "UPDATE statement_version SET stages = :stages, dated_on = :on,"
                    + " dated_earliest = :earliest, dated_text = :text"
                    + " WHERE statement_id = :id AND revision_id = :revision")
            .setParameter("stages", Stages.pack(Stages.of(s)))
            .setParameter("on", s.datedOn)
            .setParameter("earliest", s.datedEarliest)
            .setParameter("text", s.datedText)
            .setParameter("id", s.id)
            .setParameter("revision", revision)
            .executeUpdate();
    if (updated == 0) {
      record(s, false);
    }
  }

  /** Records what the statement now says, in the current transaction's revision. */
  static void record(Statement s, boolean deleted) {
    StatementVersion v = new StatementVersion();
    v.statementId = s.id;
    v.statementKey = s.statementKey;
    v.title = s.title;
    v.kind = s.kind;
    v.forum = s.forum;
    v.session = s.session;
    v.datedOn = s.datedOn;
    v.datedEarliest = s.datedEarliest;
    v.datedText = s.datedText;
    v.issue = s.issue;
    v.side = s.side;
    v.voteSides = s.voteSides;
    s.issues.forEach(
        i -> {
          StatementIssue copy = new StatementIssue();
          copy.issue = i.issue;
          copy.side = i.side;
          copy.voteSides = i.voteSides;
          v.issues.add(copy);
        });
    v.listDeclared = s.listDeclared;
    v.stages = Stages.pack(Stages.of(s));
    v.deleted = deleted;
    v.persist();
  }
}
