package org.signatorytracker.transfer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.positions.PositionRequest;
import org.signatorytracker.positions.Source;
import org.signatorytracker.statements.StatementKind;
import org.signatorytracker.statements.StatementRequest;

/**
 * The service's CSV exchange format (see {@code demo/}): one file of statements, one of positions.
 * Multiple values in one cell (lead states) are separated by {@code ;}, several source URLs by
 * spaces.
 */
final class CsvRows {

  static final List<String> STATEMENT_COLUMNS =
      List.of(
          "key",
          "title",
          "kind",
          "forum",
          "session",
          "date",
          "issue",
          "side",
          "lead_states",
          "reported_count",
          "addressee",
          "url",
          "summary");

  static final List<String> POSITION_COLUMNS =
      List.of(
          "statement",
          "state",
          "action",
          "date",
          "reported",
          "confidence",
          "source_url",
          "source_title",
          "note");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();

  private CsvRows() {}

  /** A positions row bound for a statement, with the spreadsheet line it came from. */
  record PositionRow(long line, String statement, PositionRequest request) {}

  record StatementRow(long line, StatementRequest request) {}

  static List<StatementRow> statements(Reader reader) throws IOException {
    List<StatementRow> rows = new ArrayList<>();
    try (CSVParser parser = FORMAT.parse(reader)) {
      for (CSVRecord r : parser) {
        rows.add(
            new StatementRow(
                r.getRecordNumber() + 1,
                new StatementRequest(
                    text(r, "key"),
                    text(r, "title"),
                    StatementKind.valueOf(text(r, "kind")),
                    text(r, "forum"),
                    text(r, "session"),
                    date(r, "date"),
                    text(r, "issue"),
                    text(r, "side"),
                    list(text(r, "lead_states"), ";"),
                    Optional.ofNullable(text(r, "reported_count"))
                        .map(Integer::valueOf)
                        .orElse(null),
                    text(r, "addressee"),
                    text(r, "summary"),
                    text(r, "url"))));
      }
    }
    return rows;
  }

  static List<PositionRow> positions(Reader reader) throws IOException {
    List<PositionRow> rows = new ArrayList<>();
    try (CSVParser parser = FORMAT.parse(reader)) {
      for (CSVRecord r : parser) {
        String confidence = text(r, "confidence");
        rows.add(
            new PositionRow(
                r.getRecordNumber() + 1,
                text(r, "statement"),
                new PositionRequest(
                    text(r, "state"),
                    PositionAction.valueOf(text(r, "action")),
                    date(r, "date"),
                    date(r, "reported"),
                    confidence == null ? null : Confidence.valueOf(confidence),
                    sources(text(r, "source_url"), text(r, "source_title")),
                    text(r, "note"))));
      }
    }
    return rows;
  }

  /** One source per URL; the title belongs to the first (or stands alone without a URL). */
  static List<Source> sources(String urls, String title) {
    List<String> each = list(urls, " ");
    if (each.isEmpty()) {
      return title == null ? List.of() : List.of(new Source(null, title, null, null));
    }
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < each.size(); i++) {
      sources.add(new Source(each.get(i), i == 0 ? title : null, null, null));
    }
    return sources;
  }

  private static List<String> list(String cell, String separator) {
    if (cell == null) {
      return List.of();
    }
    return Arrays.stream(cell.split(separator))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static PartialDate date(CSVRecord r, String column) {
    String value = text(r, column);
    return value == null ? null : PartialDate.parse(value);
  }

  private static String text(CSVRecord r, String column) {
    if (!r.isMapped(column) || !r.isSet(column)) {
      return null;
    }
    String value = r.get(column).strip();
    return value.isEmpty() ? null : value;
  }
}
