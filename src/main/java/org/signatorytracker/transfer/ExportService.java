package org.signatorytracker.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.CsvOutput;
import org.signatorytracker.common.SqlRow;
import org.signatorytracker.positions.PositionExport;
import org.signatorytracker.statements.IssueSide;
import org.signatorytracker.statements.SideClaimSelection;
import org.signatorytracker.statements.Statement;
import org.signatorytracker.statements.StatementSelection;
import org.signatorytracker.statements.StatementService;

/**
 * Writes statements, their stages, positions and claims in the import format (the reference tables
 * are {@link ReferenceExports}'s). Rows stream from the database (one query per file, read with a
 * fetch size), so an export of any size writes in constant memory. Positions come in the order they
 * were recorded, so that importing the file records them in the same order and same-day records
 * keep their precedence.
 */
@ApplicationScoped
public class ExportService {

  private static final int FETCH_SIZE = 1000;

  @Inject EntityManager em;
  @Inject StatementService statements;

  /** Statements read per query; their lead states and sources come in batches alongside. */
  private static final int STATEMENT_CHUNK = 500;

  /** A record or claim read with its sources joined: its first row, and its sources. */
  record Cited(SqlRow row, List<CitedSource> sources) {}

  static final ColumnWriters<Statement> STATEMENT_CELLS =
      ColumnWriters.<Statement>of(Columns.STATEMENTS)
          .column("key", s -> s.statementKey)
          .column("title", s -> s.title)
          .column("kind", s -> s.kind)
          .column("forum", s -> s.forum)
          .column("session", s -> s.session)
          .column("date", Statement::date)
          .column("issue", s -> s.issue)
          .column("side", s -> s.side)
          .column("vote_sides", s -> s.voteSides)
          .column("issues", s -> IssueSide.format(s.issueSides()))
          .column("outcome", Statement::outcome)
          .column("lead_states", s -> String.join(";", s.leadStates))
          // counts are claims, each with its own date: claims.csv holds them
          .empty("reported_count")
          .column("addressee", s -> s.addressee)
          .column("summary", s -> s.summary)
          .column("quote", s -> s.quote)
          .column("notes", s -> s.notes)
          .column("list_status", s -> s.listDeclared)
          .column("list_note", s -> s.listNote)
          .column("list_source_url", s -> s.listSource == null ? null : s.listSource.url)
          .column("list_source_title", s -> s.listSource == null ? null : s.listSource.title)
          .column(
              "list_source_publisher", s -> s.listSource == null ? null : s.listSource.publisher)
          .column(
              "list_source_published", s -> s.listSource == null ? null : s.listSource.published())
          .column("list_source_kind", s -> s.listSource == null ? null : s.listSource.kind)
          .column("list_source_via", s -> s.listSource == null ? null : s.listSource.via)
          .sources(s -> s.sources)
          .column("date_earliest", s -> s.datedEarliest)
          .column("date_latest", s -> s.datedOn)
          .build();

  static final ColumnWriters<Cited> POSITION_CELLS =
      ColumnWriters.<Cited>of(Columns.POSITIONS)
          .column("statement", p -> p.row().text("statement_key"))
          .column("state", p -> p.row().text("iso3"))
          .column("action", p -> p.row().text("action"))
          .column("date", p -> p.row().text("effective_text"))
          // empty when it is the same as date (or neither is known), as an import reads it
          .column(
              "reported",
              p ->
                  Objects.equals(p.row().text("reported_text"), p.row().text("effective_text"))
                      ? ""
                      : p.row().text("reported_text"))
          .column("confidence", p -> p.row().text("confidence"))
          // empty for a signatory, as an import reads it
          .column("role", p -> "SIGNATORY".equals(p.row().text("role")) ? "" : p.row().text("role"))
          .column("note", p -> p.row().text("note"))
          .column("quote", p -> p.row().text("quote"))
          .column("retraction_reason", p -> p.row().text("retraction_reason"))
          .column("review", p -> p.row().text("review"))
          .column("review_reason", p -> p.row().text("review_reason"))
          .sources(Cited::sources)
          .column("date_earliest", p -> p.row().date("effective_earliest"))
          .column("date_latest", p -> p.row().date("effective_on"))
          .column("reported_earliest", p -> p.row().date("reported_earliest"))
          .column("reported_latest", p -> p.row().date("reported_on"))
          .column("reviewed_by", p -> p.row().text("reviewed_by"))
          .column("recorded_at", p -> p.row().instant("recorded_at"))
          .column("retracted_at", p -> p.row().instant("retracted_at"))
          .build();

  static final ColumnWriters<Cited> CLAIM_CELLS =
      ColumnWriters.<Cited>of(Columns.CLAIMS)
          .column("statement", c -> c.row().text("statement_key"))
          .column("count", c -> c.row().integer("claimed_count"))
          .column("on", c -> c.row().text("claimed_text"))
          .column("note", c -> c.row().text("note"))
          .column("retraction_reason", c -> c.row().text("retraction_reason"))
          .column("review", c -> c.row().text("review"))
          .column("review_reason", c -> c.row().text("review_reason"))
          .sources(Cited::sources)
          .column("bound", c -> c.row().text("claimed_bound"))
          .column("count_to", c -> c.row().integer("claimed_count_to"))
          .column("quote", c -> c.row().text("quote"))
          .column("on_earliest", c -> c.row().date("claimed_earliest"))
          .column("on_latest", c -> c.row().date("claimed_on"))
          .column("reviewed_by", c -> c.row().text("reviewed_by"))
          .column("recorded_at", c -> c.row().instant("recorded_at"))
          .column("retracted_at", c -> c.row().instant("retracted_at"))
          .build();

  /** Writes the statements table; returns the number of rows. Call inside a transaction. */
  long writeStatements(ExportFilter filter, OutputStream out) throws IOException {
    return eachStatement(
        filter,
        out,
        STATEMENT_CELLS.header(),
        (s, csv) -> {
          csv.row(STATEMENT_CELLS.row(s));
          return 1;
        });
  }

  /** Writes the stages table; returns the number of rows. Call inside a transaction. */
  long writeStages(ExportFilter filter, OutputStream out) throws IOException {
    return eachStatement(filter, out, StageTable.CELLS.header(), StageTable::write);
  }

  /** What is written of one statement; returns the number of rows. */
  private interface StatementRows {
    long write(Statement statement, CsvOutput csv) throws IOException;
  }

  /** Writes a table of the statements the filter selects, by key, a chunk of them at a time. */
  private long eachStatement(
      ExportFilter filter, OutputStream out, List<String> header, StatementRows rows)
      throws IOException {
    Map<String, Object> parameters = new HashMap<>();
    String sql =
        "SELECT x.id AS id FROM (%s) x ORDER BY x.statement_key"
            .formatted(filter.statements(parameters));
    @SuppressWarnings("unchecked")
    List<Long> ids =
        (List<Long>) (List<?>) nativeQuery(sql, parameters).addScalar("id", Long.class).list();
    CsvOutput csv = new CsvOutput(out, header);
    long written = 0;
    for (int from = 0; from < ids.size(); from += STATEMENT_CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + STATEMENT_CHUNK));
      for (Statement s : statements.withIds(chunk)) {
        written += rows.write(s, csv);
      }
      em.clear();
    }
    csv.flush();
    return written;
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
                .addScalar("role", String.class)
                .addScalar("effective_text", String.class)
                .addScalar("effective_earliest", LocalDate.class)
                .addScalar("effective_on", LocalDate.class)
                .addScalar("reported_text", String.class)
                .addScalar("reported_earliest", LocalDate.class)
                .addScalar("reported_on", LocalDate.class)
                .addScalar("confidence", String.class)
                .addScalar("note", String.class)
                .addScalar("quote", String.class)
                .addScalar("retraction_reason", String.class)
                .addScalar("review", String.class)
                .addScalar("reviewed_by", String.class)
                .addScalar("review_reason", String.class));
    return writeCiting(query, POSITION_CELLS, out);
  }

  static final ColumnWriters<Cited> SIDE_CLAIM_CELLS =
      ColumnWriters.<Cited>of(Columns.SIDE_CLAIMS)
          .column("issue", c -> c.row().text("issue"))
          .column("side", c -> c.row().text("side"))
          .column("count", c -> c.row().integer("claimed_count"))
          .column("bound", c -> c.row().text("claimed_bound"))
          .column("count_to", c -> c.row().integer("claimed_count_to"))
          .column("on", c -> c.row().text("claimed_text"))
          .column("quote", c -> c.row().text("quote"))
          .column("note", c -> c.row().text("note"))
          .column("retraction_reason", c -> c.row().text("retraction_reason"))
          .sources(Cited::sources)
          .column("on_earliest", c -> c.row().date("claimed_earliest"))
          .column("on_latest", c -> c.row().date("claimed_on"))
          .column("recorded_at", c -> c.row().instant("recorded_at"))
          .column("retracted_at", c -> c.row().instant("retracted_at"))
          .build();

  /**
   * Writes the table of claims about issues' sides: those of the filter's issue, or of the issues
   * its statements stand in, or all of them when it selects every statement.
   */
  long writeSideClaims(ExportFilter filter, OutputStream out) throws IOException {
    Map<String, Object> parameters = new HashMap<>();
    String issues = SideClaimSelection.ALL;
    if (filter.issue() != null) {
      issues = SideClaimSelection.OF_ISSUE;
      parameters.put("issue", filter.issue().strip().toLowerCase(java.util.Locale.ROOT));
    } else if (!filter.everything()) {
      issues = SideClaimSelection.ofIssuesOf(filter.statements(parameters));
    }
    NativeQuery<SqlRow> query =
        withSourceColumns(
            nativeQuery(SideClaimSelection.claims(issues, filter.includeRetracted()), parameters)
                .addScalar("id", Long.class)
                .addScalar("issue", String.class)
                .addScalar("side", String.class)
                .addScalar("claimed_count", Integer.class)
                .addScalar("claimed_bound", String.class)
                .addScalar("claimed_count_to", Integer.class)
                .addScalar("claimed_text", String.class)
                .addScalar("claimed_earliest", LocalDate.class)
                .addScalar("claimed_on", LocalDate.class)
                .addScalar("quote", String.class)
                .addScalar("note", String.class)
                .addScalar("retraction_reason", String.class));
    return writeCiting(query, SIDE_CLAIM_CELLS, out);
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
                .addScalar("claimed_bound", String.class)
                .addScalar("claimed_count_to", Integer.class)
                .addScalar("quote", String.class)
                .addScalar("retraction_reason", String.class)
                .addScalar("review", String.class)
                .addScalar("reviewed_by", String.class)
                .addScalar("review_reason", String.class));
    return writeCiting(query, CLAIM_CELLS, out);
  }

  /**
   * Writes a table of records or claims read with their sources joined (one row per source, grouped
   * by id): one line per record or claim.
   */
  private static long writeCiting(
      NativeQuery<SqlRow> query, ColumnWriters<Cited> cells, OutputStream out) throws IOException {
    CsvOutput csv = new CsvOutput(out, cells.header());
    long count = 0;
    try (Stream<SqlRow> rows = query.getResultStream()) {
      for (List<SqlRow> group : groupedById(rows.iterator())) {
        csv.row(cells.row(new Cited(group.get(0), CitedSource.fromRows(group))));
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
            .addScalar("via", String.class)
            .addScalar("recorded_at", Instant.class)
            .addScalar("retracted_at", Instant.class));
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
