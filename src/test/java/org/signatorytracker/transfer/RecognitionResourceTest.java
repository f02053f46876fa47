package org.signatorytracker.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestApi;

/**
 * Recognition of real lists against the reference table: the annex of the letter of July 2019 in
 * support of China as the UN wrote it, and the 22 critics as the press named them.
 */
@QuarkusTest
class RecognitionResourceTest {

  /** A/HRC/41/G/17's annex (first signatories), as the UN writes the names. */
  static final String ANNEX =
      """
      Algeria, Angola, Bahrain, Bangladesh, Belarus, Bolivia (Plurinational State of), Burkina Faso,
      Burundi, Cambodia, Cameroon, Comoros, Congo, Cuba, Democratic People's Republic of Korea,
      Democratic Republic of the Congo, Egypt, Eritrea, Gabon, Iran (Islamic Republic of), Iraq,
      Kuwait, Lao People's Democratic Republic, Myanmar, Nigeria, Oman, Pakistan, Philippines, Qatar,
      Russian Federation, Saudi Arabia, Somalia, South Sudan, Sudan, Syrian Arab Republic,
      Tajikistan, Togo, Turkmenistan, United Arab Emirates, Venezuela (Bolivarian Republic of),
      Zimbabwe
      """;

  static final List<String> ANNEX_STATES =
      List.of(
          "DZA", "AGO", "BHR", "BGD", "BLR", "BOL", "BFA", "BDI", "KHM", "CMR", "COM", "CUB", "PRK",
          "COD", "EGY", "ERI", "GAB", "IRN", "IRQ", "KWT", "LAO", "MMR", "NGA", "OMN", "PAK", "PHL",
          "QAT", "RUS", "SAU", "SOM", "SSD", "SDN", "SYR", "TJK", "TGO", "TKM", "ARE", "VEN",
          "ZWE");

  /** The 22 critics of 8 July 2019 as a press article listed them. */
  static final String PRESS =
      "The letter was signed by ambassadors of Australia, Austria, Belgium, Canada, Denmark,"
          + " Estonia, Finland, France, Germany, Iceland, Ireland, Japan, Latvia, Lithuania,"
          + " Luxembourg, the Netherlands, New Zealand, Norway, Spain, Sweden, Switzerland and the"
          + " UK. No Muslim-majority country signed it.";

  static final List<String> PRESS_STATES =
      List.of(
          "AUS", "AUT", "BEL", "CAN", "DNK", "EST", "FIN", "FRA", "DEU", "ISL", "IRL", "JPN", "LVA",
          "LTU", "LUX", "NLD", "NZL", "NOR", "ESP", "SWE", "CHE", "GBR");

  private static JsonPath recognise(String key, String text) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", text))
        .post("/api/statements/{key}/recognition", key)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aUnAnnexIsReadWhole() {
    String key = TestApi.createLetter("annex");
    JsonPath read = recognise(key, ANNEX);
    assertThat(read.getList("found.iso3", String.class)).containsExactlyElementsOf(ANNEX_STATES);
    assertThat(read.getList("ambiguous.text", String.class)).containsExactly("Congo");
    assertThat(read.getList("ambiguous[0].candidates", String.class)).containsExactly("COG", "COD");
    assertThat(read.getList("unplaced")).isEmpty();
    Map<String, Object> bolivia = read.getMap("found.find { it.iso3 == 'BOL' }");
    assertThat(bolivia).containsEntry("name", "Bolivia (Plurinational State of)");
    int start = (Integer) bolivia.get("start");
    int end = (Integer) bolivia.get("end");
    assertThat(ANNEX.substring(start, end)).isEqualTo(bolivia.get("text"));
  }

  @Test
  void aPressListIsReadAndWhatIsNotAStateIsLeftOut() {
    String key = TestApi.createLetter("press");
    JsonPath read = recognise(key, PRESS);
    assertThat(read.getList("found.iso3", String.class)).containsExactlyElementsOf(PRESS_STATES);
    assertThat(read.getList("ambiguous")).isEmpty();
  }

  @Test
  void aStateAlreadyStandingIsMarkedSoThatItIsNotProposedAgain() {
    String key = TestApi.createLetter("standing");
    TestApi.record(key, "FRA", "SIGNED", "2019-07-08");
    TestApi.record(key, "DEU", "SIGNED", "2019-07-08");
    TestApi.record(key, "DEU", "WITHDREW", "2019-07-20");
    JsonPath read = recognise(key, "France, Germany, Spain");
    assertThat(read.getList("found.iso3", String.class)).containsExactly("FRA", "DEU", "ESP");
    assertThat(read.getList("found.standing", String.class)).containsExactly("SIGNED", null, null);
  }

  @Test
  void theDescribedExampleIsTheServicesOwnAnswer() throws Exception {
    String key = TestApi.createLetter("example");
    for (String iso3 : List.of("DZA", "AGO", "BHR", "BOL")) {
      TestApi.record(key, iso3, "SIGNED", "2019-07-12");
    }
    ObjectMapper json = new ObjectMapper();
    String examples = "/openapi/examples/POST_api_statements_key_recognition";
    JsonNode request = json.readTree(getClass().getResource(examples + ".request.json"));
    JsonNode answer = json.readTree(getClass().getResource(examples + ".json"));
    String body =
        given()
            .contentType(ContentType.JSON)
            .body(request.toString())
            .post("/api/statements/{key}/recognition", key)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(json.readTree(body)).isEqualTo(answer);
  }

  @Test
  void anUnknownStatementOrNoTextIsAProblemNamingIt() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "France"))
        .post("/api/statements/{key}/recognition", "no-such-letter")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    String key = TestApi.createLetter("empty");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/statements/{key}/recognition", key)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("text"))
        .body("errors[0].message", containsString("required"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "x".repeat(RecognitionRequest.MAX_LENGTH + 1)))
        .post("/api/statements/{key}/recognition", key)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("text"));
  }
}
