package org.signatorytracker.transfer;

import java.util.Map;

/**
 * Where an API field comes from in a file: {@code leadStates[2]} is the column lead_states, {@code
 * sources[0].title} the column source_title.
 */
record FieldColumns(Map<String, String> byField) {

  static final FieldColumns STATEMENTS =
      new FieldColumns(
          Map.ofEntries(
              Map.entry("key", "key"),
              Map.entry("title", "title"),
              Map.entry("kind", "kind"),
              Map.entry("forum", "forum"),
              Map.entry("session", "session"),
              Map.entry("date", "date"),
              Map.entry("issue", "issue"),
              Map.entry("side", "side"),
              Map.entry("leadStates", "lead_states"),
              Map.entry("reportedCount", "reported_count"),
              Map.entry("addressee", "addressee"),
              Map.entry("summary", "summary"),
              Map.entry("sources", "source_url"),
              Map.entry("sources.url", "source_url"),
              Map.entry("sources.title", "source_title"),
              Map.entry("sources.publisher", "source_publisher"),
              Map.entry("sources.published", "source_published"),
              Map.entry("sources.kind", "source_kind")));

  static final FieldColumns POSITIONS =
      new FieldColumns(
          Map.ofEntries(
              Map.entry("state", "state"),
              Map.entry("action", "action"),
              Map.entry("date", "date"),
              Map.entry("reported", "reported"),
              Map.entry("confidence", "confidence"),
              Map.entry("sources", "source_url"),
              Map.entry("sources.url", "source_url"),
              Map.entry("sources.title", "source_title"),
              Map.entry("sources.publisher", "source_publisher"),
              Map.entry("sources.published", "source_published"),
              Map.entry("sources.kind", "source_kind"),
              Map.entry("note", "note")));

  static final FieldColumns CLAIMS =
      new FieldColumns(
          Map.ofEntries(
              Map.entry("count", "count"),
              Map.entry("on", "on"),
              Map.entry("sources", "source_url"),
              Map.entry("sources.url", "source_url"),
              Map.entry("sources.title", "source_title"),
              Map.entry("sources.publisher", "source_publisher"),
              Map.entry("sources.published", "source_published"),
              Map.entry("sources.kind", "source_kind"),
              Map.entry("note", "note")));

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
