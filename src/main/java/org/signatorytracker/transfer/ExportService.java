package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;

/**
 * Writes statements, positions and states in the import format. Rows stream from the database (one
 * query per file, read with a fetch size), so an export of any size writes in constant memory.
 * Positions come in the order they were recorded, so that importing the file records them in the
 * same order and same-day records keep their precedence.
 */
@ApplicationScoped
public class ExportService {

  private static final int FETCH_SIZE = 1000;

  @Inject EntityManager em;
  @Inject StateDirectory states;

  /** Writes the statements table; returns the number of rows. Call inside a transaction. */
  long writeStatements(ExportFilter filter, OutputStream out) throws IOException {
    Map<String, Object> parameters = new HashMap<>();
    String sql =
        """
        SELECT st.id AS id, st.statement_key AS statement_key, st.title AS title, st.kind AS kind,
               st.forum AS forum, st.session_name AS session_name, st.dated_on AS dated_on,
               st.dated_precision AS dated_precision, st.issue AS issue, st.side AS side,
               st.reported_count AS reported_count, st.addressee AS addressee, st.url AS url,
               st.summary AS summary, l.iso3 AS lead
        FROM statement st LEFT JOIN statement_lead_state l ON l.statement_id = st.id
        WHERE %s
        ORDER BY st.statement_key, l.ordinal
        """
            .formatted(filter.where(parameters));
    NativeQuery<Object[]> query =
        nativeQuery(sql, parameters)
            .addScalar("id", Long.class)
            .addScalar("statement_key", String.class)
            .addScalar("title", String.class)
            .addScalar("kind", String.class)
            .addScalar("forum", String.class)
            .addScalar("session_name", String.class)
            .addScalar("dated_on", LocalDate.class)
            .addScalar("dated_precision", String.class)
            .addScalar("issue", String.class)
            .addScalar("side", String.class)
            .addScalar("reported_count", Integer.class)
            .addScalar("addressee", String.class)
            .addScalar("url", String.class)
            .addScalar("summary", String.class)
            .addScalar("lead", String.class);
    CsvOutput csv = new CsvOutput(out, Columns.names(Columns.STATEMENTS));
    long count = 0;
    try (Stream<Object[]> rows = query.getResultStream()) {
      for (List<Object[]> group : groupedById(rows.iterator())) {
        Object[] s = group.get(0);
        List<String> leads = new ArrayList<>();
        group.stream().map(r -> (String) r[14]).filter(Objects::nonNull).forEach(leads::add);
        csv.row(
            Arrays.asList(
                s[1],
                s[2],
                s[3],
                s[4],
                s[5],
                date((LocalDate) s[6], (String) s[7]),
                s[8],
                s[9],
                String.join(";", leads),
                s[10],
                s[11],
                s[12],
                s[13]));
        count++;
      }
    }
    csv.flush();
    return count;
  }

  /** Writes the positions table; returns the number of rows. Call inside a transaction. */
  long writePositions(ExportFilter filter, OutputStream out) throws IOException {
    Map<String, Object> parameters = new HashMap<>();
    String sql =
        """
        SELECT p.id AS id, st.statement_key AS statement_key, p.iso3 AS iso3, p.action AS action,
               p.effective_on AS effective_on, p.effective_precision AS effective_precision,
               p.reported_on AS reported_on, p.reported_precision AS reported_precision,
               p.confidence AS confidence, p.note AS note, r.reason AS retraction_reason,
               s.url AS url, s.title AS title, s.publisher AS publisher,
               s.published_on AS published_on, s.published_precision AS published_precision
        FROM position_record p
          JOIN statement st ON st.id = p.statement_id
          LEFT JOIN retraction r ON r.position_id = p.id
          LEFT JOIN position_source s ON s.position_id = p.id
        WHERE %s %s
        ORDER BY p.recorded_at, p.id, s.ordinal
        """
            .formatted(
                filter.where(parameters), filter.includeRetracted() ? "" : "AND r.reason IS NULL");
    NativeQuery<Object[]> query =
        nativeQuery(sql, parameters)
            .addScalar("id", Long.class)
            .addScalar("statement_key", String.class)
            .addScalar("iso3", String.class)
            .addScalar("action", String.class)
            .addScalar("effective_on", LocalDate.class)
            .addScalar("effective_precision", String.class)
            .addScalar("reported_on", LocalDate.class)
            .addScalar("reported_precision", String.class)
            .addScalar("confidence", String.class)
            .addScalar("note", String.class)
            .addScalar("retraction_reason", String.class)
            .addScalar("url", String.class)
            .addScalar("title", String.class)
            .addScalar("publisher", String.class)
            .addScalar("published_on", LocalDate.class)
            .addScalar("published_precision", String.class);
    CsvOutput csv = new CsvOutput(out, Columns.names(Columns.POSITIONS));
    long count = 0;
    try (Stream<Object[]> rows = query.getResultStream()) {
      for (List<Object[]> group : groupedById(rows.iterator())) {
        Object[] p = group.get(0);
        PartialDate date = date((LocalDate) p[4], (String) p[5]);
        PartialDate reported = date((LocalDate) p[6], (String) p[7]);
        csv.row(
            Arrays.asList(
                p[1],
                p[2],
                p[3],
                date,
                reported.equals(date) ? "" : reported,
                p[8],
                sourceCell(group, 11),
                sourceCell(group, 12),
                p[9],
                sourceCell(group, 13),
                sourceCell(group, 14),
                p[10]));
        count++;
      }
    }
    csv.flush();
    return count;
  }

  /** Writes the reference table of states; returns the number of rows. */
  long writeStates(OutputStream out) throws IOException {
    CsvOutput csv = new CsvOutput(out, Columns.names(Columns.STATES));
    List<StateView> all =
        states.all().stream().sorted(java.util.Comparator.comparing(StateView::iso3)).toList();
    for (StateView s : all) {
      csv.row(
          Arrays.asList(
              s.iso3(),
              s.iso2(),
              s.m49(),
              s.name(),
              s.officialName(),
              s.unStatus(),
              s.regionalGroup(),
              s.m49Region(),
              s.m49Subregion(),
              String.join(";", s.aliases())));
    }
    csv.flush();
    return all.size();
  }

  /**
   * One source column of a record: the value of its only source, or one line per source when it has
   * several (an empty line where a source has no value).
   */
  private static String sourceCell(List<Object[]> group, int column) {
    List<String> values = new ArrayList<>();
    for (Object[] row : group) {
      Object value = column == 14 ? date((LocalDate) row[14], (String) row[15]) : row[column];
      values.add(value == null ? "" : value.toString());
    }
    return String.join("\n", values);
  }

  private static PartialDate date(LocalDate lastDay, String precision) {
    return lastDay == null
        ? null
        : PartialDate.of(lastDay, PartialDate.Precision.valueOf(precision));
  }

  /** Consecutive rows with the same id (column 0): one record and its joined rows. */
  private static Iterable<List<Object[]>> groupedById(Iterator<Object[]> rows) {
    return () ->
        new Iterator<>() {
          private Object[] pending = rows.hasNext() ? rows.next() : null;

          @Override
          public boolean hasNext() {
            return pending != null;
          }

          @Override
          public List<Object[]> next() {
            List<Object[]> group = new ArrayList<>();
            Object id = pending[0];
            group.add(pending);
            pending = null;
            while (rows.hasNext()) {
              Object[] row = rows.next();
              if (!row[0].equals(id)) {
                pending = row;
                break;
              }
              group.add(row);
            }
            return group;
          }
        };
  }

  @SuppressWarnings("unchecked")
  private NativeQuery<Object[]> nativeQuery(String sql, Map<String, Object> parameters) {
    NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
    parameters.forEach(query::setParameter);
    query.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE);
    return query;
  }
}
