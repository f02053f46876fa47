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
    String pattern = schemas.path("UncertainDate").path("pattern").asText();
    for (JsonNode example : schemas.path("UncertainDate").path("examples")) {
      assertThat(UncertainDate.parse(example.asText())).isNotNull();
      assertThat(example.asText()).matches(pattern);
    }
    assertThat("2019-07-26/..").doesNotMatch(pattern);
    assertThat(schemas.path("UncertainDate").path("examples")).hasSizeGreaterThan(2);
    assertThat(document.toString()).doesNotContain("\\\"2019");
  }

  /** Operations are named for their question, once each, and grouped by a declared tag. */
  @Test
  void everyOperationHasAnOperationIdAndADeclaredTag() {
    Set<String> declared = new java.util.HashSet<>();
    document.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
    Set<String> seen = new java.util.HashSet<>();
    assertThat(
            everyOperation(
                (name, op, failures) -> {
                  String id = op.path("operationId").asText();
                  if (!id.matches("[a-z][a-zA-Z0-9]+")) {
                    failures.add(name + ": operationId '" + id + "' is not lower camel case");
                  } else if (!seen.add(id)) {
                    failures.add(name + ": operationId '" + id + "' is used twice");
                  }
                  if (op.path("tags").size() != 1
                      || !declared.contains(op.path("tags").path(0).asText())) {
                    failures.add(name + ": not in exactly one declared tag");
                  }
                }))
        .isEmpty();
  }

  /** The README lists every operation by its name, so that a generated client can be read. */
  @Test
  void theReadmeListsEveryOperationId() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
    assertThat(
            everyOperation(
                (name, op, failures) -> {
                  if (!readme.contains("`" + op.path("operationId").asText() + "`")) {
                    failures.add(name + ": " + op.path("operationId").asText());
                  }
                }))
        .isEmpty();
  }

  @Test
  void theDocumentNamesItsServerAndLicence() {
    assertThat(document.path("servers").path(0).path("url").asText()).isEqualTo("/");
    assertThat(document.path("info").path("license").path("name").asText()).isNotBlank();
    assertThat(document.path("info").path("license").path("url").asText())
        .isEqualTo("https://www.apache.org/licenses/LICENSE-2.0");
  }

  /** Every reference resolves, and every component is referenced. */
  @Test
  void referencesResolveAndNoComponentIsUnused() {
    Set<String> defined = new java.util.HashSet<>();
    document.path("components").path("schemas").fieldNames().forEachRemaining(defined::add);
    Set<String> referenced = new java.util.TreeSet<>();
    collectReferences(document, referenced);
    assertThat(referenced).allMatch(defined::contains, "is defined");
    Set<String> unused = new java.util.TreeSet<>(defined);
    unused.removeAll(referenced);
    assertThat(unused).isEmpty();
  }

  private static void collectReferences(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      String ref = node.path("$ref").asText();
      if (ref.startsWith("#/components/schemas/")) {
        into.add(ref.substring("#/components/schemas/".length()));
      }
      node.elements().forEachRemaining(child -> collectReferences(child, into));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collectReferences(child, into));
    }
  }

  /**
   * A record component of a boxed type ({@code Integer}, {@code Double}, {@code Boolean}, …) is
   * boxed because it can be null: the schema says so, unless Jackson leaves a null out.
   */
  @Test
  void boxedComponentsOfAnswersAreDeclaredNullable() {
    JsonNode schemas = document.path("components").path("schemas");
    List<String> failures = new ArrayList<>();
    for (com.tngtech.archunit.core.domain.JavaClass type :
        new com.tngtech.archunit.core.importer.ClassFileImporter()
            .withImportOption(
                com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.signatorytracker")) {
      if (!type.isRecord()) {
        continue;
      }
      Class<?> record = type.reflect();
      JsonNode properties = schemas.path(record.getSimpleName()).path("properties");
      if (properties.isMissingNode() || leavesNullsOut(record)) {
        continue;
      }
      for (java.lang.reflect.RecordComponent component : record.getRecordComponents()) {
        JsonNode property = properties.path(component.getName());
        boolean boxed =
            List.of(
                    Integer.class,
                    Long.class,
                    Double.class,
                    Boolean.class,
                    Float.class,
                    Short.class)
                .contains(component.getType());
        if (boxed
            && !property.isMissingNode()
            && !leavesNullsOut(component.getAccessor())
            && !allowsNull(property)) {
          failures.add(record.getSimpleName() + "." + component.getName());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  private static boolean leavesNullsOut(java.lang.reflect.AnnotatedElement element) {
    com.fasterxml.jackson.annotation.JsonInclude include =
        element.getAnnotation(com.fasterxml.jackson.annotation.JsonInclude.class);
    return include != null
        && include.value() != com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;
  }

  private static boolean allowsNull(JsonNode property) {
    for (JsonNode type : property.path("type")) {
      if (type.asText().equals("null")) {
        return true;
      }
    }
    for (JsonNode option : property.path("anyOf")) {
      if (option.path("type").asText().equals("null")) {
        return true;
      }
    }
    return false;
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
