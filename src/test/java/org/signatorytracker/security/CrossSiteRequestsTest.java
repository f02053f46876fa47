package org.signatorytracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;

/**
 * Another site cannot drive the API with a browser's saved credentials: a change a browser marks as
 * sent by another site is refused (403), a table is a table ({@code text/plain} gets 415), and
 * scripts, which send none of the browser's marks, are not affected.
 */
@QuarkusTest
class CrossSiteRequestsTest {

  static final String EVIL = "https://evil.example";

  @TestHTTPResource("/")
  URL base;

  @Test
  void aChangeFromAPageOfAnotherSiteIsRefusedAndChangesNothing() {
    String key = TestApi.createLetter("cross-site");
    String csv = "statement,state,action,date,source_title\n" + key + ",Cuba,SIGNED,2020,Text\n";
    for (Map<String, String> marks :
        List.of(
            Map.of("Origin", EVIL),
            Map.of("Origin", "null"),
            Map.of("Sec-Fetch-Site", "cross-site"),
            Map.of("Sec-Fetch-Site", "same-site"),
            Map.of("Origin", ownOrigin(), "Sec-Fetch-Site", "cross-site"))) {
      given()
          .headers(marks)
          .contentType("text/csv")
          .body(csv)
          .post("/api/import/positions")
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("status", org.hamcrest.Matchers.is(403))
          .body("detail", containsString("another site"));
      given()
          .headers(marks)
          .multiPart("file", "positions.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
          .post("/api/import/positions")
          .then()
          .statusCode(403);
    }
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      given()
          .header("Origin", EVIL)
          .contentType(ContentType.JSON)
          .body("{}")
          .request(method, "/api/statements/" + key)
          .then()
          .statusCode(403);
    }
    given()
        .header("Origin", EVIL)
        .contentType(ContentType.JSON)
        .body(Map.of("key", TestApi.uniqueKey("evil"), "title", "Forged", "kind", "LETTER"))
        .post("/api/statements")
        .then()
        .statusCode(403);
    assertThat(TestApi.signatoryCodes(key)).isEmpty();
  }

  @Test
  void scriptsTheServicesOwnPagesAndAllowedOriginsAreNotAffected() {
    String key = TestApi.createLetter("same-site");
    String csv =
        "statement,state,action,date,source_title\n"
            + key
            + ",Cuba,SIGNED,2020,Text\n"
            + key
            + ",Chile,SIGNED,2020,Text\n"
            + key
            + ",Peru,SIGNED,2020,Text\n";
    String[] rows = csv.split("\n");
    // a script: no Origin, no Sec-Fetch-Site
    imported(given(), rows[0] + "\n" + rows[1] + "\n");
    // this service's own pages, and a browser's own address bar
    imported(
        given().header("Origin", ownOrigin()).header("Sec-Fetch-Site", "same-origin"),
        rows[0] + "\n" + rows[2] + "\n");
    imported(
        given().header("Origin", "https://allowed.example").header("Sec-Fetch-Site", "none"),
        rows[0] + "\n" + rows[3] + "\n");
    assertThat(TestApi.signatoryCodes(key)).containsExactlyInAnyOrder("CUB", "CHL", "PER");
    // reading is never refused
    given().header("Origin", EVIL).get("/api/statements/" + key).then().statusCode(200);
  }

  @Test
  void tablesAreCsvOrTsvAndPlainTextIsRefused() {
    String key = TestApi.createLetter("plain-text");
    for (String table : List.of("statements", "claims", "positions")) {
      given()
          .contentType("text/plain")
          .body("statement,state\n")
          .post("/api/import/" + table)
          .then()
          .statusCode(415)
          .contentType("application/problem+json")
          .body("detail", containsString("text/tab-separated-values"));
    }
    given()
        .contentType("text/plain")
        .body("group,iso3,start,end,source_url,note\n")
        .post("/api/groups/memberships")
        .then()
        .statusCode(415);
    given()
        .contentType("text/tab-separated-values")
        .body("statement\tstate\taction\tdate\tsource_title\n" + key + "\tCuba\tSIGNED\t2020\tT\n")
        .post("/api/import/positions")
        .then()
        .statusCode(200);
    assertThat(TestApi.signatoryCodes(key)).containsExactly("CUB");

    String group = TestApi.uniqueKey("tabbed");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("key", group, "name", "Tabbed", "kind", "other"))
        .post("/api/groups")
        .then()
        .statusCode(201);
    given()
        .contentType("text/tab-separated-values")
        .body(
            "group\tiso3\tstart\tend\tsource_url\tnote\n"
                + group
                + "\tFRA\t1958\t\thttps://example.org/a\tfounder, with a comma\n")
        .post("/api/groups/memberships")
        .then()
        .statusCode(200)
        .body(group, org.hamcrest.Matchers.equalTo(1));
    given()
        .get("/api/groups/" + group + "?asOf=2000-01-01")
        .then()
        .statusCode(200)
        .body("members[0].note", org.hamcrest.Matchers.equalTo("founder, with a comma"));
  }

  @Test
  void aGroupsSourcesAreWebAddressesLikeEveryOtherSource() {
    String group = TestApi.uniqueKey("scripted");
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "key",
                group,
                "name",
                "Scripted",
                "kind",
                "other",
                "sourceUrl",
                "javascript:alert(1)"))
        .post("/api/groups")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("sourceUrl"))
        .body("errors[0].message", org.hamcrest.Matchers.equalTo("must be an http or https URL"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("key", group, "name", "Scripted", "kind", "other"))
        .post("/api/groups")
        .then()
        .statusCode(201);
    given()
        .contentType(ContentType.JSON)
        .body(List.of(Map.of("state", "FRA", "start", "1958", "source", "javascript:alert(1)")))
        .put("/api/groups/" + group + "/members")
        .then()
        .statusCode(400)
        .body("errors[0].field", containsString("source"));
    given()
        .contentType("text/csv")
        .body(
            "group,iso3,start,end,source_url,note\n" + group + ",FRA,1958,,javascript:alert(1),\n")
        .post("/api/groups/memberships")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("line 2: source_url"));
    given()
        .get("/api/groups/" + group + "?asOf=2000-01-01")
        .then()
        .statusCode(200)
        .body("members", org.hamcrest.Matchers.empty());
  }

  @Test
  void originsCompareWithoutTheirDefaultPortsAndCase() {
    String own = "http://localhost:8080";
    assertThat(CrossSiteRequests.refusal(null, "HTTP://LOCALHOST:8080/", own, List.of())).isNull();
    assertThat(
            CrossSiteRequests.refusal(
                null, "https://example.org", "https://example.org:443", List.of()))
        .isNull();
    assertThat(CrossSiteRequests.refusal(null, "http://localhost:8081", own, List.of()))
        .contains("Origin: http://localhost:8081");
    assertThat(CrossSiteRequests.refusal("same-origin", null, own, List.of())).isNull();
    assertThat(CrossSiteRequests.refusal("none", null, own, List.of())).isNull();
    assertThat(CrossSiteRequests.refusal("Cross-Site", null, own, List.of())).isNotNull();
    assertThat(
            CrossSiteRequests.refusal(
                null, "https://Allowed.example", own, List.of("https://allowed.example/")))
        .isNull();
  }

  private void imported(RequestSpecification request, String csv) {
    request
        .contentType("text/csv")
        .body(csv)
        .post("/api/import/positions")
        .then()
        .statusCode(200)
        .body("positions.created", org.hamcrest.Matchers.is(1));
  }

  private String ownOrigin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }
}
