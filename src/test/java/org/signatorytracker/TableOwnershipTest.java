package org.signatorytracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A package reads and writes only its own tables in SQL: the SQL strings and queries of each
 * package's classes (native SQL by table, JPQL by entity) are read from the sources and every table
 * they name is checked against its owner below. The revision tables belong to {@code common} and
 * any package may read them. Plain JUnit; no Quarkus starts.
 */
@Tag("unit")
class TableOwnershipTest {

  static final Path SOURCES = Path.of("src/main/java/org/signatorytracker");
  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** Every table and the package that owns it. A new table needs a line here. */
  static final Map<String, String> OWNERS =
      Map.ofEntries(
          Map.entry("revision", "common"),
          Map.entry("revision_counter", "common"),
          Map.entry("statement_change", "common"),
          Map.entry("service_lock", "common"),
          Map.entry("app_user", "security"),
          Map.entry("api_token", "security"),
          Map.entry("audit_event", "security"),
          Map.entry("page_session", "security"),
          Map.entry("state", "states"),
          Map.entry("state_alias", "states"),
          Map.entry("state_group", "states"),
          Map.entry("group_membership", "states"),
          Map.entry("statement", "statements"),
          Map.entry("statement_source", "statements"),
          Map.entry("statement_lead_state", "statements"),
          Map.entry("statement_version", "statements"),
          Map.entry("statement_issue", "statements"),
          Map.entry("statement_version_issue", "statements"),
          Map.entry("statement_stage", "statements"),
          Map.entry("side_claim", "statements"),
          Map.entry("side_claim_source", "statements"),
          Map.entry("side_claim_retraction", "statements"),
          Map.entry("statement_stage_source", "statements"),
          Map.entry("issue", "statements"),
          Map.entry("issue_side", "statements"),
          Map.entry("issue_version", "statements"),
          Map.entry("count_claim", "statements"),
          Map.entry("claim_source", "statements"),
          Map.entry("claim_retraction", "statements"),
          Map.entry("claim_review", "statements"),
          Map.entry("claim_retraction_proposal", "statements"),
          Map.entry("position_record", "positions"),
          Map.entry("position_source", "positions"),
          Map.entry("retraction", "positions"),
          Map.entry("record_review", "positions"),
          Map.entry("retraction_proposal", "positions"),
          Map.entry("data_import", "transfer"));

  /** Packages any package may read: the revision tables' owner. */
  static final Set<String> SHARED = Set.of("common");

  /**
   * Reads of another package's tables that are allowed, each with its reason ("package/File.java
   * reads table" → why). None today: where an upper package needs a lower one's rows in its own
   * query, the owner offers the SQL (see StatementsAsRecorded, CommittedRecords, PositionAudit,
   * StatementSelection, PositionExport). A line whose read is gone fails the test until removed.
   */
  static final Map<String, String> EXCEPTIONS = Map.of();

  private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  /** A table after an SQL keyword, in any case. */
  private static final Pattern AFTER_KEYWORD =
      Pattern.compile("(?i)\\b(?:from|join|into|update|exists)\\s+\\(?\\s*([a-z_]+)\\b");

  /** A table whose name has an underscore, wherever it stands (no word of prose has one). */
  private static final Pattern SNAKE_CASE = Pattern.compile("\\b([a-z]+_[a-z_]+)\\b");

  /** An entity after a JPQL keyword. */
  private static final Pattern ENTITY =
      Pattern.compile("(?i)\\b(?:from|join)\\s+(?:fetch\\s+)?([A-Z][A-Za-z]+)\\b");

  private static final Pattern TABLE_ANNOTATION =
      Pattern.compile("@Table\\(name = \"([a-z_]+)\"\\)");

  @Test
  void everyTableHasAnOwner() throws IOException {
    Set<String> created = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.toList()) {
        Matcher m = Pattern.compile("(?i)CREATE TABLE ([a-z_]+)").matcher(Files.readString(file));
        while (m.find()) {
          created.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(created);
    // an entity lives in the package that owns its table
    for (Map.Entry<String, String> entity : entityTables().entrySet()) {
      String pkg = entity.getKey().substring(0, entity.getKey().indexOf('/'));
      assertThat(OWNERS.get(entity.getValue())).as(entity.getKey()).isEqualTo(pkg);
    }
  }

  @Test
  void aPackageReadsOnlyItsOwnTablesAndTheRevisionTables() throws IOException {
    Map<String, String> tableOfEntity = new TreeMap<>();
    entityTables()
        .forEach(
            (file, table) ->
                tableOfEntity.put(
                    file.substring(file.indexOf('/') + 1).replace(".java", ""), table));
    Set<String> reads = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = SOURCES.relativize(file).toString().replace('\\', '/');
        String pkg = name.substring(0, name.indexOf('/'));
        for (String table : tablesNamed(Files.readString(file), tableOfEntity)) {
          String owner = OWNERS.get(table);
          if (!owner.equals(pkg) && !SHARED.contains(owner)) {
            reads.add(name + " reads " + table);
          }
        }
      }
    }
    List<String> unexpected = new ArrayList<>(reads);
    unexpected.removeAll(EXCEPTIONS.keySet());
    assertThat(unexpected).as("reads of another package's tables").isEmpty();
    List<String> gone = new ArrayList<>(EXCEPTIONS.keySet());
    gone.removeAll(reads);
    assertThat(gone).as("reads that are gone: remove them from EXCEPTIONS").isEmpty();
  }

  /** The tables a source file's string literals name in SQL or JPQL. */
  static Set<String> tablesNamed(String source, Map<String, String> tableOfEntity) {
    List<String> literals = new ArrayList<>();
    Matcher blocks = TEXT_BLOCK.matcher(source);
    while (blocks.find()) {
      literals.add(blocks.group(1));
    }
    Matcher plain = LITERAL.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
    while (plain.find()) {
      literals.add(plain.group(1));
    }
    Set<String> tables = new TreeSet<>();
    for (String literal : literals) {
      for (Pattern table : List.of(AFTER_KEYWORD, SNAKE_CASE)) {
        Matcher m = table.matcher(literal);
        while (m.find()) {
          if (OWNERS.containsKey(m.group(1))) {
            tables.add(m.group(1));
          }
        }
      }
      Matcher entity = ENTITY.matcher(literal);
      while (entity.find()) {
        if (tableOfEntity.containsKey(entity.group(1))) {
          tables.add(tableOfEntity.get(entity.group(1)));
        }
      }
    }
    return tables;
  }

  /** "package/Entity.java" and the table of each entity class. */
  static Map<String, String> entityTables() throws IOException {
    Map<String, String> tables = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = TABLE_ANNOTATION.matcher(Files.readString(file));
        if (m.find()) {
          tables.put(SOURCES.relativize(file).toString().replace('\\', '/'), m.group(1));
        }
      }
    }
    return tables;
  }
}
