package org.signatorytracker.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.signatorytracker.positions.PositionChanges;
import org.signatorytracker.statements.StatementChanges;
import org.signatorytracker.transfer.ImportChanges;

/**
 * What was recorded, newest first, as the entries of a feed: one entry per revision (a record, a
 * batch of records from a pasted list, a retraction, a statement's edit, a claim, an import), in
 * the whole instance or in the scope of an issue, a statement or a state. Four queries whatever the
 * number of entries: the revisions, what each changed (counted by statement), the records of the
 * small ones by state, and the names of the statements and imports.
 */
@ApplicationScoped
public class Feeds {

  /** Entries in a feed. */
  public static final int ENTRIES = 50;

  /** A revision that changed at most this many rows names each; a larger one is counted. */
  static final int NAMED = 40;

  private static final String CHANGES =
      PositionChanges.ROWS + " UNION ALL " + StatementChanges.ROWS;

  @Inject EntityManager em;

  /** Where a feed looks: everything, or the changes one condition on the changes' rows keeps. */
  public record Scope(String condition, String parameter, Object value) {
    public static final Scope ALL = new Scope(null, null, null);

    public static Scope issue(String issue) {
      return new Scope("u.statement_id IN (" + StatementChanges.OF_ISSUE + ")", "issue", issue);
    }

    public static Scope statement(long id) {
      return new Scope("u.statement_id = :statement", "statement", id);
    }

    public static Scope state(String iso3) {
      return new Scope("u.iso3 = :iso3", "iso3", iso3);
    }
  }

  /** One change of a revision: what it did on a statement (and to which state). */
  public record Change(String change, long statementId, String iso3, String detail) {}

  /** What a revision changed on one statement: each kind of change, counted. */
  public record OnStatement(
      long statementId, String key, String title, Map<String, Long> counts, List<Change> named) {}

  /** A revision and what it changed in the scope; {@code importId} when it was an import's. */
  public record Entry(
      long revision,
      Instant at,
      String by,
      Long importId,
      String importFiles,
      boolean importRetracted,
      List<OnStatement> statements) {}

  /** The latest revisions that changed something in the scope, newest first. */
  @Transactional
  public List<Entry> latest(Scope scope) {
    String revisions =
        "SELECT rv.id, rv.number, rv.committed_at, rv.committed_by FROM revision rv"
            + " WHERE rv.number IS NOT NULL"
            + (scope.condition() == null
                ? ""
                : " AND rv.id IN (SELECT u.revision_id FROM ("
                    + CHANGES
                    + ") u WHERE "
                    + scope.condition()
                    + ")")
            + " ORDER BY rv.number DESC";
    // the whole instance looks at the latest revisions, some of which changed no record
    List<Object[]> rows =
        bind(query(revisions), scope)
            .setMaxResults(scope.condition() == null ? 4 * ENTRIES : ENTRIES)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Object[]> byId = new LinkedHashMap<>();
    rows.forEach(r -> byId.put(((Number) r[0]).longValue(), r));
    Map<Long, Map<Long, Map<String, Long>>> counts = counts(byId.keySet(), scope);
    Map<Long, List<Change>> named = named(counts, scope);
    Map<Long, String[]> statementNames = statementNames(counts);
    Map<Long, Object[]> imports = imports(byId.keySet());
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<Long, Object[]> revision : byId.entrySet()) {
      Map<Long, Map<String, Long>> changed = counts.get(revision.getKey());
      if (changed == null) {
        continue;
      }
      List<OnStatement> on = new ArrayList<>();
      changed.forEach(
          (statement, kinds) -> {
            String[] names = statementNames.getOrDefault(statement, new String[] {null, null});
            List<Change> changes =
                named.getOrDefault(revision.getKey(), List.of()).stream()
                    .filter(c -> c.statementId() == statement)
                    .toList();
            on.add(new OnStatement(statement, names[0], names[1], kinds, changes));
          });
      Object[] r = revision.getValue();
      Object[] imported = imports.get(revision.getKey());
      entries.add(
          new Entry(
              ((Number) r[1]).longValue(),
              instant(r[2]),
              (String) r[3],
              imported == null ? null : ((Number) imported[1]).longValue(),
              imported == null ? null : (String) imported[2],
              imported != null && Boolean.TRUE.equals(imported[3]),
              on));
      if (entries.size() == ENTRIES) {
        break;
      }
    }
    return entries;
  }

  /** Revision → statement → kind of change → how many, in the scope. */
  private Map<Long, Map<Long, Map<String, Long>>> counts(Collection<Long> ids, Scope scope) {
    String sql =
        "SELECT u.revision_id, u.change, u.statement_id, COUNT(*) FROM ("
            + CHANGES
            + ") u"
            + " WHERE u.revision_id IN (:ids)"
            + (scope.condition() == null ? "" : " AND " + scope.condition())
            + " GROUP BY u.revision_id, u.change, u.statement_id";
    Map<Long, Map<Long, Map<String, Long>>> counts = new HashMap<>();
    for (Object[] r : bind(query(sql), scope).setParameter("ids", ids).getResultList()) {
      counts
          .computeIfAbsent(((Number) r[0]).longValue(), k -> new LinkedHashMap<>())
          .computeIfAbsent(((Number) r[2]).longValue(), k -> new LinkedHashMap<>())
          .put((String) r[1], ((Number) r[3]).longValue());
    }
    return counts;
  }

  /** The changes of the revisions small enough to name each, in the scope. */
  private Map<Long, List<Change>> named(
      Map<Long, Map<Long, Map<String, Long>>> counts, Scope scope) {
    List<Long> small =
        counts.entrySet().stream()
            .filter(
                e ->
                    e.getValue().values().stream()
                            .flatMap(kinds -> kinds.values().stream())
                            .mapToLong(Long::longValue)
                            .sum()
                        <= NAMED)
            .map(Map.Entry::getKey)
            .toList();
    Map<Long, List<Change>> named = new HashMap<>();
    if (small.isEmpty()) {
      return named;
    }
    String sql =
        "SELECT u.revision_id, u.change, u.statement_id, u.iso3, u.detail FROM ("
            + CHANGES
            + ") u"
            + " WHERE u.revision_id IN (:ids)"
            + (scope.condition() == null ? "" : " AND " + scope.condition())
            + " ORDER BY u.revision_id, u.statement_id, u.change, u.iso3";
    for (Object[] r : bind(query(sql), scope).setParameter("ids", small).getResultList()) {
      named
          .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
          .add(
              new Change((String) r[1], ((Number) r[2]).longValue(), (String) r[3], (String) r[4]));
    }
    return named;
  }

  /** Each statement's key and title (none for a statement since deleted). */
  private Map<Long, String[]> statementNames(Map<Long, Map<Long, Map<String, Long>>> counts) {
    List<Long> ids = counts.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
    Map<Long, String[]> names = new HashMap<>();
    if (!ids.isEmpty()) {
      for (Object[] r : query(StatementChanges.NAMES).setParameter("ids", ids).getResultList()) {
        names.put(((Number) r[0]).longValue(), new String[] {(String) r[1], (String) r[2]});
      }
    }
    return names;
  }

  private Map<Long, Object[]> imports(Collection<Long> revisions) {
    Map<Long, Object[]> imports = new HashMap<>();
    for (Object[] r :
        query(ImportChanges.OF_REVISIONS).setParameter("ids", revisions).getResultList()) {
      imports.put(((Number) r[0]).longValue(), r);
    }
    return imports;
  }

  /** The number of the last revision committed: it changes with every write, so it tags a feed. */
  @Transactional
  public long lastRevision() {
    return ((Number)
            em.createNativeQuery("SELECT last_number FROM revision_counter WHERE id = 1")
                .getSingleResult())
        .longValue();
  }

  /** The id of a statement by its key, or null. */
  @Transactional
  public Long statementId(String key) {
    List<Object> ids =
        em.createNativeQuery(StatementChanges.ID_OF_KEY).setParameter("key", key).getResultList();
    return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
  }

  private static NativeQuery<Object[]> bind(NativeQuery<Object[]> query, Scope scope) {
    if (scope.parameter() != null) {
      query.setParameter(scope.parameter(), scope.value());
    }
    return query;
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("not a time: " + value);
  }

  @SuppressWarnings("unchecked")
  private NativeQuery<Object[]> query(String sql) {
    return em.createNativeQuery(sql).unwrap(NativeQuery.class);
  }
}
