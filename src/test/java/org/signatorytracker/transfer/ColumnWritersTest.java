package org.signatorytracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.signatorytracker.common.CitedSource;
import org.signatorytracker.common.SourceKind;
import org.signatorytracker.transfer.Columns.Column;

/** Exports write each column by its name, in the format's order. Plain JUnit; no Quarkus starts. */
@Tag("unit")
class ColumnWritersTest {

  record Letter(String key, String title, List<CitedSource> sources) {}

  static final List<Column> FORMAT =
      List.of(
          Column.text("key", "Key"), Column.text("title", "Title"), Column.text("note", "Note"));

  @Test
  void aRowIsInTheFormatsOrderWhateverOrderTheWritersWereGivenIn() {
    ColumnWriters<Letter> cells =
        ColumnWriters.<Letter>of(FORMAT)
            .empty("note")
            .column("title", Letter::title)
            .column("key", Letter::key)
            .build();
    assertThat(cells.header()).containsExactly("key", "title", "note");
    assertThat(cells.row(new Letter("hrc41-supportive", "Letter of 37", List.of())))
        .containsExactly("hrc41-supportive", "Letter of 37", null);
  }

  @Test
  void aColumnWithoutAWriterOrAWriterWithoutAColumnIsRefusedAtOnce() {
    assertThatThrownBy(() -> ColumnWriters.<Letter>of(FORMAT).column("key", Letter::key).build())
        .hasMessageContaining("unwritten [note, title]");
    assertThatThrownBy(
            () ->
                ColumnWriters.<Letter>of(FORMAT)
                    .column("key", Letter::key)
                    .column("title", Letter::title)
                    .empty("note")
                    .column("summary", Letter::title)
                    .build())
        .hasMessageContaining("unknown [summary]");
  }

  @Test
  void severalSourcesAreOneLineEachInEverySourceColumn() {
    CitedSource mission = new CitedSource();
    mission.url = "https://example.org/mission";
    mission.kind = SourceKind.OFFICIAL;
    CitedSource press = new CitedSource();
    press.title = "Reuters, 19 July";
    press.kind = SourceKind.PRESS;
    press.via = "[{\"kind\":\"ANONYMOUS\"}]";
    List<Column> format =
        Columns.CLAIMS.stream().filter(c -> c.name().startsWith("source_")).toList();
    ColumnWriters<Letter> cells = ColumnWriters.<Letter>of(format).sources(Letter::sources).build();
    assertThat(cells.row(new Letter("k", "t", List.of(mission, press))))
        .containsExactly(
            "https://example.org/mission\n",
            "\nReuters, 19 July",
            "\n",
            "\n",
            "OFFICIAL\nPRESS",
            "\n[{\"kind\":\"ANONYMOUS\"}]");
  }

  @Test
  void everyExportWritesEveryColumnOfItsFormat() {
    // made when the class is loaded: a gap or a stray name would fail here
    assertThat(ExportService.STATEMENT_CELLS.header()).isEqualTo(Columns.names(Columns.STATEMENTS));
    assertThat(ExportService.POSITION_CELLS.header()).isEqualTo(Columns.names(Columns.POSITIONS));
    assertThat(ExportService.CLAIM_CELLS.header()).isEqualTo(Columns.names(Columns.CLAIMS));
    assertThat(StageTable.CELLS.header()).isEqualTo(Columns.names(Columns.STAGES));
    assertThat(ReferenceExports.ISSUE_CELLS.header())
        .isEqualTo(Columns.names(ReferenceColumns.ISSUES));
    assertThat(ReferenceExports.GROUP_CELLS.header())
        .isEqualTo(Columns.names(ReferenceColumns.GROUPS));
    assertThat(ReferenceExports.MEMBERSHIP_CELLS.header())
        .isEqualTo(Columns.names(ReferenceColumns.MEMBERSHIPS));
    assertThat(ReferenceExports.STATE_CELLS.header())
        .isEqualTo(Columns.names(ReferenceColumns.STATES));
  }

  /** The columns read, "row.get("…")"-style, by the import's readers of these files. */
  static Set<String> readBy(String... files) throws IOException {
    Set<String> read = new TreeSet<>();
    Pattern literal = Pattern.compile("\\(\"([a-z_]+)\"");
    for (String file : files) {
      Matcher m =
          literal.matcher(
              Files.readString(Path.of("src/main/java/org/signatorytracker/transfer", file)));
      while (m.find()) {
        read.add(m.group(1));
      }
    }
    return read;
  }

  @Test
  void everyColumnAnImportReadsIsInItsFormatAndEveryImportedColumnIsRead() throws IOException {
    Set<String> formats = new TreeSet<>();
    for (List<Column> format :
        List.of(Columns.STATEMENTS, Columns.POSITIONS, Columns.CLAIMS, Columns.STAGES)) {
      formats.addAll(Columns.names(format));
    }
    Set<String> read = readBy("RowReader.java");
    assertThat(formats).containsAll(read);
    read.addAll(
        readBy(
            "ImportTargets.java",
            "StatementImports.java",
            "PositionImports.java",
            "StageImports.java"));
    for (List<Column> format :
        List.of(Columns.STATEMENTS, Columns.POSITIONS, Columns.CLAIMS, Columns.STAGES)) {
      for (Column column : format) {
        boolean exportOnly =
            column.name().endsWith("_earliest")
                || column.name().endsWith("_latest")
                || column.name().endsWith("ed_at")
                || column.description().contains("read, not imported");
        if (!exportOnly) {
          assertThat(read).as("an import reads " + column.name()).contains(column.name());
        }
      }
    }
  }
}
