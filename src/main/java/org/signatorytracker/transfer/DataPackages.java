package org.signatorytracker.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.signatorytracker.transfer.Columns.Column;

/**
 * Citable data packages: a Frictionless Data Package (datapackage.json with a table schema per
 * file) holding states.csv, issues.csv, groups.csv, memberships.csv, statements.csv, stages.csv,
 * claims.csv and positions.csv, with a CITATION.cff and a README that records when and how it was
 * exported and the SHA-256 of every file. The same zip imports back into an empty instance and
 * gives the same answers to every report.
 */
@ApplicationScoped
public class DataPackages {

  static final String STATES = "states.csv";
  static final String STATEMENTS = "statements.csv";
  static final String CLAIMS = "claims.csv";
  static final String STAGES = "stages.csv";
  static final String SIDE_CLAIMS = "side-claims.csv";
  static final String POSITIONS = "positions.csv";
  static final String ISSUES = "issues.csv";
  static final String GROUPS = "groups.csv";
  static final String MEMBERSHIPS = "memberships.csv";

  @Inject ExportService exports;
  @Inject ReferenceExports references;
  @Inject ImportService importer;
  @Inject ObjectMapper json;
  @Inject TransferConfig config;

  /** What was written of one table: rows, bytes and digest. */
  record Written(String name, long rows, long bytes, String sha256, List<Column> columns) {}

  /** Writes the package; the database is read in one transaction, so the files agree. */
  void write(ExportFilter filter, OutputStream out) throws IOException {
    Instant exported = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    List<Written> tables = new ArrayList<>();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              try {
                tables.add(table(zip, STATES, ReferenceColumns.STATES, references::writeStates));
                tables.add(table(zip, ISSUES, ReferenceColumns.ISSUES, references::writeIssues));
                tables.add(table(zip, GROUPS, ReferenceColumns.GROUPS, references::writeGroups));
                tables.add(
                    table(
                        zip,
                        MEMBERSHIPS,
                        ReferenceColumns.MEMBERSHIPS,
                        references::writeMemberships));
                tables.add(
                    table(
                        zip,
                        STATEMENTS,
                        Columns.STATEMENTS,
                        o -> exports.writeStatements(filter, o)));
                tables.add(table(zip, STAGES, Columns.STAGES, o -> exports.writeStages(filter, o)));
                tables.add(table(zip, CLAIMS, Columns.CLAIMS, o -> exports.writeClaims(filter, o)));
                tables.add(
                    table(
                        zip, POSITIONS, Columns.POSITIONS, o -> exports.writePositions(filter, o)));
                tables.add(
                    table(
                        zip,
                        SIDE_CLAIMS,
                        Columns.SIDE_CLAIMS,
                        o -> exports.writeSideClaims(filter, o)));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    entry(zip, "datapackage.json", descriptor(filter, exported, tables));
    entry(zip, "README.md", readme(filter, exported, tables).getBytes(StandardCharsets.UTF_8));
    entry(zip, "CITATION.cff", citation(exported).getBytes(StandardCharsets.UTF_8));
    zip.finish();
    zip.flush();
  }

  private interface TableWriter {
    long write(OutputStream out) throws IOException;
  }

  private static Written table(
      ZipOutputStream zip, String name, List<Column> columns, TableWriter writer)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    MessageDigest sha256 = sha256();
    CountingDigest counted = new CountingDigest(zip, sha256);
    long rows = writer.write(counted);
    zip.closeEntry();
    return new Written(
        name, rows, counted.bytes, HexFormat.of().formatHex(sha256.digest()), columns);
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  private byte[] descriptor(ExportFilter filter, Instant exported, List<Written> tables)
      throws IOException {
    Map<String, Object> descriptor = new LinkedHashMap<>();
    descriptor.put("profile", "tabular-data-package");
    descriptor.put("name", "signatory-tracker-export");
    descriptor.put("title", config.export().title());
    descriptor.put(
        "description",
        "States' positions on letters, joint statements and votes, and the counts sources claim"
            + " for them, with their sources, exported from Signatory Tracker. Dates may be known"
            + " to the day, month or year (YYYY-MM-DD, YYYY-MM, YYYY) or as an interval"
            + " (2019-07-26/2019-10-01, ../2019-10-01); a date counts from the last day it allows,"
            + " and the columns ending in _earliest and _latest give its first and last day.");
    descriptor.put("created", exported.toString());
    descriptor.put("filters", filter.described());
    List<Map<String, Object>> resources = new ArrayList<>();
    for (Written table : tables) {
      Map<String, Object> resource = new LinkedHashMap<>();
      resource.put("name", table.name().replace(".csv", ""));
      resource.put("path", table.name());
      resource.put("profile", "tabular-data-resource");
      resource.put("format", "csv");
      resource.put("mediatype", "text/csv");
      resource.put("encoding", "utf-8");
      resource.put("bytes", table.bytes());
      resource.put("hash", "sha256:" + table.sha256());
      resource.put("dialect", Map.of("delimiter", ",", "header", true, "doubleQuote", true));
      resource.put("schema", schema(table));
      resources.add(resource);
    }
    descriptor.put("resources", resources);
    return json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(descriptor);
  }

  private static Map<String, Object> schema(Written table) {
    Map<String, Object> schema = new LinkedHashMap<>();
    List<Map<String, Object>> fields = new ArrayList<>();
    for (Column column : table.columns()) {
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", column.name());
      field.put("type", column.type());
      field.put("description", column.description());
      Map<String, Object> constraints = new LinkedHashMap<>();
      if (column.required()) {
        constraints.put("required", true);
      }
      if (column.pattern() != null) {
        constraints.put("pattern", column.pattern());
      }
      if (!column.values().isEmpty()) {
        constraints.put("enum", column.values());
      }
      if (column.type().equals("integer")) {
        constraints.put("minimum", 0);
      }
      if (!constraints.isEmpty()) {
        field.put("constraints", constraints);
      }
      fields.add(field);
    }
    schema.put("fields", fields);
    schema.put("missingValues", List.of(""));
    switch (table.name()) {
      case STATES -> schema.put("primaryKey", List.of("iso3"));
      case ISSUES -> schema.put("primaryKey", List.of("key"));
      case GROUPS -> schema.put("primaryKey", List.of("group"));
      case MEMBERSHIPS ->
          schema.put(
              "foreignKeys",
              List.of(
                  Map.of(
                      "fields", List.of("group"),
                      "reference", Map.of("resource", "groups", "fields", List.of("group"))),
                  Map.of(
                      "fields", List.of("iso3"),
                      "reference", Map.of("resource", "states", "fields", List.of("iso3")))));
      case STATEMENTS -> schema.put("primaryKey", List.of("key"));
      case SIDE_CLAIMS -> {
        // no foreign key: a claim may be about an issue only statements name, which issues.csv
        // (declared issues) leaves out
      }
      case CLAIMS, STAGES ->
          schema.put(
              "foreignKeys",
              List.of(
                  Map.of(
                      "fields", List.of("statement"),
                      "reference", Map.of("resource", "statements", "fields", List.of("key")))));
      case POSITIONS ->
          schema.put(
              "foreignKeys",
              List.of(
                  Map.of(
                      "fields", List.of("statement"),
                      "reference", Map.of("resource", "statements", "fields", List.of("key"))),
                  Map.of(
                      "fields", List.of("state"),
                      "reference", Map.of("resource", "states", "fields", List.of("iso3")))));
      default -> throw new IllegalArgumentException(table.name());
    }
    return schema;
  }

  private String readme(ExportFilter filter, Instant exported, List<Written> tables) {
    StringBuilder text = new StringBuilder();
    text.append("# ").append(config.export().title()).append("\n\n");
    text.append("Exported from Signatory Tracker on ").append(exported).append(".\n\n");
    text.append("Filters: ");
    List<String> used = new ArrayList<>();
    filter
        .described()
        .forEach((name, value) -> used.add(name + " = " + (value == null ? "(any)" : value)));
    text.append(String.join(", ", used)).append(".\n\n");
    text.append("| file | records | bytes | SHA-256 |\n|---|---:|---:|---|\n");
    for (Written table : tables) {
      text.append("| ")
          .append(table.name())
          .append(" | ")
          .append(table.rows())
          .append(" | ")
          .append(table.bytes())
          .append(" | ")
          .append(table.sha256())
          .append(" |\n");
    }
    text.append(
        """

        `datapackage.json` describes every column (Frictionless Data Package, table schemas with
        primary and foreign keys). Dates may be known to the day, month or year (YYYY-MM-DD,
        YYYY-MM, YYYY) or as an interval (2019-07-26/2019-10-01, ../2019-10-01); for counts as of
        a date, a date counts from the last day it allows, given in the column ending in _latest
        (the first day is in the one ending in _earliest). recorded_at says when each record and
        claim was committed, and retracted_at when its retraction was. A text cell that a spreadsheet could run as a formula starts with an
        apostrophe, which an import removes again.

        To load this package into an empty Signatory Tracker and get the same answers:

            curl -X POST -H 'Content-Type: application/zip' --data-binary @package.zip \\
              http://localhost:8080/api/import

        Cite it as CITATION.cff says.
        """);
    return text.toString();
  }

  private String citation(Instant exported) {
    StringBuilder cff = new StringBuilder();
    cff.append("cff-version: 1.2.0\n");
    cff.append("message: \"If you use this data, please cite it as below.\"\n");
    cff.append("type: dataset\n");
    cff.append("title: ").append(yaml(config.export().title())).append('\n');
    cff.append("version: ").append(yaml(exported.toString())).append('\n');
    cff.append("date-released: ")
        .append(exported.atOffset(ZoneOffset.UTC).toLocalDate())
        .append('\n');
    cff.append("authors:\n");
    for (String author : config.export().authors()) {
      cff.append("  - name: ").append(yaml(author)).append('\n');
    }
    cff.append("keywords:\n  - diplomacy\n  - joint statements\n  - United Nations\n");
    return cff.toString();
  }

  private static String yaml(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Passes bytes on to the zip entry while counting and hashing them; never closes the zip. */
  private static final class CountingDigest extends FilterOutputStream {
    private final MessageDigest digest;
    private long bytes;

    CountingDigest(OutputStream out, MessageDigest digest) {
      super(out);
      this.digest = digest;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      digest.update((byte) b);
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      digest.update(b, off, len);
      bytes += len;
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
