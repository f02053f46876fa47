package org.signatorytracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.common.UncertainDate;

/**
 * Walks the service's own OpenAPI document: every operation must say what it does, show an example
 * of what it takes and what it answers, and name the errors it can answer with the problem schema.
 */
@QuarkusTest
class ApiDescriptionTest {

  private JsonNode document;

  @BeforeEach
  void read() throws Exception {
    document =
        new ObjectMapper()
            .readTree(
                given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
  }

  private List<String> everyOperation(OperationCheck check) {
    List<String> failures = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        check.check(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue(), failures);
      }
    }
    return failures;
  }

  private interface OperationCheck {
    void check(String name, JsonNode operation, List<String> failures);
  }

  @Test
  void everyOperationHasASummaryAndADescription() {
    assertThat(
            everyOperation(
                (name, op, failures) -> {
                  if (op.path("summary").asText().isBlank()) {
                    failures.add(name + ": no summary");
                  }
                  if (op.path("description").asText().length() < 40) {
                    failures.add(name + ": no description");
                  }
                }))
        .isEmpty();
  }

  @Test
  void everyRequestBodyAndEverySuccessHasAnExample() {
    assertThat(
            everyOperation(
                (name, op, failures) -> {
                  op.path("requestBody")
                      .path("content")
                      .fields()
                      .forEachRemaining(
                          type -> {
                            if (!type.getValue().has("example")) {
                              failures.add(name + ": no request example for " + type.getKey());
                            }
                          });
                  boolean success = false;
                  for (Iterator<Map.Entry<String, JsonNode>> responses =
                          op.path("responses").fields();
                      responses.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    if (!response.getKey().startsWith("2")) {
                      continue;
                    }
                    success = true;
                    response
                        .getValue()
                        .path("content")
                        .fields()
                        .forEachRemaining(
                            type -> {
                              JsonNode example = type.getValue().path("example");
                              if (example.isMissingNode() || example.isNull()) {
                                failures.add(
                                    name
                                        + ": no "
                                        + response.getKey()
                                        + " example for "
                                        + type.getKey());
                              } else if (type.getKey().equals("application/json")) {
                                failures.addAll(
                                    unknownFields(name, example, type.getValue().path("schema")));
                              }
                            });
                  }
                  if (!success) {
                    failures.add(name + ": no success response");
                  }
                }))
        .isEmpty();
  }

  @Test
  void everyOperationNamesItsErrorsWithTheProblemSchema() {
    assertThat(
            everyOperation(
                (name, op, failures) -> {
                  JsonNode responses = op.path("responses");
                  List<String> expected = new ArrayList<>(List.of("400", "401", "403", "429"));
                  if (name.contains("{")) {
                    expected.add("404");
                  }
                  if (op.has("requestBody")) {
                    expected.addAll(List.of("411", "413", "415"));
                  }
                  boolean importing =
                      name.equals("POST /api/import") || name.startsWith("POST /api/import/");
                  if (importing) {
                    expected.add("422");
                  }
                  if (!name.startsWith("GET") && !importing) {
                    expected.add("409");
                  }
                  for (String status : expected) {
                    JsonNode schema =
                        responses
                            .path(status)
                            .path("content")
                            .path("application/problem+json")
                            .path("schema")
                            .path("$ref");
                    if (!schema.asText().endsWith("Problem")) {
                      failures.add(name + ": no " + status + " problem response");
                    }
                  }
                }))
        .isEmpty();
  }

  /** Reports answer 304 to their own ETag; the description says so. */
  @Test
  void reportsDocumentNotModified() {
    JsonNode paths = document.path("paths");
    for (String report :
        List.of(
            "/api/statements/{key}/signatories",
            "/api/statements/{key}/count",
            "/api/statements/{key}/timeline",
            "/api/compare",
            "/api/states/{code}/positions")) {
      assertThat(paths.path(report).path("get").path("responses").has("304")).as(report).isTrue();
    }
    assertThat(paths.path("/api/statements").path("get").path("responses").has("304")).isFalse();
  }

  @Test
  void createsAreDocumentedAs201AndADeletionAs204() {
    JsonNode paths = document.path("paths");
    for (String create :
        List.of(
            "/api/statements",
            "/api/statements/{key}/positions",
            "/api/statements/{key}/claims",
            "/api/positions/{id}/retraction",
            "/api/claims/{id}/retraction",
            "/api/users")) {
      JsonNode responses = paths.path(create).path("post").path("responses");
      assertThat(responses.has("201")).as(create).isTrue();
      assertThat(responses.has("200")).as(create).isFalse();
    }
    assertThat(paths.path("/api/statements/{key}").path("delete").path("responses").has("204"))
        .isTrue();
  }

  @Test
  void importsDocumentTheirColumnsMediaTypesDryRunAndReport() {
    JsonNode positions = document.path("paths").path("/api/import/positions").path("post");
    assertThat(positions.path("description").asText())
        .contains("`statement` (required)", "`source_kind`", "`retraction_reason`");
    assertThat(positions.path("requestBody").path("content").has("text/csv")).isTrue();
    assertThat(positions.path("requestBody").path("content").has("multipart/form-data")).isTrue();
    JsonNode dryRun = null;
    for (JsonNode parameter : positions.path("parameters")) {
      if (parameter.path("name").asText().equals("dryRun")) {
        dryRun = parameter;
      }
    }
    assertThat(dryRun).isNotNull();
    assertThat(dryRun.path("schema").path("type").asText()).isEqualTo("boolean");
    assertThat(
            positions
                .path("responses")
                .path("200")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asText())
        .endsWith("ImportReport");
    assertThat(
            document
                .path("paths")
                .path("/api/import")
                .path("post")
                .path("requestBody")
                .path("content")
                .has("application/zip"))
        .isTrue();
  }

  @Test
  void dateExamplesAreValidDates() {
    JsonNode schemas = document.path("components").path("schemas");
    for (JsonNode example : schemas.path("PartialDate").path("examples")) {
      assertThat(PartialDate.parse(example.asText())).isNotNull();
    }
    for (JsonNode example : schemas.path("UncertainDate").path("examples")) {
      assertThat(UncertainDate.parse(example.asText())).isNotNull();
    }
    assertThat(schemas.path("UncertainDate").path("examples")).hasSizeGreaterThan(2);
    assertThat(document.toString()).doesNotContain("\\\"2019");
  }

  /** Fields of an example its schema does not have: an example that has drifted from the code. */
  private List<String> unknownFields(String name, JsonNode example, JsonNode schema) {
    List<String> unknown = new ArrayList<>();
    JsonNode resolved = resolve(schema);
    if (!example.isObject() || !resolved.has("properties")) {
      return unknown;
    }
    Set<String> known = new java.util.HashSet<>();
    resolved.path("properties").fieldNames().forEachRemaining(known::add);
    example
        .fieldNames()
        .forEachRemaining(
            field -> {
              if (!known.contains(field)) {
                unknown.add(name + ": the example has a field '" + field + "' the schema does not");
              }
            });
    return unknown;
  }

  private JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asText();
    if (ref.isEmpty()) {
      return schema;
    }
    return document
        .path("components")
        .path("schemas")
        .path(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
