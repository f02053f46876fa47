package org.signatorytracker.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.signatorytracker.common.CsvColumns;
import org.signatorytracker.common.Timestamps;

/**
 * The audit trail. Changes to statements and accounts are written here as revisions, in the same
 * transaction as the change; position records and retractions carry their own author and time, and
 * the trail reads them from their tables.
 */
@ApplicationScoped
public class AuditLog {

  @Inject Caller caller;
  @Inject ObjectMapper json;
  @Inject EntityManager em;

  /**
   * Records a change; {@code before} is null for a creation. Call inside the change's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void revision(
      String action, String subjectType, String subject, Object before, Object after) {
    AuditEvent event = new AuditEvent();
    event.occurredAt = Timestamps.now();
    event.actor = caller.name();
    event.action = action;
    event.subjectType = subjectType;
    event.subject = subject;
    event.before = before == null ? null : write(before);
    event.after = after == null ? null : write(after);
    event.summary = summarise(event.before, event.after);
    event.persist();
  }

  /** Records an event that has no before and after, such as an import, with a summary. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void event(String action, String subjectType, String subject, String summary) {
    AuditEvent event = new AuditEvent();
    event.occurredAt = Timestamps.now();
    event.actor = caller.name();
    event.action = action;
    event.subjectType = subjectType;
    event.subject = subject;
    event.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
    event.persist();
  }

  /** A subject's revisions, oldest first. */
  public List<AuditEntry> historyOf(String subjectType, String subject) {
    return AuditEvent.historyOf(subjectType, subject).stream()
        .map(
            e ->
                entry(
                    e.occurredAt,
                    e.actor,
                    e.action,
                    e.subjectType,
                    e.subject,
                    e.summary,
                    e.before,
                    e.after))
        .toList();
  }

  /**
   * The trail's own events (revisions of statements, accounts and groups, imports) as rows of the
   * audit trail's union, in its columns; the packages whose records the trail also shows offer
   * theirs in the same columns.
   */
  public static final String EVENT_ROWS =
      """
      SELECT e.occurred_at AS occurred_at, e.actor AS actor, e.action AS action,
             e.subject_type AS subject_type, e.subject AS subject, e.summary AS summary,
             e.before_state AS before_state, e.after_state AS after_state
      FROM audit_event e\
      """;

  /** A row of the trail's union, in the columns of {@link #EVENT_ROWS}. */
  public AuditEntry entry(Object[] r) {
    return entry(
        (Instant) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7]);
  }

  /** The CSV form of the trail; before and after as JSON text. */
  public static final CsvColumns<AuditEntry> CSV =
      CsvColumns.of(AuditEntry.class)
          .add("at", AuditEntry::at)
          .add("actor", AuditEntry::actor)
          .add("action", AuditEntry::action)
          .add("subject_type", AuditEntry::subjectType)
          .add("subject", AuditEntry::subject)
          .add("summary", AuditEntry::summary)
          .add("before", e -> e.before() == null ? null : e.before().toString())
          .add("after", e -> e.after() == null ? null : e.after().toString());

  /** One line of the trail; {@code before} and {@code after} are JSON. */
  public record AuditEntry(
      Instant at,
      String actor,
      String action,
      String subjectType,
      String subject,
      @Schema(nullable = true) String summary,
      @Schema(
              nullable = true,
              description = "What the subject was before, as JSON; null for a creation")
          JsonNode before,
      @Schema(
              nullable = true,
              description = "What the subject is after, as JSON; null for a deletion")
          JsonNode after) {}

  private AuditEntry entry(
      Instant at,
      String actor,
      String action,
      String type,
      String subject,
      String summary,
      String before,
      String after) {
    return new AuditEntry(at, actor, action, type, subject, summary, read(before), read(after));
  }

  /** "changed: title, reportedCount" for an update; null otherwise. */
  private String summarise(String before, String after) {
    if (before == null || after == null) {
      return null;
    }
    JsonNode a = read(before);
    JsonNode b = read(after);
    List<String> changed = new ArrayList<>();
    for (Iterator<String> names = b.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!Objects.equals(a.get(name), b.get(name))) {
        changed.add(name);
      }
    }
    return changed.isEmpty() ? "no change" : "changed: " + String.join(", ", changed);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An audit value cannot be written as JSON", e);
    }
  }

  private JsonNode read(String value) {
    if (value == null) {
      return null;
    }
    try {
      return json.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored audit value is not JSON", e);
    }
  }
}
