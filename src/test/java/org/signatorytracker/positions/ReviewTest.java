package org.signatorytracker.positions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.signatorytracker.TestApi.count;
import static org.signatorytracker.TestApi.createLetter;
import static org.signatorytracker.TestApi.position;
import static org.signatorytracker.TestApi.report;
import static org.signatorytracker.TestApi.signatoryCodes;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signatorytracker.security.Accounts;

/**
 * With {@code tracker.review.required} on, what anyone writes waits until someone else confirms it:
 * answers count confirmed records only (a preview counts the rest), as recorded from the
 * confirmation on, and the audit trail names both.
 */
@QuarkusTest
@TestProfile(ReviewRequired.class)
class ReviewTest {

  static String alice;
  static String bob;

  @BeforeEach
  void editors() {
    if (alice == null) {
      alice = Accounts.create("editor");
      bob = Accounts.create("editor");
    }
  }

  private static RequestSpecification as(String name) {
    return given().auth().preemptive().basic(name, Accounts.PASSWORD);
  }

  private static JsonPath recordAs(String name, String key, String state, String date) {
    return as(name)
        .contentType(ContentType.JSON)
        .body(position(state, "SIGNED", date))
        .post("/api/statements/{key}/positions", key)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static int signed(String key, String... params) {
    JsonPath answer = count(key, params);
    // a statement without a counted record has no counts yet
    Integer signed = answer.get("counts.SIGNED");
    assertThat(answer.getInt("named")).isEqualTo(signed == null ? 0 : signed);
    return signed == null ? 0 : signed;
  }

  @Test
  void aRecordCountsOnlyOnceAnotherEditorConfirmsIt() {
    String key = createLetter("review");
    JsonPath proposed = recordAs(alice, key, "France", "2019-07-08");
    long id = proposed.getLong("id");
    assertThat(proposed.getString("status")).isEqualTo("PENDING");
    assertThat(proposed.getString("review.decision")).isEqualTo("PENDING");
    assertThat(proposed.getString("review.proposedBy")).isEqualTo(alice);
    long proposedIn = proposed.getLong("revision");

    assertThat(signed(key, "asOf", "2019-07-10")).isZero();
    assertThat(signed(key, "asOf", "2019-07-10", "includeProposed", "true")).isEqualTo(1);
    assertThat(signatoryCodes(key, "asOf", "2019-07-10")).isEmpty();

    // her own: refused, and nothing changes
    as(alice)
        .post("/api/positions/{id}/confirmation", id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("proposed by " + alice));
    assertThat(signed(key, "asOf", "2019-07-10")).isZero();

    JsonPath confirmed =
        as(bob)
            .post("/api/positions/{id}/confirmation", id)
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/positions/" + id))
            .extract()
            .jsonPath();
    assertThat(confirmed.getString("status")).isEqualTo("STANDING");
    assertThat(confirmed.getString("review.decision")).isEqualTo("CONFIRMED");
    assertThat(confirmed.getString("review.decidedBy")).isEqualTo(bob);
    assertThat(confirmed.getString("review.proposedBy")).isEqualTo(alice);
    long confirmedIn = confirmed.getLong("review.decidedRevision");
    assertThat(confirmedIn).isGreaterThan(proposedIn);

    assertThat(signatoryCodes(key, "asOf", "2019-07-10")).containsExactly("FRA");
    // as recorded, from the confirmation on and not before
    assertThat(signed(key, "asOf", "2019-07-10", "asRecorded", Long.toString(proposedIn))).isZero();
    assertThat(signed(key, "asOf", "2019-07-10", "asRecorded", Long.toString(confirmedIn)))
        .isEqualTo(1);
    // decided once
    as(bob)
        .post("/api/positions/{id}/confirmation", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("nothing waiting for review"));

    // the statement's feed tells the proposal and its confirmation apart
    String feed =
        given()
            .get("/api/statements/{key}/feed.atom", key)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(feed)
        .contains("1 position proposed on", "1 position confirmed on")
        .contains("France SIGNED proposed", "France SIGNED confirmed");

    // who proposed and who confirmed, in the audit trail
    List<Map<String, Object>> trail =
        report("/api/audit", "size", "200").getList("items.findAll { it.subject == '" + id + "' }");
    assertThat(trail)
        .extracting(e -> e.get("action") + " " + e.get("actor"))
        .contains("position.proposed " + alice, "position.confirmed " + bob);
  }

  @Test
  void aRejectedRecordStaysInTheHistoryAndNeverCounts() {
    String key = createLetter("review-reject");
    long spain = recordAs(alice, key, "Spain", "2019-07-08").getLong("id");
    long chile = recordAs(alice, key, "Chile", "2019-07-08").getLong("id");
    as(bob).post("/api/positions/{id}/confirmation", spain).then().statusCode(201);
    as(bob)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Chile is an observer in the annex"))
        .post("/api/positions/{id}/rejection", chile)
        .then()
        .statusCode(201)
        .body("status", equalTo("REJECTED"))
        .body("review.decision", equalTo("REJECTED"))
        .body("review.reason", equalTo("Chile is an observer in the annex"));
    // a rejection needs its reason
    long peru = recordAs(alice, key, "Peru", "2019-07-08").getLong("id");
    as(bob)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", " "))
        .post("/api/positions/{id}/rejection", peru)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));

    assertThat(signatoryCodes(key, "asOf", "2019-08-01")).containsExactly("ESP");
    // the preview counts Peru (pending), never Chile (rejected)
    assertThat(signatoryCodes(key, "asOf", "2019-08-01", "includeProposed", "true"))
        .containsExactlyInAnyOrder("ESP", "PER");
    JsonPath history = report("/api/statements/" + key + "/positions");
    assertThat(history.getList("items.status"))
        .containsExactlyInAnyOrder("STANDING", "REJECTED", "PENDING");
    // the statement's summary counts the confirmed record only
    JsonPath summary = report("/api/statements/" + key + "/summary");
    assertThat(summary.getInt("statements[0].records")).isEqualTo(1);
    assertThat(summary.getInt("statements[0].byAction.SIGNED")).isEqualTo(1);
    assertThat(summary.getInt("statements[0].bySourceKind.OTHER")).isEqualTo(1);
    // a search across statements leaves the rejected out, as it does the retracted
    assertThat(report("/api/positions", "statement", key).getList("items.state.iso3"))
        .containsExactlyInAnyOrder("ESP", "PER");
    assertThat(
            report("/api/positions", "statement", key, "includeRetracted", "true")
                .getList("items.state.iso3"))
        .containsExactlyInAnyOrder("ESP", "PER", "CHL");
    // a record waiting for review is rejected, not retracted
    as(alice)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "mine, wrong"))
        .post("/api/positions/{id}/retraction", peru)
        .then()
        .statusCode(409);
    // its proposer may withdraw it
    as(alice)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Wrong letter"))
        .post("/api/positions/{id}/rejection", peru)
        .then()
        .statusCode(201)
        .body("review.decidedBy", equalTo(alice));
    // the review list holds none of them now
    assertThat(
            as(bob)
                .queryParam("statement", key)
                .get("/api/reviews/positions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items"))
        .isEmpty();
  }

  @Test
  void aRetractionWaitsForReviewToo() {
    String key = createLetter("review-retract");
    long id = recordAs(alice, key, "Qatar", "2019-07-12").getLong("id");
    as(bob).post("/api/positions/{id}/confirmation", id).then().statusCode(201);
    as(alice)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Qatar withdrew its signature"))
        .post("/api/positions/{id}/retraction", id)
        .then()
        .statusCode(201)
        .body("retracted", equalTo(false))
        .body("status", equalTo("STANDING"))
        .body("proposedRetraction.reason", equalTo("Qatar withdrew its signature"))
        .body("proposedRetraction.proposedBy", equalTo(alice));
    // a second proposal while one waits
    as(bob)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "again"))
        .post("/api/positions/{id}/retraction", id)
        .then()
        .statusCode(409);
    assertThat(signatoryCodes(key, "asOf", "2019-08-01")).containsExactly("QAT");
    assertThat(signatoryCodes(key, "asOf", "2019-08-01", "includeProposed", "true")).isEmpty();
    List<Map<String, Object>> waiting =
        as(bob)
            .queryParam("statement", key)
            .get("/api/reviews/positions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(waiting).hasSize(1);

    as(alice).post("/api/positions/{id}/confirmation", id).then().statusCode(403);
    as(bob)
        .post("/api/positions/{id}/confirmation", id)
        .then()
        .statusCode(201)
        .body("status", equalTo("RETRACTED"))
        .body("retraction.reason", equalTo("Qatar withdrew its signature"))
        .body("retraction.retractedBy", equalTo(alice))
        .body("proposedRetraction", nullValue());
    assertThat(signatoryCodes(key, "asOf", "2019-08-01")).isEmpty();
  }

  @Test
  void anImportIsProposedWholeAndReviewedWhole() {
    String key = createLetter("review-import");
    JsonPath imported =
        as(alice)
            .contentType("text/csv")
            .body(
                "statement,state,action,date,source_url\n"
                    + key
                    + ",Algeria,SIGNED,2019-07-12,https://example.org/annex\n"
                    + key
                    + ",Angola,SIGNED,2019-07-12,https://example.org/annex\n")
            .post("/api/import/positions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long importId = imported.getLong("importId");
    assertThat(signatoryCodes(key, "asOf", "2019-08-01")).isEmpty();
    assertThat(signatoryCodes(key, "asOf", "2019-08-01", "includeProposed", "true"))
        .containsExactlyInAnyOrder("DZA", "AGO");

    as(alice).post("/api/imports/{id}/confirmation", importId).then().statusCode(403);
    as(bob)
        .post("/api/imports/{id}/confirmation", importId)
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/imports/" + importId));
    assertThat(signatoryCodes(key, "asOf", "2019-08-01")).containsExactlyInAnyOrder("DZA", "AGO");
    // nothing of it waits any more
    as(bob).post("/api/imports/{id}/confirmation", importId).then().statusCode(409);
    // a re-import of the same rows proposes nothing new
    as(alice)
        .contentType("text/csv")
        .body(
            "statement,state,action,date,source_url\n"
                + key
                + ",Algeria,SIGNED,2019-07-12,https://example.org/annex\n")
        .post("/api/import/positions")
        .then()
        .statusCode(200)
        .body("positions.created", equalTo(0));
  }

  @Test
  void aCountClaimWaitsForReviewAsARecordDoes() {
    String key = createLetter("review-claim");
    JsonPath claim =
        as(alice)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "count",
                    37,
                    "on",
                    "2019-07-12",
                    "sources",
                    List.of(Map.of("url", "https://undocs.org/A/HRC/41/G/17"))))
            .post("/api/statements/{key}/claims", key)
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .body("review.proposedBy", equalTo(alice))
            .extract()
            .jsonPath();
    long id = claim.getLong("id");
    assertThat(count(key, "asOf", "2019-08-01").getString("reportedCount")).isNull();
    assertThat(count(key, "asOf", "2019-08-01", "includeProposed", "true").getInt("reportedCount"))
        .isEqualTo(37);
    as(alice).post("/api/claims/{id}/confirmation", id).then().statusCode(403);
    long confirmedIn =
        as(bob)
            .post("/api/claims/{id}/confirmation", id)
            .then()
            .statusCode(201)
            .body("status", equalTo("STANDING"))
            .body("review.decidedBy", equalTo(bob))
            .extract()
            .jsonPath()
            .getLong("review.decidedRevision");
    assertThat(count(key, "asOf", "2019-08-01").getInt("reportedCount")).isEqualTo(37);
    assertThat(
            count(key, "asOf", "2019-08-01", "asRecorded", Long.toString(confirmedIn - 1))
                .getString("reportedCount"))
        .isNull();

    // its retraction waits too, and a rejected one leaves it standing
    as(bob)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "The count was the draft's"))
        .post("/api/claims/{id}/retraction", id)
        .then()
        .statusCode(201)
        .body("retracted", equalTo(false))
        .body("proposedRetraction.proposedBy", equalTo(bob));
    assertThat(count(key, "asOf", "2019-08-01").getInt("reportedCount")).isEqualTo(37);
    as(alice)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "The annex does list 37"))
        .post("/api/claims/{id}/rejection", id)
        .then()
        .statusCode(201)
        .body("status", equalTo("STANDING"))
        .body("proposedRetraction", nullValue());
    assertThat(count(key, "asOf", "2019-08-01").getInt("reportedCount")).isEqualTo(37);
  }

  private static List<org.apache.commons.csv.CSVRecord> exported(String key, boolean all)
      throws java.io.IOException {
    String csv =
        given()
            .queryParam("statement", key)
            .queryParam("includeRetracted", all)
            .get("/api/export/positions.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return org.apache.commons.csv.CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new java.io.StringReader(csv))
        .getRecords();
  }

  @Test
  void theDataPackageCarriesTheReviewAndAnImportKeepsIt() throws Exception {
    String key = createLetter("review-export");
    long cuba = recordAs(alice, key, "Cuba", "2019-07-12").getLong("id");
    long peru = recordAs(alice, key, "Peru", "2019-07-12").getLong("id");
    recordAs(alice, key, "Oman", "2019-07-12");
    as(bob).post("/api/positions/{id}/confirmation", cuba).then().statusCode(201);
    as(bob)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "An observer, not a signatory"))
        .post("/api/positions/{id}/rejection", peru)
        .then()
        .statusCode(201);

    // what counts: the confirmed record only
    assertThat(exported(key, false))
        .extracting(r -> r.get("state") + " " + r.get("review") + " " + r.get("reviewed_by"))
        .containsExactly("CUB CONFIRMED " + bob);
    List<org.apache.commons.csv.CSVRecord> all = exported(key, true);
    assertThat(all)
        .extracting(r -> r.get("state") + " " + r.get("review") + " " + r.get("review_reason"))
        .containsExactlyInAnyOrder(
            "CUB CONFIRMED ", "PER REJECTED An observer, not a signatory", "OMN PENDING ");

    // the same rows on another letter: the pending stays pending, the rejected rejected
    String copy = createLetter("review-import-copy");
    StringBuilder csv =
        new StringBuilder("statement,state,action,date,source_url,review,review_reason\n");
    for (var r : all) {
      csv.append(copy)
          .append(',')
          .append(r.get("state"))
          .append(",SIGNED,")
          .append(r.get("date"))
          .append(',')
          .append(r.get("source_url"))
          .append(',')
          .append(r.get("review"))
          .append(",\"")
          .append(r.get("review_reason"))
          .append("\"\n");
    }
    given()
        .contentType("text/csv")
        .body(csv.toString())
        .post("/api/import/positions")
        .then()
        .statusCode(200)
        .body("positions.created", equalTo(3));
    JsonPath history = report("/api/statements/" + copy + "/positions");
    assertThat(
            history.getList("items", Map.class).stream()
                .map(m -> ((Map<?, ?>) m.get("state")).get("iso3") + " " + m.get("status"))
                .toList())
        // this instance requires review: the confirmed one waits again, for its importer's
        // colleague
        .containsExactlyInAnyOrder("CUB PENDING", "PER REJECTED", "OMN PENDING");
    assertThat(history.getString("items.find { it.status == 'REJECTED' }.review.reason"))
        .isEqualTo("An observer, not a signatory");
    assertThat(signatoryCodes(copy, "asOf", "2019-08-01")).isEmpty();
  }
}
