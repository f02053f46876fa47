package org.signatorytracker;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Small helpers that build test data through the public API, as a researcher would. */
public final class TestApi {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** Random per class loading: each test profile reloads this class and restarts the sequence. */
  private static final String RUN =
      Long.toString(
          java.util.concurrent.ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);

  private TestApi() {}

  /** A statement key no other test uses, still readable in a failure message. */
  public static String uniqueKey(String base) {
    return base + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
  }

  public static String createStatement(String base, String kind) {
    return createStatement(base, kind, Map.of());
  }

  /** Creates a statement with a fresh key (and any extra fields) and returns the key. */
  public static String createStatement(String base, String kind, Map<String, Object> extra) {
    String key = uniqueKey(base);
    Map<String, Object> body = new HashMap<>();
    body.put("key", key);
    body.put("title", "Test statement " + key);
    body.put("kind", kind);
    body.putAll(extra);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/statements")
        .then()
        .statusCode(201);
    return key;
  }

  public static String createLetter(String base) {
    return createStatement(base, "LETTER");
  }

  /** Records a REPORTED position with one source and returns its id. */
  public static long record(String key, String state, String action, String date) {
    return record(key, position(state, action, date));
  }

  public static long record(String key, Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static Map<String, Object> position(String state, String action, String date) {
    Map<String, Object> body = new HashMap<>();
    body.put("state", state);
    body.put("action", action);
    body.put("date", date);
    body.put("sources", List.of(Map.of("url", "https://example.org/report", "title", "Report")));
    return body;
  }

  public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(field, value);
    return copy;
  }

  /** One period of a group's membership, as PUT /api/groups/{key}/members takes it. */
  public static Map<String, Object> member(String state, String start, String end) {
    Map<String, Object> m = new HashMap<>();
    m.put("state", state);
    m.put("start", start);
    if (end != null) {
      m.put("end", end);
    }
    return m;
  }

  public static void retract(long id, String reason) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", reason))
        .when()
        .post("/api/positions/{id}/retraction", id)
        .then()
        .statusCode(201);
  }

  /** GET a report with query parameters given as name, value pairs. */
  public static JsonPath report(String path, String... params) {
    var request = given();
    for (int i = 0; i < params.length; i += 2) {
      request = request.queryParam(params[i], params[i + 1]);
    }
    return request.when().get(path).then().statusCode(200).extract().jsonPath();
  }

  public static JsonPath count(String key, String... params) {
    return report("/api/statements/" + key + "/count", params);
  }

  public static JsonPath signatories(String key, String... params) {
    return report("/api/statements/" + key + "/signatories", params);
  }

  public static List<String> signatoryCodes(String key, String... params) {
    return signatories(key, params).getList("states.iso3");
  }

  /** The statement's records as exported (positions.csv), by state's ISO3 code: column → cell. */
  public static Map<String, Map<String, String>> exportedPositions(String key) {
    Map<String, Map<String, String>> rows = new HashMap<>();
    csvRows(exportCsv("positions.csv", key)).forEach(r -> rows.put(r.get("state"), r));
    return rows;
  }

  /** Imports a CSV table ({@code statements}, {@code positions}, {@code claims}, …). */
  public static io.restassured.response.ValidatableResponse importCsv(String table, String csv) {
    return given().contentType("text/csv").body(csv).post("/api/import/" + table).then();
  }

  /** A table as exported for one statement ({@code statements.csv}, {@code claims.csv}, …). */
  public static String exportCsv(String file, String key) {
    return given()
        .queryParam("statement", key)
        .get("/api/export/" + file)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /** The rows of a CSV text, each as column → cell. */
  public static List<Map<String, String>> csvRows(String csv) {
    List<Map<String, String>> rows = new java.util.ArrayList<>();
    try (var parser =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(csv))) {
      parser.forEach(r -> rows.add(r.toMap()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return rows;
  }
}
