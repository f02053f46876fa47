package org.signatorytracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint the application publishes (its own OpenAPI document) against every kind of caller.
 * The rules below say who may call what; an endpoint no rule covers fails the test, so a new
 * endpoint cannot ship without a decision about its access.
 */
@QuarkusTest
class AccessMatrixTest {

  enum Need {
    READ,
    SIGNED_IN,
    EDIT,
    ADMIN
  }

  /** Who may call what: method and path pattern, in order; the first match decides. */
  static final List<Map.Entry<Pattern, Need>> RULES =
      List.of(
          Map.entry(Pattern.compile("(GET|PUT|POST) /api/(users|audit|admin)(/.*)?"), Need.ADMIN),
          Map.entry(Pattern.compile("DELETE /api/statements/[^/]+"), Need.ADMIN),
          Map.entry(Pattern.compile("(GET|POST|DELETE) /api/tokens(/.*)?"), Need.SIGNED_IN),
          Map.entry(Pattern.compile("GET /api/reviews(/.*)?"), Need.EDIT),
          Map.entry(Pattern.compile("GET /api/.*"), Need.READ),
          Map.entry(
              Pattern.compile(
                  "(POST|PUT) /api/(statements|positions|claims|import|imports|issues|groups)"
                      + "(/.*)?"),
              Need.EDIT));

  enum Caller {
    ANONYMOUS,
    READER,
    EDITOR,
    ADMIN,
    DISABLED
  }

  static final Map<Caller, String> names = new LinkedHashMap<>();

  @BeforeEach
  void accounts() {
    if (names.isEmpty()) {
      names.put(Caller.READER, Accounts.create("reader"));
      names.put(Caller.EDITOR, Accounts.create("editor"));
      names.put(Caller.DISABLED, Accounts.disabled("editor"));
    }
  }

  record Endpoint(String method, String path, String contentType) {
    String signature() {
      return method + " " + path;
    }
  }

  @Test
  void everyEndpointAgainstEveryCaller() {
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints).hasSizeGreaterThan(15);
    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      Need need = need(endpoint);
      if (need == null) {
        failures.add(endpoint.signature() + ": no access rule says who may call it");
        continue;
      }
      for (Caller caller : Caller.values()) {
        Response response = call(endpoint, caller);
        int status = response.statusCode();
        int expected = expectedDenial(need, caller);
        if (expected != 0) {
          if (status != expected
              || !response.contentType().startsWith("application/problem+json")) {
            failures.add(
                endpoint.signature()
                    + " as "
                    + caller
                    + ": "
                    + status
                    + " instead of a "
                    + expected
                    + " problem");
          }
        } else if (status == 401 || status == 403 || status >= 500) {
          failures.add(endpoint.signature() + " as " + caller + ": refused with " + status);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /** The management interface: health and metrics, on a port of their own. */
  @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
  java.net.URL management;

  /**
   * Nothing operational is on the public port: health and metrics answer on the management port
   * only (to anyone who reaches it: the network keeps it private), the API description on the
   * public port only.
   */
  @Test
  void healthAndMetricsAreOnTheManagementPortOnly() {
    // path, status on the public port, status on the management port
    Map<String, int[]> where = new LinkedHashMap<>();
    for (String path :
        List.of(
            "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started", "/q/metrics")) {
      where.put(path, new int[] {404, 200});
    }
    where.put("/q/openapi", new int[] {200, 404});
    where.put("/q/swagger-ui/", new int[] {200, 404});
    List<String> failures = new ArrayList<>();
    for (Caller caller : Caller.values()) {
      where.forEach(
          (path, expected) -> {
            int onPublic = call(caller).get(path).statusCode();
            int onManagement =
                call(caller)
                    .baseUri(base(management))
                    .port(management.getPort())
                    .get(path)
                    .statusCode();
            if (onPublic != expected[0] || onManagement != expected[1]) {
              failures.add(
                  path + " as " + caller + ": public " + onPublic + ", management " + onManagement);
            }
          });
    }
    assertThat(failures).isEmpty();
  }

  private static String base(java.net.URL url) {
    return url.getProtocol() + "://" + url.getHost();
  }

  /** A request signed in as the caller (none for ANONYMOUS, a wrong account for DISABLED). */
  private static RequestSpecification call(Caller caller) {
    if (caller == Caller.ANONYMOUS) {
      return given().auth().none();
    }
    String name =
        caller == Caller.ADMIN ? org.signatorytracker.TestAccounts.ADMIN : names.get(caller);
    String password =
        caller == Caller.ADMIN
            ? org.signatorytracker.TestAccounts.ADMIN_PASSWORD
            : Accounts.PASSWORD;
    return given().auth().preemptive().basic(name, password);
  }

  @Test
  void aWrongPasswordIsRefusedWhereAccountsAreNeeded() {
    given()
        .auth()
        .preemptive()
        .basic(names.get(Caller.EDITOR), "not the password")
        .contentType("application/json")
        .body("{}")
        .post("/api/statements")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
  }

  /** 0 when the caller may call it; otherwise 401 (not signed in) or 403 (role too low). */
  static int expectedDenial(Need need, Caller caller) {
    return switch (caller) {
      case ANONYMOUS, DISABLED -> need == Need.READ ? 0 : 401;
      case READER -> need == Need.READ || need == Need.SIGNED_IN ? 0 : 403;
      case EDITOR -> need == Need.ADMIN ? 403 : 0;
      case ADMIN -> 0;
    };
  }

  static Need need(Endpoint endpoint) {
    for (var rule : RULES) {
      if (rule.getKey().matcher(endpoint.signature()).matches()) {
        return rule.getValue();
      }
    }
    return null;
  }

  private static Response call(Endpoint endpoint, Caller caller) {
    RequestSpecification request = call(caller);
    String path =
        endpoint
            .path()
            .replace("{key}", "no-such-statement")
            .replace("{id}", "999999999")
            .replace("{code}", "FRA")
            .replace("{issue}", "no-such-issue")
            .replace("{name}", "no-such-account");
    if (endpoint.contentType() != null) {
      // a body the endpoint will refuse: the test is about who gets in, not what is written
      String body =
          endpoint.contentType().contains("json")
              ? "{}"
              : endpoint.contentType().startsWith("multipart") ? null : "";
      if (body == null) {
        request = request.multiPart("nothing", "x");
      } else {
        request = request.contentType(endpoint.contentType()).body(body);
      }
    }
    return request.request(endpoint.method(), path + queryFor(path));
  }

  private static String queryFor(String path) {
    return path.equals("/api/compare") ? "?a=no-such-statement&b=no-such-statement" : "";
  }

  /** The application's own list of endpoints, from its OpenAPI document. */
  @SuppressWarnings("unchecked")
  static List<Endpoint> endpoints() {
    JsonPath openapi =
        given()
            .auth()
            .none()
            .accept("application/json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Map<String, Object>> paths = openapi.getMap("paths");
    List<Endpoint> endpoints = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  Map<String, Object> body =
                      (Map<String, Object>) ((Map<String, Object>) operation).get("requestBody");
                  String contentType = null;
                  if (body != null) {
                    Map<String, Object> content = (Map<String, Object>) body.get("content");
                    contentType = content.keySet().iterator().next();
                  }
                  endpoints.add(new Endpoint(method.toUpperCase(), path, contentType));
                }));
    return endpoints;
  }
}
