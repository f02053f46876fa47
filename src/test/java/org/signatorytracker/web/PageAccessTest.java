package org.signatorytracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestAccounts;
import org.signatorytracker.TestApi;
import org.signatorytracker.operations.DemoData;

/**
 * Every page and every form against every kind of caller: anyone reads (public-read is on in the
 * tests), editors record, retract and import, any signed-in account manages itself. A caller
 * without the role is sent to sign in (not signed in) or refused with 403 (signed in); a disabled
 * account cannot sign in and its session ends. The routes are found in the classes themselves, so
 * that a new page without a rule here fails the test.
 */
@QuarkusTest
class PageAccessTest {

  enum Who {
    ANYONE,
    SIGNED_IN,
    EDITOR
  }

  /** Who may call each route of the pages ("METHOD /path"). */
  static final Map<String, Who> RULES = new LinkedHashMap<>();

  static {
    RULES.put("GET /", Who.ANYONE);
    RULES.put("GET /statements/{key}", Who.ANYONE);
    RULES.put("GET /issues/{issue}", Who.ANYONE);
    RULES.put("GET /issues/{issue}/map", Who.ANYONE);
    RULES.put("GET /states/{code}", Who.ANYONE);
    RULES.put("GET /compare", Who.ANYONE);
    RULES.put("GET /agreement", Who.ANYONE);
    RULES.put("GET /signin", Who.ANYONE);
    RULES.put("POST /signin", Who.ANYONE);
    RULES.put("POST /signout", Who.ANYONE);
    RULES.put("GET /account", Who.SIGNED_IN);
    RULES.put("POST /account/password", Who.SIGNED_IN);
    RULES.put("POST /account/tokens", Who.SIGNED_IN);
    RULES.put("POST /account/tokens/{id}/revoke", Who.SIGNED_IN);
    RULES.put("POST /statements/{key}/positions", Who.EDITOR);
    RULES.put("POST /statements/{key}/records/{id}/retract", Who.EDITOR);
    RULES.put("POST /statements/{key}/pasted", Who.EDITOR);
    RULES.put("POST /statements/{key}/pasted/positions", Who.EDITOR);
    RULES.put("GET /reviews", Who.EDITOR);
    RULES.put("POST /reviews/positions/{id}/confirmation", Who.EDITOR);
    RULES.put("POST /reviews/positions/{id}/rejection", Who.EDITOR);
    RULES.put("GET /import", Who.EDITOR);
    RULES.put("POST /import", Who.EDITOR);
    RULES.put("POST /import/{id}/retraction", Who.EDITOR);
  }

  static final String PASSWORD = "a long test password";

  @Inject DemoData demo;

  @BeforeEach
  void demoDataIsLoaded() {
    demo.loadUnlessPresent();
  }

  @Test
  void everyPageRouteHasARule() throws IOException {
    assertThat(new TreeSet<>(RULES.keySet())).isEqualTo(new TreeSet<>(pageRoutes()));
  }

  @Test
  void everyRouteAgainstEveryCaller() {
    String reader = account("reader");
    String editor = account("editor");
    List<String> wrong = new ArrayList<>();
    RULES.forEach(
        (route, who) -> {
          check(wrong, route, null, who == Who.ANYONE);
          check(wrong, route, reader, who != Who.EDITOR);
          check(wrong, route, editor, true);
          check(wrong, route, TestAccounts.ADMIN, true);
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void aDisabledAccountCannotSignInAndItsSessionEnds() {
    String name = account("editor");
    WebPagesTest.Browser browser = new WebPagesTest.Browser();
    browser.signIn(name, PASSWORD, 303);
    browser.get("/import").then().statusCode(200);
    given()
        .contentType("application/json")
        .body(Map.of("disabled", true))
        .put("/api/users/{name}", name)
        .then()
        .statusCode(200);
    Response after = browser.get("/import");
    assertThat(after.statusCode()).isIn(303, 401);
    new WebPagesTest.Browser().signIn(name, PASSWORD, 401);
  }

  private void check(List<String> wrong, String route, String account, boolean allowed) {
    WebPagesTest.Browser browser = new WebPagesTest.Browser();
    if (account != null) {
      browser.signIn(
          account,
          account.equals(TestAccounts.ADMIN) ? TestAccounts.ADMIN_PASSWORD : PASSWORD,
          303);
    }
    String[] parts = route.split(" ", 2);
    String path =
        parts[1]
            .replace("{key}", "hrc41-2019-xinjiang-supportive")
            .replace("{issue}", "xinjiang")
            .replace("{code}", "QAT")
            .replace("{id}", "999999999");
    Response r =
        parts[0].equals("GET")
            ? browser.get(path)
            : path.equals("/import")
                ? browser.upload(path, "positions", "", "true")
                : browser.post(path, Map.of());
    boolean toSignIn =
        r.statusCode() == 303 && String.valueOf(r.getHeader("Location")).contains("/signin?then=");
    boolean refused =
        toSignIn || r.statusCode() == 401 && !path.equals("/signin") || r.statusCode() == 403;
    String caller = account == null ? "anonymous" : account;
    if (allowed && refused) {
      wrong.add(route + " as " + caller + ": refused with " + r.statusCode());
    } else if (!allowed && !refused) {
      wrong.add(route + " as " + caller + ": allowed with " + r.statusCode());
    } else if (r.statusCode() >= 500) {
      wrong.add(route + " as " + caller + ": " + r.statusCode());
    } else if (!allowed && account == null && !toSignIn) {
      wrong.add(route + " as anonymous: " + r.statusCode() + " instead of a way to sign in");
    }
  }

  private static String account(String role) {
    String name = TestApi.uniqueKey(role).replace('-', '.');
    given()
        .contentType("application/json")
        .body(Map.of("name", name, "password", PASSWORD, "role", role))
        .post("/api/users")
        .then()
        .statusCode(201);
    return name;
  }

  /** "METHOD /path" of every resource method of the pages (resources outside /api). */
  static List<String> pageRoutes() throws IOException {
    java.nio.file.Path classes = Paths.get("target/classes/org/signatorytracker/web");
    List<String> routes = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.list(classes)) {
      for (java.nio.file.Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName("org.signatorytracker.web." + name.replace(".class", ""));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        Path root = type.getAnnotation(Path.class);
        if (root == null || root.value().startsWith("/api")) {
          continue;
        }
        for (Method m : type.getDeclaredMethods()) {
          String verb =
              m.isAnnotationPresent(GET.class)
                  ? "GET"
                  : m.isAnnotationPresent(POST.class) ? "POST" : null;
          if (verb == null) {
            continue;
          }
          Path sub = m.getAnnotation(Path.class);
          String path = root.value().replaceAll("/$", "");
          if (sub != null) {
            path = path + "/" + sub.value().replaceAll("^/", "");
          }
          routes.add(verb + " " + (path.isEmpty() ? "/" : path));
        }
      }
    }
    return routes;
  }
}
