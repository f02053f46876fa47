package org.signatorytracker.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an API field comes from in a file: {@code leadStates[2]} is the column lead_states, {@code
 * sources[0].title} the column source_title.
 */
record FieldColumns(Map<String, String> byField) {

  static final FieldColumns STATEMENTS =
      citing(
          Map.of(
              "key", "key",
              "title", "title",
              "kind", "kind",
              "forum", "forum",
              "session", "session",
              "date", "date",
              "issue", "issue",
              "side", "side",
              "leadStates", "lead_states",
              "reportedCount", "reported_count"),
          Map.of(
              "addressee", "addressee",
              "summary", "summary",
              "notes", "notes",
              "list.status", "list_status",
              "list.note", "list_note",
              "list.source", "list_source_url",
              "list.source.published", "list_source_published",
              "list.source.kind", "list_source_kind",
              "voteSides", "vote_sides",
              "outcome", "outcome"),
          Map.of(
              "list", "list_status",
              "issues", "issues",
              "list.source.url", "list_source_url",
              "list.source.title", "list_source_title",
              "list.source.publisher", "list_source_publisher",
              "quote", "quote",
              "list.source.via", "list_source_via"));

  static final FieldColumns SIDE_CLAIMS =
      citing(
          Map.of(
              "side", "side",
              "count", "count",
              "bound", "bound",
              "countTo", "count_to",
              "on", "on",
              "quote", "quote",
              "note", "note"));

  static final FieldColumns STAGES =
      citing(Map.of("stage", "stage", "date", "date", "note", "note"));

  static final FieldColumns POSITIONS =
      citing(
          Map.of(
              "state", "state",
              "action", "action",
              "date", "date",
              "reported", "reported",
              "confidence", "confidence",
              "role", "role",
              "note", "note",
              "quote", "quote"));

  static final FieldColumns CLAIMS =
      citing(
          Map.of(
              "count", "count",
              "on", "on",
              "note", "note",
              "bound", "bound",
              "countTo", "count_to",
              "quote", "quote"));

  /** A table's own fields, and the source fields every table that cites sources has. */
  @SafeVarargs
  private static FieldColumns citing(Map<String, String>... own) {
    Map<String, String> byField = new HashMap<>();
    for (Map<String, String> fields : own) {
      byField.putAll(fields);
    }
    byField.put("sources", "source_url");
    for (String part : List.of("url", "title", "publisher", "published", "kind", "via")) {
      byField.put("sources." + part, "source_" + part);
    }
    return new FieldColumns(Map.copyOf(byField));
  }

  /** The column of a field path, or null for a field no column holds. */
  String columnOf(String field) {
    String path = field.replaceAll("\\[\\d+]", "");
    String column = byField.get(path);
    if (column == null && path.contains(".")) {
      column = byField.get(path.substring(0, path.indexOf('.')));
    }
    return column;
  }
}
