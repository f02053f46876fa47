package org.signatorytracker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.signatorytracker.common.Revisioned;

/** One change to a statement or an account, or one import: who, when, and what before and after. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends Revisioned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "occurred_at")
  public Instant occurredAt;

  public String actor;
  public String action;

  @Column(name = "subject_type")
  public String subjectType;

  public String subject;
  public String summary;

  /** JSON of the subject before the change; null for a creation. */
  @Column(name = "before_state")
  public String before;

  /** JSON of the subject after the change. */
  @Column(name = "after_state")
  public String after;

  /** A subject's revisions, oldest first. */
  static List<AuditEvent> historyOf(String subjectType, String subject) {
    return list("subjectType = ?1 and subject = ?2 order by occurredAt, id", subjectType, subject);
  }
}
