package org.signatorytracker.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;
import org.xml.sax.InputSource;

/**
 * The Atom feeds, read back with ROME as a feed reader would: one entry per change (a statement
 * made, a pasted list confirmed, a retraction, an import), newest first, linked to the statement's
 * page, scoped to a statement, a state or an issue, and tagged so that an unchanged feed is a 304.
 */
@QuarkusTest
class FeedsResourceTest {

  static Feed read(String path) {
    Response r = given().get(path);
    r.then().statusCode(200).contentType("application/atom+xml");
    try {
      return (Feed) new WireFeedInput().build(new InputSource(new StringReader(r.asString())));
    } catch (Exception e) {
      throw new AssertionError("not an Atom feed: " + r.asString(), e);
    }
  }

  static List<String> titles(Feed feed) {
    return feed.getEntries().stream().map(Entry::getTitle).toList();
  }

  @Test
  void aStatementsFeedHasOneEntryPerChangeNewestFirst() {
    String issue = TestApi.uniqueKey("feed-issue");
    String key =
        TestApi.createStatement(
            "feed-letter", "LETTER", Map.of("issue", issue, "date", "2019-07-12"));
    String title = "Test statement " + key;
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "states",
                List.of("Algeria", "Angola", "Bahrain"),
                "action",
                "SIGNED",
                "date",
                "2019-07-12",
                "sources",
                List.of(Map.of("title", "Annex"))))
        .post("/api/statements/{key}/positions/batch", key)
        .then()
        .statusCode(201);
    long bahrain =
        given()
            .get("/api/statements/{key}/positions", key)
            .then()
            .extract()
            .jsonPath()
            .getLong("items.find { it.state.iso3 == 'BHR' }.id");
    TestApi.retract(bahrain, "Bahrain was not on the annex");

    Feed feed = read("/api/statements/" + key + "/feed.atom");
    assertThat(feed.getTitle()).isEqualTo("Signatory Tracker: " + title);
    assertThat(titles(feed))
        .containsExactly(
            "1 record retracted on " + title + " (" + key + ")",
            "3 positions recorded on " + title + " (" + key + ")",
            "statement created on " + title + " (" + key + ")");
    Entry batch = feed.getEntries().get(1);
    assertThat(batch.getSummary().getValue())
        .isEqualTo(title + " (" + key + "): Algeria SIGNED; Angola SIGNED; Bahrain SIGNED");
    assertThat(batch.getAlternateLinks().get(0).getHref())
        .endsWith("/statements/" + key + "#history");
    assertThat(feed.getEntries().get(0).getSummary().getValue())
        .contains("retracted Bahrain (Bahrain was not on the annex)");
    assertThat(feed.getEntries().get(0).getUpdated())
        .isAfterOrEqualTo(feed.getEntries().get(1).getUpdated());
    assertThat(feed.getOtherLinks().get(0).getHref())
        .endsWith("/api/statements/" + key + "/feed.atom");

    // a state's feed sees only its own records; an issue's, everything on its statements
    Feed algeria = read("/api/states/DZA/feed.atom");
    assertThat(titles(algeria)).contains("1 position recorded on " + title + " (" + key + ")");
    assertThat(titles(read("/api/issues/" + issue + "/feed.atom")))
        .hasSize(3)
        .first()
        .asString()
        .startsWith("1 record retracted");
    assertThat(titles(read("/api/feed.atom")).get(0)).startsWith("1 record retracted on " + title);

    given()
        .get("/api/issues/no-such-issue/feed.atom")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void anImportIsOneEntryAndAnUnchangedFeedIsA304() {
    String key = TestApi.createLetter("feed-import");
    String csv =
        "statement,state,action,date,reported,confidence,source_url,source_title,note\n"
            + key
            + ",France,SIGNED,2020-01-01,,,https://example.org/a,,\n"
            + key
            + ",Chile,SIGNED,2020-01-02,,,https://example.org/a,,\n";
    given().contentType("text/csv").body(csv).post("/api/import/positions").then().statusCode(200);
    Feed feed = read("/api/statements/" + key + "/feed.atom");
    assertThat(titles(feed).get(0))
        .matches("Import [0-9]+ \\(.*\\): 2 positions recorded on .*\\(" + key + "\\)");
    assertThat(feed.getEntries().get(0).getSummary().getValue())
        .contains("Chile SIGNED; France SIGNED");

    String etag = given().get("/api/statements/" + key + "/feed.atom").header("ETag");
    assertThat(etag).startsWith("W/");
    given()
        .header("If-None-Match", etag)
        .get("/api/statements/" + key + "/feed.atom")
        .then()
        .statusCode(304);
    TestApi.record(key, "Peru", "SIGNED", "2020-01-03");
    given()
        .header("If-None-Match", etag)
        .get("/api/statements/" + key + "/feed.atom")
        .then()
        .statusCode(200);
  }

  @Test
  void pagesLinkTheirFeeds() {
    String key = TestApi.createLetter("feed-page");
    assertThat(given().get("/statements/" + key).asString())
        .contains(
            "<link rel=\"alternate\" type=\"application/atom+xml\"",
            "href=\"/api/statements/" + key + "/feed.atom\"");
    assertThat(given().get("/states/QAT").asString())
        .contains("href=\"/api/states/QAT/feed.atom\"");
    assertThat(given().get("/").asString()).contains("href=\"/api/feed.atom\"");
  }
}
