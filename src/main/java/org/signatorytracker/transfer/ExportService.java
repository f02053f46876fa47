package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.CsvOutput;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.common.SourceKind;
import org.signatorytracker.common.SqlRow;
import org.signatorytracker.positions.PositionExport;
import org.signatorytracker.statements.IssueService;
import org.signatorytracker.statements.IssueView;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementSelection;
import org.signatorytracker.statements.StatementService;
import org.signatorytracker.states.GroupService;
import org.signatorytracker.states.GroupViews;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateView;
import org.signatorytracker.transfer.Columns.Column;

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
  @Inject StatementService statements;
  @Inject IssueService issues;
  @Inject GroupService groups;

  /** Statements read per query; their lead states and sources come in batches alongside. */
  private static final int STATEMENT_CHUNK = 500;

  /** Writes the statements table; returns the number of rows. Call inside a transaction. */
  long writeStatements(ExportFilter filter, OutputStream out) throws IOException {
    Map<String, Object> parameters = new HashMap<>();
    String sql =
        "SELECT x.id AS id FROM (%s) x ORDER BY x.statement_key"
            .formatted(filter.statements(parameters));
    @SuppressWarnings("unchecked")
    List<Long> ids =
        (List<Long>) (List<?>) nativeQuery(sql, parameters).addScalar("id", Long.class).list();
    CsvOutput csv = new CsvOutput(out, Columns.names(Columns.STATEMENTS));
    for (int from = 0; from < ids.size(); from += STATEMENT_CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + STATEMENT_CHUNK));
      for (Statement s : statements.withIds(chunk)) {
        List<Object> row = new ArrayList<>();
        row.addAll(
            Arrays.asList(
                s.statementKey,
                s.title,
                s.kind,
                s.forum,
                s.session,
                s.date(),
                s.issue,
                s.side,
                s.voteSides,
                s.outcome(),
                String.join(";", s.leadStates),
                null, // counts are claims, each with its own date: claims.csv holds them
                s.addressee,
                s.summary));
        row.addAll(sourceCells(s.sources));
        row.add(s.datedEarliest);
        row.add(s.datedOn);
        csv.row(row);
      }
      em.clear();
    }
    csv.flush();
    return ids.size();
  }

  /** Writes the positions table; returns the number of rows. Call inside a transaction. */
  long writePositions(ExportFilter filter, OutputStream out) throws IOException {
    Map<String, Object> parameters = new HashMap<>();
    String sql = PositionExport.records(filter.statements(parameters), filter.includeRetracted());
    NativeQuery<SqlRow> query =
        withSourceColumns(
            nativeQuery(sql, parameters)
                .addScalar("id", Long.class)
                .addScalar("statement_key", String.class)
                .addScalar("iso3", String.class)
                .addScalar("action", String.class)
                .addScalar("effective_text", String.class)
                .addScalar("effective_earliest", LocalDate.class)
                .addScalar("effective_on", LocalDate.class)
                .addScalar("reported_text", String.class)
                .addScalar("reported_earliest", LocalDate.class)
                .addScalar("reported_on", LocalDate.class)
                .addScalar("confidence", String.class)
                .addScalar("note", String.class)
                .addScalar("retraction_reason", String.class));
    return writeCiting(
        query,
        Columns.POSITIONS,
        out,
        p -> {
          String date = p.text("effective_text");
          String reported = p.text("reported_text");
          return Arrays.asList(
              p.text("statement_key"),
              p.text("iso3"),
              p.text("action"),
              date,
              reported.equals(date) ? "" : reported,
              p.text("confidence"),
              p.text("note"),
              p.text("retraction_reason"));
        },
        p ->
            Arrays.asList(
                p.date("effective_earliest"),
                p.date("effective_on"),
                p.date("reported_earliest"),
                p.date("reported_on"),
                p.instant("recorded_at"),
                p.instant("retracted_at")));
  }

  /** Writes the claims table; returns the number of rows. Call inside a transaction. */
  long writeClaims(ExportFilter filter, OutputStream out) throws IOException {
    Map<String, Object> parameters = new HashMap<>();
    String sql =
        StatementSelection.claims(filter.statements(parameters), filter.includeRetracted());
    NativeQuery<SqlRow> query =
        withSourceColumns(
            nativeQuery(sql, parameters)
                .addScalar("id", Long.class)
                .addScalar("statement_key", String.class)
                .addScalar("claimed_count", Integer.class)
                .addScalar("claimed_text", String.class)
                .addScalar("claimed_earliest", LocalDate.class)
                .addScalar("claimed_on", LocalDate.class)
                .addScalar("note", String.class)
                .addScalar("retraction_reason", String.class));
    return writeCiting(
        query,
        Columns.CLAIMS,
        out,
        c ->
            Arrays.asList(
                c.text("statement_key"),
                c.integer("claimed_count"),
                c.text("claimed_text"),
                c.text("note"),
                c.text("retraction_reason")),
        c ->
            Arrays.asList(
                c.date("claimed_earliest"),
                c.date("claimed_on"),
                c.instant("recorded_at"),
                c.instant("retracted_at")));
  }

  /**
   * Writes a table of records or claims read with their sources joined (one row per source, grouped
   * by id): each line is its own cells, its source cells, then the cells after them.
   */
  private static long writeCiting(
      NativeQuery<SqlRow> query,
      List<Column> format,
      OutputStream out,
      Function<SqlRow, List<Object>> own,
      Function<SqlRow, List<Object>> after)
      throws IOException {
    CsvOutput csv = new CsvOutput(out, Columns.names(format));
    long count = 0;
    try (Stream<SqlRow> rows = query.getResultStream()) {
      for (List<SqlRow> group : groupedById(rows.iterator())) {
        List<Object> row = new ArrayList<>(own.apply(group.get(0)));
        row.addAll(sourceCells(sourcesOf(group)));
        row.addAll(after.apply(group.get(0)));
        csv.row(row);
        count++;
      }
    }
    csv.flush();
    return count;
  }

  /** The joined source columns and the commit times every record and claim export reads. */
  private static NativeQuery<SqlRow> withSourceColumns(NativeQuery<?> query) {
    return SqlRow.of(
        query
            .addScalar("url", String.class)
            .addScalar("title", String.class)
            .addScalar("publisher", String.class)
            .addScalar("published_on", LocalDate.class)
            .addScalar("published_precision", String.class)
            .addScalar("source_kind", String.class)
            .addScalar("recorded_at", Instant.class)
            .addScalar("retracted_at", Instant.class));
  }

  /** The sources of one record, from its joined rows (none when the join found no source). */
  private static List<CitedSource> sourcesOf(List<SqlRow> group) {
    List<CitedSource> sources = new ArrayList<>();
    for (SqlRow row : group) {
      if (row.text("source_kind") == null) {
        continue;
      }
      CitedSource source = new CitedSource();
      source.url = row.text("url");
      source.title = row.text("title");
      source.publisher = row.text("publisher");
      source.publishedOn = row.date("published_on");
      source.publishedPrecision = row.enumValue("published_precision", PartialDate.Precision.class);
      source.kind = row.enumValue("source_kind", SourceKind.class);
      sources.add(source);
    }
    return sources;
  }

  /**
   * The source cells of a row, in the order of the source columns: the value of its only source, or
   * one line per source when it has several (an empty line where a source has no value).
   */
  static List<String> sourceCells(List<CitedSource> sources) {
    List<Function<CitedSource, Object>> columns =
        List.of(s -> s.url, s -> s.title, s -> s.publisher, CitedSource::published, s -> s.kind);
    List<String> cells = new ArrayList<>();
    for (Function<CitedSource, Object> column : columns) {
      List<String> lines = new ArrayList<>();
      for (CitedSource source : sources) {
        Object value = column.apply(source);
        lines.add(value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString());
      }
      cells.add(String.join("\n", lines));
    }
    return cells;
  }

  /** Writes the declared issues with their sides; returns the number of rows. */
  long writeIssues(OutputStream out) throws IOException {
    CsvOutput csv = new CsvOutput(out, Columns.names(Columns.ISSUES));
    long rows = 0;
    for (IssueView issue : issues.list()) {
      if (issue.declared()) {
        csv.row(
            Arrays.asList(
                issue.key(), issue.title(), issue.description(), String.join(";", issue.sides())));
        rows++;
      }
    }
    csv.flush();
    return rows;
  }

  /** Writes the groups; returns the number of rows. */
  long writeGroups(OutputStream out) throws IOException {
    CsvOutput csv = new CsvOutput(out, Columns.names(Columns.GROUPS));
    List<GroupViews.GroupView> all = groups.list();
    for (GroupViews.GroupView g : all) {
      csv.row(Arrays.asList(g.key(), g.name(), g.kind(), g.description(), g.sourceUrl()));
    }
    csv.flush();
    return all.size();
  }

  /** Writes every group's membership periods; returns the number of rows. */
  long writeMemberships(OutputStream out) throws IOException {
    CsvOutput csv = new CsvOutput(out, Columns.names(Columns.MEMBERSHIPS));
    List<GroupViews.MembershipRow> rows = groups.export(List.of());
    for (GroupViews.MembershipRow row : rows) {
      csv.row(row.cells());
    }
    csv.flush();
    return rows.size();
  }

  /** Writes the reference table of states; returns the number of rows. */
  long writeStates(OutputStream out) throws IOException {
    CsvOutput csv = new CsvOutput(out, Columns.names(Columns.STATES));
    List<StateView> all =
        states.all().stream().sorted(Comparator.comparing(StateView::iso3)).toList();
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

  /** Consecutive rows with the same id: one record and its joined rows. */
  private static Iterable<List<SqlRow>> groupedById(Iterator<SqlRow> rows) {
    return () ->
        new Iterator<>() {
          private SqlRow pending = rows.hasNext() ? rows.next() : null;

          @Override
          public boolean hasNext() {
            return pending != null;
          }

          @Override
          public List<SqlRow> next() {
            List<SqlRow> group = new ArrayList<>();
            Object id = pending.get("id");
            group.add(pending);
            pending = null;
            while (rows.hasNext()) {
              SqlRow row = rows.next();
              if (!row.get("id").equals(id)) {
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
