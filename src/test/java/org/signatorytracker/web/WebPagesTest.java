package org.signatorytracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestAccounts;
import org.signatorytracker.TestApi;
import org.signatorytracker.operations.DemoData;

/**
 * The pages, read as a browser without JavaScript reads them: they show what the API answers, their
 * errors are pages, their forms need this browser's CSRF token and an editor's session, and the API
 * never takes that session.
 */
@QuarkusTest
class WebPagesTest {

  static final String SUPPORTIVE = "hrc41-2019-xinjiang-supportive";

  @Inject DemoData demo;

  @BeforeEach
  void demoDataIsLoaded() {
    demo.loadUnlessPresent();
  }

  @Test
  void homePageShowsIssuesLatestRecordsAndFindsStatesByAnyName() {
    String html =
        page("/?q=North Korea")
            .then()
            .statusCode(200)
            .contentType(containsString("text/html"))
            .extract()
            .asString();
    assertThat(html).contains("Who stands where", "Latest records", "/states/PRK");
    assertThat(page("/?q=xinjiang").asString()).contains("/statements/" + SUPPORTIVE);
  }

  @Test
  void theHomePageShowsTheIssuesWithTheLatestActivityFirstAPageAtATime() {
    List<String> keys = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String key = TestApi.uniqueKey("activity");
      given()
          .contentType("application/json")
          .body(Map.of("title", "Activity " + i, "sides", List.of("for", "against")))
          .put("/api/issues/" + key)
          .then()
          .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
      keys.add(key);
    }
    // the first issue declared gets a letter and a record: it is the latest activity now
    String letter =
        TestApi.createStatement(
            "activity-letter", "LETTER", Map.of("issue", keys.get(0), "side", "for"));
    TestApi.record(letter, "Cuba", "SIGNED", "2022-06-14");

    String first = page("/").then().statusCode(200).extract().asString();
    List<String> shown = issueLinks(first);
    assertThat(shown)
        .containsExactly(
            keys.get(0),
            keys.get(11),
            keys.get(10),
            keys.get(9),
            keys.get(8),
            keys.get(7),
            keys.get(6),
            keys.get(5),
            keys.get(4),
            keys.get(3));
    assertThat(first).contains("href=\"/?page=1#issues\"", "Older activity");
    assertThat(first).doesNotContain("Newer activity");
    String row = first.substring(first.indexOf("/issues/" + keys.get(0) + "\""));
    row = row.substring(0, row.indexOf("</tr>"));
    assertThat(row)
        .contains("for: <strong>1</strong>", "against: <strong>0</strong>")
        .contains(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());

    List<String> next = issueLinks(page("/?page=1").then().statusCode(200).extract().asString());
    assertThat(next).startsWith(keys.get(2), keys.get(1)).hasSizeLessThanOrEqualTo(10);
    page("/?page=-1").then().statusCode(400);
  }

  private static List<String> issueLinks(String html) {
    String issues = html.substring(html.indexOf("id=\"issues\""), html.indexOf("id=\"latest\""));
    Matcher m = Pattern.compile("<th scope=\"row\"><a href=\"/issues/([^\"]+)\">").matcher(issues);
    List<String> keys = new java.util.ArrayList<>();
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  @Test
  void statementPageCountsAsTheApiDoes() {
    for (String query : new String[] {"asOf=2019-08-01", "asOf=2019-08-01&knownBy=2019-08-01"}) {
      int api =
          given()
              .get("/api/statements/" + SUPPORTIVE + "/count?" + query)
              .then()
              .statusCode(200)
              .extract()
              .path("counts.SIGNED");
      String html =
          page("/statements/" + SUPPORTIVE + "?" + query)
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertThat(shown(html, "signatory-count")).isEqualTo(String.valueOf(api));
      assertThat(html).contains("Qatar", "Every record", "map.svg?" + query.replace("&", "&amp;"));
    }
    String html =
        page("/statements/" + SUPPORTIVE + "?asOf=2019-08-01&knownBy=2019-08-01").asString();
    assertThat(shown(html, "signatory-count")).isEqualTo("50");
    assertThat(shown(html, "reported-count")).isEqualTo("37");
  }

  @Test
  void issuePageShowsTheBalanceTheMapSliderAndSwitchers() {
    String html =
        page("/issues/xinjiang?asOf=2019-09-01&from=2019-07-15")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(shown(html, "balance-supportive")).isEqualTo("50");
    assertThat(shown(html, "balance-critical")).isEqualTo("22");
    assertThat(html).contains("/api/issues/xinjiang/map.svg?asOf=", "id=\"step\"", "Qatar");
    String frame = page("/issues/xinjiang/map?step=0").then().statusCode(200).extract().asString();
    assertThat(frame).contains("<img", "map.svg?asOf=2019-07-");
  }

  @Test
  void theSlidersStepsFollowEveryNewRecord() {
    String issue = TestApi.uniqueKey("web-slider");
    String letter =
        TestApi.createStatement(
            "web-slider-letter",
            "LETTER",
            Map.of("issue", issue, "side", "for", "date", "2021-03-01"));
    TestApi.record(letter, "Cuba", "SIGNED", "2021-03-01");
    TestApi.record(letter, "Chad", "SIGNED", "2021-04-01");
    assertThat(page("/issues/" + issue + "/map?step=1").asString())
        .contains("map.svg?asOf=2021-04-01");
    // a new change of the balance is a new stop at once (the kept stops are per version)
    TestApi.record(letter, "Peru", "SIGNED", "2021-05-01");
    assertThat(page("/issues/" + issue + "/map?step=2").asString())
        .contains("map.svg?asOf=2021-05-01");
    assertThat(page("/issues/" + issue + "/map").asString()).contains("map.svg?asOf=2021-05-01");
  }

  @Test
  void statePageShowsItsSideAndEveryStatementWithSources() {
    String html = page("/states/qatar?asOf=2019-09-01").then().statusCode(200).extract().asString();
    assertThat(html)
        .contains("Qatar", "Withdrew", "hrc41-2019-xinjiang-supportive", "xinjiang")
        .doesNotContain(">WITHDREW<", ">OTHER<");
    page("/states/atlantis").then().statusCode(404).contentType(containsString("text/html"));
  }

  @Test
  void comparePageListsBothOnlyAAndOnlyBAndFindsSets() {
    String html =
        page("/compare?a=hrc41-2019-xinjiang-critical&b=" + SUPPORTIVE + "&asOf=2019-09-01")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("On both (0)", "Only on A (22)", "Only on B (50)", "/api/compare/map.svg?");
    String found =
        page("/compare?any=hrc41-2019-xinjiang-critical," + SUPPORTIVE + "&asOf=2019-09-01")
            .asString();
    assertThat(found).contains("72 states on any of", "/api/query/map.svg?");
    // one field per statement, and one more: the same search from repeated fields
    assertThat(found)
        .contains("id=\"any-0\" name=\"any\" value=\"hrc41-2019-xinjiang-critical\"")
        .contains("id=\"any-1\" name=\"any\" value=\"" + SUPPORTIVE + "\"")
        .contains("id=\"any-2\" name=\"any\" value=\"\"");
    assertThat(
            page("/compare?any=hrc41-2019-xinjiang-critical&any=&any="
                    + SUPPORTIVE
                    + "&asOf=2019-09-01")
                .asString())
        .contains("72 states on any of");
    assertThat(
            ChartsTest.texts(
                ChartsTest.svg(
                    "/api/compare/map.svg?a=hrc41-2019-xinjiang-critical&b="
                        + SUPPORTIVE
                        + "&asOf=2019-09-01")))
        .contains(
            "On both: 0",
            "Only on hrc41-2019-xinjiang-critical: 22",
            "Only on " + SUPPORTIVE + ": 50");
  }

  @Test
  void agreementPageShowsTheMatrixAndItsHeatMap() {
    String html =
        page("/agreement?issue=xinjiang&states=Cuba,France")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("agreement-matrix", "/api/agreement/heatmap.svg?issue=xinjiang");
    assertThat(page("/agreement").asString()).contains("How often states stood together");
  }

  @Test
  void aVotesPageShowsItsResultAndAResultBarByGroupInsteadOfATimeline() {
    String vote =
        TestApi.createStatement(
            "web-vote",
            "VOTE",
            Map.of(
                "date", "2022-10-06", "outcome", Map.of("result", "REJECTED", "on", "2022-10-06")));
    TestApi.record(vote, "France", "YES", "2022-10-06");
    TestApi.record(vote, "Germany", "YES", "2022-10-06");
    TestApi.record(vote, "China", "NO", "2022-10-06");
    TestApi.record(vote, "India", "ABSTAIN", "2022-10-06");
    String html = page("/statements/" + vote + "?asOf=2022-10-06").asString();
    assertThat(html)
        .contains("id=\"outcome\">REJECTED on 2022-10-06")
        .contains("id=\"result-bars\"")
        .contains("aria-label=\"All states: Yes 2, No 1, Abstained 1, Not voting 0\"")
        .contains("<th scope=\"col\" class=\"num\">Not voting</th>")
        .doesNotContain(">NOT_VOTING<")
        .contains("style=\"width: 50.0%\"")
        .doesNotContain("Support over time");
    // a letter keeps its timeline
    assertThat(page("/statements/hrc41-2019-xinjiang-supportive").asString())
        .contains("Support over time")
        .doesNotContain("id=\"result-bars\"");
  }

  @Test
  void aStatementInSeveralIssuesShowsEachWithItsSide() {
    String first = TestApi.uniqueKey("web-first");
    String second = TestApi.uniqueKey("web-second");
    String letter =
        TestApi.createStatement(
            "web-two-issues",
            "JOINT_STATEMENT",
            Map.of(
                "date",
                "2020-10-06",
                "issues",
                List.of(
                    Map.of("issue", first, "side", "critical"),
                    Map.of("issue", second, "side", "concerned"))));
    String html = page("/statements/" + letter).asString();
    assertThat(html)
        .contains("issue <a href=\"/issues/" + first + "\">" + first + "</a>")
        .contains("issue <a href=\"/issues/" + second + "\">" + second + "</a>")
        .contains("<a href=\"/issues/" + second + "\">" + second + "</a>: concerned");
  }

  @Test
  void anEditorChecksAnImportSeesItsProblemsByLineThenImportsIt() {
    String key = TestApi.createLetter("web-import");
    Browser browser = new Browser();
    browser.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD, 303);
    browser.get("/import").then().statusCode(200);
    String bad =
        "statement,state,action,date,source_title\n"
            + key
            + ",Cuba,SIGNED,2022-06-14,Text as read out\n"
            + key
            + ",Atlantis,SIGNED,2022-06-14,Text as read out\n";
    String report =
        browser
            .upload("/import", "positions", bad, "true")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(report).contains("1 problems", "Atlantis", "<td class=\"num\">3");
    String good = bad.replace("Atlantis", "Algeria");
    String checked =
        browser
            .upload("/import", "positions", good, "true")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(checked).contains("is ready to import");
    given()
        .get("/api/statements/" + key + "/count")
        .then()
        .body("named", org.hamcrest.Matchers.equalTo(0));
    browser.upload("/import", "positions", good, "false").then().statusCode(200);
    given()
        .get("/api/statements/" + key + "/count")
        .then()
        .body("counts.SIGNED", org.hamcrest.Matchers.equalTo(2));

    // the import is listed, and its author undoes it from the page
    String listed = browser.get("/import").then().statusCode(200).extract().asString();
    java.util.regex.Matcher form =
        java.util.regex.Pattern.compile("action=\"/import/(\\d+)/retraction\"").matcher(listed);
    assertThat(form.find()).isTrue();
    browser
        .post("/import/" + form.group(1) + "/retraction", Map.of("reason", "Wrong letter"))
        .then()
        .statusCode(303);
    given()
        .get("/api/statements/" + key + "/count")
        .then()
        .body("named", org.hamcrest.Matchers.equalTo(0));
    assertThat(browser.get("/import?retracted=" + form.group(1)).then().extract().asString())
        .contains("is retracted", "retracted: Wrong letter");
  }

  @Test
  void anAccountChangesItsPasswordAndMakesAndRevokesATokenFromItsPage() {
    String name = TestApi.uniqueKey("page-user").replace('-', '.');
    given()
        .contentType("application/json")
        .body(Map.of("name", name, "password", "first long password", "role", "reader"))
        .post("/api/users")
        .then()
        .statusCode(201);
    Browser browser = new Browser();
    browser.signIn(name, "first long password", 303);
    browser.get("/account").then().statusCode(200);
    browser
        .post(
            "/account/password",
            Map.of(
                "current",
                "wrong",
                "password",
                "second long password",
                "repeated",
                "second long password"))
        .then()
        .statusCode(400);
    browser
        .post(
            "/account/password",
            Map.of(
                "current", "first long password",
                "password", "second long password",
                "repeated", "second long password"))
        .then()
        .statusCode(200);
    given()
        .auth()
        .preemptive()
        .basic(name, "second long password")
        .get("/api/tokens")
        .then()
        .statusCode(200);
    String created =
        browser
            .post("/account/tokens", Map.of("name", "nightly"))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String token = shown(created, "new-token");
    given()
        .auth()
        .none()
        .header("Authorization", "Bearer " + token)
        .get("/api/tokens")
        .then()
        .statusCode(200);
    Matcher revoke = Pattern.compile("/account/tokens/(\\d+)/revoke").matcher(created);
    assertThat(revoke.find()).isTrue();
    browser.post("/account/tokens/" + revoke.group(1) + "/revoke", Map.of()).then().statusCode(303);
    given()
        .auth()
        .none()
        .header("Authorization", "Bearer " + token)
        .get("/api/tokens")
        .then()
        .statusCode(401);
    // a reader may not import
    browser.get("/import").then().statusCode(403).contentType(containsString("text/html"));
  }

  @io.quarkus.test.common.http.TestHTTPResource("/")
  java.net.URL base;

  /** The import page takes uploads up to the import API's limit, not the 1 MB of a JSON body. */
  @Test
  void theImportPageHasTheImportApisUploadLimit() throws Exception {
    assertThat(rawPost("/import", 600L * 1024 * 1024))
        .startsWith("HTTP/1.1 413")
        .contains("tracker.import.max-upload-size");
    // 2 MB is over a JSON body's limit but within an upload's: it reaches the page (and its
    // sign-in)
    assertThat(rawPost("/import", 2L * 1024 * 1024))
        .startsWith("HTTP/1.1 ")
        .doesNotStartWith("HTTP/1.1 413");
  }

  private String rawPost(String path, long length) throws Exception {
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      String request =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
              + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: "
              + length
              + "\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      if (length < 10L * 1024 * 1024) {
        socket.getOutputStream().write(new byte[(int) length]);
      }
      socket.getOutputStream().flush();
      // the answer, up to the end of the connection (the service closes it) or 64 KB
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; answer.size() < 65536 && (n = socket.getInputStream().read(buffer)) > 0; ) {
          answer.write(buffer, 0, n);
        }
      } catch (java.io.IOException reset) {
        // the service dropped the connection after its answer
      }
      return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aLongHistoryIsPaged() {
    String key = TestApi.createLetter("web-long-history");
    List<String> codes = given().get("/api/states?size=120").then().extract().path("items.iso3");
    StringBuilder csv = new StringBuilder("statement,state,action,date,source_title\n");
    for (String code : codes.subList(0, 101)) {
      csv.append(key).append(',').append(code).append(",SIGNED,2022-06-14,Text\n");
      csv.append(key).append(',').append(code).append(",WITHDREW,2022-07-14,Text\n");
    }
    given()
        .contentType("text/csv")
        .body(csv.toString())
        .post("/api/import/positions")
        .then()
        .statusCode(200);
    String first = page("/statements/" + key).then().statusCode(200).extract().asString();
    assertThat(first).contains("202 records", "Page 1 of 2", "?page=1#history");
    String second =
        page("/statements/" + key + "?page=1").then().statusCode(200).extract().asString();
    assertThat(second).contains("Page 2 of 2", "aria-current=\"page\">2<");
  }

  @Test
  void thePageCarriesAnEtagAndAnswers304WhileNothingChanged() {
    Response first = page("/statements/" + SUPPORTIVE + "?asOf=2019-08-01");
    String tag = first.getHeader("ETag");
    assertThat(tag).isNotBlank();
    given()
        .auth()
        .none()
        .header("If-None-Match", tag)
        .cookies(first.getCookies())
        .get("/statements/" + SUPPORTIVE + "?asOf=2019-08-01")
        .then()
        .statusCode(304);
  }

  @Test
  void errorsOnPagesArePagesAndOnTheApiProblems() {
    page("/no-such-page")
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"))
        .body(containsString("Not Found"));
    page("/statements/no-such-statement")
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"))
        .body(containsString("no-such-statement"));
    page("/statements/" + SUPPORTIVE + "?asOf=someday")
        .then()
        .statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("asOf"));
    given()
        .auth()
        .none()
        .get("/api/statements/no-such-statement")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"));
  }

  @Test
  void anEditorSignsInRecordsAPositionSeesItAndSignsOut() {
    String key = TestApi.createLetter("web-form");
    Browser browser = new Browser();
    browser.signIn(TestAccounts.ADMIN, "wrong password", 401);
    browser.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD, 303);

    String form = browser.get("/statements/" + key).asString();
    assertThat(form).contains("Record a position");
    browser
        .post(
            "/statements/" + key + "/positions",
            Map.of(
                "state", "north korea",
                "action", "SIGNED",
                "date", "2022-06",
                "sourceTitle", "Diplomats quoted by a news agency",
                "sourceKind", "ANONYMOUS"))
        .then()
        .statusCode(303);
    String after = browser.get("/statements/" + key).asString();
    assertThat(shown(after, "signatory-count")).isEqualTo("1");
    assertThat(after).contains("Democratic People", "Diplomats quoted by a news agency");

    String refused =
        browser
            .post(
                "/statements/" + key + "/positions",
                Map.of("state", "Atlantis", "action", "SIGNED", "date", "2022-13"))
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertThat(refused).contains("unknown state", "date", "at least one source");

    // the API does not take the page's session: it asks for its own credentials
    given()
        .auth()
        .none()
        .cookies(browser.cookies)
        .contentType("application/json")
        .body(TestApi.position("Cuba", "SIGNED", "2022-06-01"))
        .post("/api/statements/" + key + "/positions")
        .then()
        .statusCode(401)
        .contentType(containsString("application/problem+json"));

    browser.post("/signout", Map.of()).then().statusCode(303);
    browser
        .post(
            "/statements/" + key + "/positions",
            Map.of("state", "Cuba", "action", "SIGNED", "date", "2022-06-01"))
        .then()
        .statusCode(303)
        .header("Location", containsString("/signin?then="));
  }

  @Test
  void aFormWithoutThisBrowsersTokenIsRefused() {
    Browser browser = new Browser();
    browser.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD, 303);
    given()
        .auth()
        .none()
        .redirects()
        .follow(false)
        .cookies(browser.cookies)
        .formParams(Map.of("state", "Cuba", "action", "SIGNED", "date", "2022-06-01"))
        .post("/statements/" + SUPPORTIVE + "/positions")
        .then()
        .statusCode(403)
        .contentType(containsString("text/html"));
    given()
        .auth()
        .none()
        .redirects()
        .follow(false)
        .formParams(Map.of("username", "admin", "password", "x", "csrf-token", "forged.token"))
        .cookie(CsrfTokens.COOKIE, "forged.token")
        .post("/signin")
        .then()
        .statusCode(403);
  }

  static Response page(String path) {
    return given().auth().none().redirects().follow(false).get(path);
  }

  static String shown(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(html);
    assertThat(m.find()).as("element #" + id).isTrue();
    return m.group(1).strip();
  }

  /** A cookie jar and the CSRF token of the last page read, as a browser keeps them. */
  static class Browser {
    final Map<String, String> cookies = new java.util.HashMap<>();
    String token;

    Response get(String path) {
      Response r = given().auth().none().redirects().follow(false).cookies(cookies).get(path);
      keep(r);
      Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(r.asString());
      if (m.find()) {
        token = m.group(1);
      }
      return r;
    }

    Response post(String path, Map<String, String> form) {
      if (token == null) {
        get("/signin");
      }
      Map<String, String> withToken = new java.util.HashMap<>(form);
      withToken.put("csrf-token", token);
      Response r =
          given()
              .auth()
              .none()
              .redirects()
              .follow(false)
              .cookies(cookies)
              .formParams(withToken)
              .post(path);
      keep(r);
      return r;
    }

    /** A form with fields of several values (ticked boxes), as a browser sends it. */
    Response postAll(String path, Map<String, List<String>> form) {
      if (token == null) {
        get("/signin");
      }
      var request =
          given()
              .auth()
              .none()
              .redirects()
              .follow(false)
              .cookies(cookies)
              .formParam("csrf-token", token);
      form.forEach((name, values) -> request.formParam(name, values));
      Response r = request.post(path);
      keep(r);
      return r;
    }

    Response upload(String path, String table, String csv, String dryRun) {
      if (token == null) {
        get("/signin");
      }
      Response r =
          given()
              .auth()
              .none()
              .redirects()
              .follow(false)
              .cookies(cookies)
              .multiPart("csrf-token", token)
              .multiPart("table", table)
              .multiPart("dryRun", dryRun)
              .multiPart(
                  "file",
                  "positions.csv",
                  csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                  "text/csv")
              .post(path);
      keep(r);
      return r;
    }

    /** Signs in by the form and, as a browser does, follows the answer to its page. */
    void signIn(String name, String password, int status) {
      get("/signin");
      Response r = post("/signin", Map.of("username", name, "password", password));
      r.then().statusCode(status);
      if (status == 303) {
        get(java.net.URI.create(r.getHeader("Location")).getRawPath());
      }
    }

    private void keep(Response r) {
      r.getDetailedCookies()
          .forEach(
              c -> {
                if (c.getMaxAge() == 0) {
                  cookies.remove(c.getName());
                } else {
                  cookies.put(c.getName(), c.getValue());
                }
              });
    }
  }
}
