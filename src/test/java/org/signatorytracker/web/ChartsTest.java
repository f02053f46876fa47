package org.signatorytracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signatorytracker.operations.DemoData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The charts and maps are well-formed SVG whose labels carry the numbers the reports give on the
 * demo letters (counted by hand in DemoDataTest), and PNG when asked.
 */
@QuarkusTest
class ChartsTest {

  static final String SUPPORTIVE = "/api/statements/hrc41-2019-xinjiang-supportive";

  @Inject DemoData demo;
  @Inject PictureDesk desk;

  @BeforeEach
  void demoDataIsLoaded() {
    demo.loadUnlessPresent();
  }

  @Test
  void theMapCountsSignatoriesAndWithdrawalsAsKnownThenAndNow() {
    Document now = svg(SUPPORTIVE + "/map.svg?asOf=2019-08-01");
    assertThat(texts(now))
        .contains("Signatory: 49", "Withdrew: 1", "No record: 148")
        .anyMatch(t -> t.startsWith("Signatory Tracker · data as known on "));
    assertThat(titleOf(now, "st-QAT")).isEqualTo("Qatar: Withdrew");
    assertThat(titleOf(now, "st-CHN")).isEqualTo("China: No record");

    Document then = svg(SUPPORTIVE + "/map.svg?asOf=2019-08-01&knownBy=2019-08-01");
    assertThat(texts(then))
        .contains("Signatory: 50", "Withdrew: 0", "As of 2019-08-01, as known on 2019-08-01")
        .anyMatch(t -> t.startsWith("Signatory Tracker · data as known on 2019-08-01 · recorded"));
    assertThat(titleOf(then, "st-QAT")).isEqualTo("Qatar: Signatory");
  }

  @Test
  void aWorldMapIsSmallEnoughToServeAndEmbed() {
    // the shapes simplified to the drawn size, the borders drawn once, the path data relative
    for (String map :
        List.of(
            SUPPORTIVE + "/map.svg?asOf=2019-09-01",
            "/api/issues/xinjiang/map.svg?asOf=2019-09-01",
            "/api/compare/map.svg?a=hrc41-2019-xinjiang-critical&b=hrc41-2019-xinjiang-supportive")) {
      byte[] svg = given().get(map).then().statusCode(200).extract().asByteArray();
      assertThat(svg.length).as(map).isLessThanOrEqualTo(150 * 1024);
    }
  }

  @Test
  void smallStatesGetAMarkerAndEveryStateAShapeOrMarker() {
    Document map = svg(SUPPORTIVE + "/map.svg?asOf=2019-09-01");
    // Cuba and Algeria have shapes; small signatories such as Comoros are marked too
    assertThat(titleOf(map, "st-DZA")).isEqualTo("Algeria: Signatory");
    assertThat(titleOf(map, "mk-COM")).isEqualTo("Comoros: Signatory");
    for (String iso3 : List.of("NRU", "TUV", "TWN", "MCO", "VAT", "PSE")) {
      assertThat(element(map, "st-" + iso3) != null || element(map, "mk-" + iso3) != null)
          .as(iso3 + " is on the map or has no record to show")
          .isTrue();
    }
  }

  @Test
  void theTimelineEndsAtFiftyFromTheLastDayOfAugust() {
    Document chart = svg(SUPPORTIVE + "/timeline.svg");
    assertThat(texts(chart))
        .contains("Signatories: 50 from 2019-08-31", "Date", "States")
        .anyMatch(t -> t.startsWith("Joint letter of 37 states supporting China"));
    Document known = svg(SUPPORTIVE + "/timeline.svg?knownBy=2019-08-01");
    assertThat(texts(known)).anyMatch(t -> t.startsWith("Signatories: 50 from 2019-07-"));
  }

  @Test
  void issueMapAndTimelineShowBothSides() {
    Document map = svg("/api/issues/xinjiang/map.svg?asOf=2019-09-01");
    assertThat(texts(map)).contains("supportive: 50", "critical: 22", "both: 0");
    Document chart = svg("/api/issues/xinjiang/timeline.svg");
    assertThat(texts(chart)).anyMatch(t -> t.startsWith("critical: 22 from 2019-07-08"));
  }

  @Test
  void theHeatMapWritesEachPairsAgreement() {
    Document heat =
        svg("/api/agreement/heatmap.svg?issue=xinjiang&states=Cuba,Algeria,France,Germany");
    assertThat(titleOf(heat, "cell-CUB-DZA")).isEqualTo("CUB and DZA: 1.00");
    assertThat(titleOf(heat, "cell-CUB-FRA")).isEqualTo("CUB and FRA: 0.00");
    assertThat(titleOf(heat, "cell-FRA-DEU")).isEqualTo("FRA and DEU: 1.00");
    assertThat(texts(heat)).contains("Agreement on xinjiang", "CUB", "DEU", "1.00", "0.00");
    given().get("/api/agreement/heatmap.svg?states=Cuba").then().statusCode(400);
  }

  @Test
  void pngOnRequestAndAnEtagThatHolds() {
    byte[] png =
        given()
            .accept("image/png")
            .get(SUPPORTIVE + "/map.svg?asOf=2019-08-01")
            .then()
            .statusCode(200)
            .contentType("image/png")
            .extract()
            .asByteArray();
    BufferedImage image = read(png);
    assertThat(image.getWidth()).isEqualTo(2 * WorldMap.WIDTH);
    assertThat(read(given().get(SUPPORTIVE + "/timeline.svg?format=png").asByteArray()).getWidth())
        .isEqualTo(2 * TimelineCharts.WIDTH);

    String tag = given().get(SUPPORTIVE + "/map.svg?asOf=2019-08-01").getHeader("ETag");
    given()
        .header("If-None-Match", tag)
        .get(SUPPORTIVE + "/map.svg?asOf=2019-08-01")
        .then()
        .statusCode(304);
    given().get(SUPPORTIVE + "/map.svg?format=gif").then().statusCode(400);
    given().get("/api/statements/no-such/map.svg").then().statusCode(404);
  }

  @Test
  void aHeatMapOfEveryStateKeepsItsCanvasAndGetsSmallerCells() {
    List<String> every = given().get("/api/states?size=500").jsonPath().getList("items.iso3");
    assertThat(every).hasSizeGreaterThan(190);
    String path = "/api/agreement/heatmap.svg?issue=xinjiang&states=" + String.join(",", every);
    BufferedImage png =
        read(
            given()
                .get(path + "&format=png")
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray());
    // the canvas of a heat map of 4 states is 640 x 920 at most; of 198 the same
    int width = 70 + (int) HeatMap.GRID + 40;
    int height = 110 + (int) HeatMap.GRID + 90;
    assertThat(png.getWidth()).isEqualTo(2 * width);
    assertThat(png.getHeight()).isLessThanOrEqualTo(2 * height);
    Document svg = svg(path);
    assertThat(svg.getDocumentElement().getAttribute("viewBox"))
        .isEqualTo("0 0 " + width + " " + height);
    assertThat(titleOf(svg, "cell-CUB-DZA")).isEqualTo("CUB and DZA: 1.00");
    assertThat(titleOf(svg, "cell-CUB-FRA")).isEqualTo("CUB and FRA: 0.00");
  }

  @Test
  void anIssueMapWithTenSidesGivesEachItsColour() {
    String issue = org.signatorytracker.TestApi.uniqueKey("ten-sides");
    List<String> sides = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      sides.add("side-" + i);
    }
    given()
        .contentType("application/json")
        .body(java.util.Map.of("title", "Ten sides", "sides", sides))
        .put("/api/issues/" + issue)
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    Document map = svg("/api/issues/" + issue + "/map.svg");
    assertThat(texts(map)).contains("side-1: 0", "side-10: 0", "abstain: 0", "both: 0");
    assertThat(texts(svg("/api/issues/" + issue + "/timeline.svg"))).contains("both: none");
  }

  @Test
  void whilePicturesTakeEveryTurnAnotherWaitsThenGets503WithRetryAfter() throws Exception {
    java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService drawers =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 2; i++) {
        String key = "held-" + i + "-" + System.nanoTime();
        drawers.submit(
            () ->
                desk.drawOnce(
                    key,
                    () -> {
                      try {
                        finish.await(30, java.util.concurrent.TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return new PictureDesk.Drawn(new byte[0], Pictures.SVG);
                    }));
      }
      Thread.sleep(200);
      given()
          .get(SUPPORTIVE + "/map.svg?asOf=2019-07-29")
          .then()
          .statusCode(503)
          .header("Retry-After", "2")
          .contentType("application/problem+json")
          .body("status", org.hamcrest.Matchers.is(503))
          .body("detail", org.hamcrest.Matchers.containsString("try again in 2 seconds"));
    } finally {
      finish.countDown();
      drawers.shutdown();
    }
    given().get(SUPPORTIVE + "/map.svg?asOf=2019-07-29").then().statusCode(200);
  }

  static BufferedImage read(byte[] png) {
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static Document svg(String path) {
    String body =
        given()
            .get(path)
            .then()
            .statusCode(200)
            .contentType(org.hamcrest.Matchers.containsString("image/svg+xml"))
            .extract()
            .asString();
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
    }
  }

  static List<String> texts(Document svg) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = svg.getElementsByTagName("text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }

  static Element element(Document svg, String id) {
    NodeList all = svg.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    return null;
  }

  static String titleOf(Document svg, String id) {
    Element e = element(svg, id);
    assertThat(e).as("element " + id).isNotNull();
    NodeList titles = e.getElementsByTagName("title");
    return titles.getLength() == 0 ? null : titles.item(0).getTextContent();
  }
}
