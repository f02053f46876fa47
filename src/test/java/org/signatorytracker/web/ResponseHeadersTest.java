package org.signatorytracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestAccounts;

/**
 * Pages and pictures tell the browser to run scripts from the service only and never inline, not to
 * be framed, not to sniff types and not to send the service's addresses elsewhere; answers chosen
 * by Accept say so with Vary.
 */
@QuarkusTest
class ResponseHeadersTest {

  static final String SUPPORTIVE = "hrc41-2019-xinjiang-supportive";

  @Test
  void pagesAndPicturesRunScriptsFromTheServiceOnlyAndAreNotFramed() {
    for (String path :
        List.of(
            "/",
            "/statements/" + SUPPORTIVE,
            "/issues/xinjiang",
            "/states/QAT",
            "/compare",
            "/agreement?issue=xinjiang&states=CUB,FRA",
            "/signin",
            "/no-such-page",
            "/api/statements/" + SUPPORTIVE + "/map.svg",
            "/api/statements/" + SUPPORTIVE + "/count")) {
      Response r = given().auth().none().get(path);
      assertThat(r.header("Content-Security-Policy"))
          .as(path)
          .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
          .doesNotContain("unsafe-eval")
          .doesNotContain("script-src 'self' 'unsafe-inline'");
      assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
      assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
    }
  }

  @Test
  void noPageHasAnInlineScriptOrEventHandler() {
    WebPagesTest.Browser editor = new WebPagesTest.Browser();
    editor.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD, 303);
    Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
    Pattern handler = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    Pattern scriptUrl = Pattern.compile("(?i)(href|src|action)\\s*=\\s*\"\\s*javascript:");
    for (String path :
        List.of(
            "/",
            "/statements/" + SUPPORTIVE,
            "/issues/xinjiang",
            "/states/QAT",
            "/compare?a=hrc41-2019-xinjiang-critical&b=" + SUPPORTIVE,
            "/agreement?issue=xinjiang&states=CUB,FRA",
            "/account",
            "/import")) {
      String html = editor.get(path).then().statusCode(200).extract().asString();
      assertThat(inlineScript.matcher(html).find()).as(path + ": an inline script").isFalse();
      assertThat(handler.matcher(html).find()).as(path + ": an event handler").isFalse();
      assertThat(scriptUrl.matcher(html).find()).as(path + ": a javascript: URL").isFalse();
    }
  }

  @Test
  void answersChosenByAcceptVaryByAccept() {
    for (String path :
        List.of(
            "/api/statements/" + SUPPORTIVE + "/signatories",
            "/api/statements/" + SUPPORTIVE + "/map.svg",
            "/api/states",
            "/api/issues/xinjiang/stances")) {
      given().get(path).then().statusCode(200).header("Vary", containsString("Accept"));
    }
    String tag = given().get("/api/states").header("ETag");
    if (tag != null) {
      given()
          .header("If-None-Match", tag)
          .get("/api/states")
          .then()
          .header("Vary", containsString("Accept"));
    }
    String chart = "/api/statements/" + SUPPORTIVE + "/timeline.svg";
    String pictureTag = given().get(chart).header("ETag");
    given()
        .header("If-None-Match", pictureTag)
        .get(chart)
        .then()
        .statusCode(304)
        .header("Vary", containsString("Accept"));
  }

  @Test
  void theApiDescriptionsPagesKeepTheirOwnScripts() {
    given()
        .get("/q/swagger-ui/")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", org.hamcrest.Matchers.nullValue())
        .header("X-Content-Type-Options", equalTo("nosniff"));
  }
}
