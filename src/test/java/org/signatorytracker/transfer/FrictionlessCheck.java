package org.signatorytracker.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a tabular data package against its own descriptor, as the Frictionless validator would for
 * what this project's packages use: each file's bytes and SHA-256, its header against the schema's
 * fields, every cell against its field's type and constraints (required, pattern, enum, minimum),
 * primary keys unique, and foreign keys pointing at existing rows. Returns the problems.
 */
final class FrictionlessCheck {

  private FrictionlessCheck() {}

  static List<String> problems(Map<String, byte[]> files) throws IOException {
    List<String> problems = new ArrayList<>();
    JsonNode descriptor = new ObjectMapper().readTree(files.get("datapackage.json"));
    if (!"tabular-data-package".equals(descriptor.path("profile").asText())) {
      problems.add("profile is not tabular-data-package");
    }
    Map<String, List<CSVRecord>> tables = new HashMap<>();
    Map<String, JsonNode> schemas = new HashMap<>();
    for (JsonNode resource : descriptor.path("resources")) {
      String name = resource.path("name").asText();
      byte[] bytes = files.get(resource.path("path").asText());
      if (bytes == null) {
        problems.add(name + ": file " + resource.path("path").asText() + " is missing");
        continue;
      }
      if (resource.path("bytes").asLong() != bytes.length) {
        problems.add(name + ": bytes differ");
      }
      if (!resource.path("hash").asText().equals("sha256:" + sha256(bytes))) {
        problems.add(name + ": hash differs");
      }
      JsonNode schema = resource.path("schema");
      schemas.put(name, schema);
      var parser =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
      List<String> expected = new ArrayList<>();
      schema.path("fields").forEach(f -> expected.add(f.path("name").asText()));
      if (!parser.getHeaderNames().equals(expected)) {
        problems.add(name + ": header " + parser.getHeaderNames() + " is not " + expected);
      }
      List<CSVRecord> rows = parser.getRecords();
      tables.put(name, rows);
      for (CSVRecord row : rows) {
        for (JsonNode field : schema.path("fields")) {
          check(name, row, field, problems);
        }
      }
      JsonNode primaryKey = schema.path("primaryKey");
      if (!primaryKey.isMissingNode()) {
        Set<List<String>> seen = new HashSet<>();
        for (CSVRecord row : rows) {
          if (!seen.add(values(row, primaryKey))) {
            problems.add(name + " line " + (row.getRecordNumber() + 1) + ": primary key repeats");
          }
        }
      }
    }
    for (var entry : schemas.entrySet()) {
      for (JsonNode foreignKey : entry.getValue().path("foreignKeys")) {
        String target = foreignKey.path("reference").path("resource").asText();
        Set<List<String>> keys = new HashSet<>();
        for (CSVRecord row : tables.getOrDefault(target, List.of())) {
          keys.add(values(row, foreignKey.path("reference").path("fields")));
        }
        for (CSVRecord row : tables.get(entry.getKey())) {
          if (!keys.contains(values(row, foreignKey.path("fields")))) {
            problems.add(
                entry.getKey()
                    + " line "
                    + (row.getRecordNumber() + 1)
                    + ": "
                    + values(row, foreignKey.path("fields"))
                    + " is not in "
                    + target);
          }
        }
      }
    }
    return problems;
  }

  private static void check(String table, CSVRecord row, JsonNode field, List<String> problems) {
    String name = field.path("name").asText();
    String value = row.get(name);
    String where = table + " line " + (row.getRecordNumber() + 1) + " " + name + ": ";
    JsonNode constraints = field.path("constraints");
    if (value.isEmpty()) {
      if (constraints.path("required").asBoolean(false)) {
        problems.add(where + "required");
      }
      return;
    }
    if (field.path("type").asText().equals("integer")) {
      try {
        long number = Long.parseLong(value);
        if (constraints.has("minimum") && number < constraints.path("minimum").asLong()) {
          problems.add(where + "below minimum");
        }
      } catch (NumberFormatException e) {
        problems.add(where + "not an integer");
      }
    }
    if (constraints.has("pattern")
        && !Pattern.matches(constraints.path("pattern").asText(), value)) {
      problems.add(where + "'" + value + "' does not match the pattern");
    }
    if (constraints.has("enum")) {
      Set<String> allowed = new HashSet<>();
      constraints.path("enum").forEach(v -> allowed.add(v.asText()));
      if (!allowed.contains(value)) {
        problems.add(where + "'" + value + "' is not allowed");
      }
    }
  }

  private static List<String> values(CSVRecord row, JsonNode fields) {
    List<String> values = new ArrayList<>();
    fields.forEach(f -> values.add(row.get(f.asText())));
    return values;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
