package org.signatorytracker.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.signatorytracker.common.ListAnswers;
import org.signatorytracker.transfer.ImportFormats;

/**
 * Completes the API description at build time, so that every operation says what it answers:
 *
 * <ul>
 *   <li>the errors it can answer, each an RFC 9457 problem ({@code Problem}), by rules that follow
 *       how the service works (every request can be malformed, unauthorised or forbidden; a path
 *       naming something can find nothing; a write can conflict; a body can be too large or of the
 *       wrong type; an import can have problems in its rows);
 *   <li>a page schema for every list, and plain text for CSV answers;
 *   <li>request and response examples, real answers of the service on the demo data, kept in {@code
 *       src/main/resources/openapi/examples/} under the method and path ({@code
 *       GET_api_statements_key_count.json}, {@code POST_api_statements.request.json});
 *   <li>the columns of each import table, from the one definition imports and exports use.
 * </ul>
 *
 * {@code ApiDescriptionTest} fails on any operation that lacks a description, an example or its
 * error responses.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDescription implements OASFilter {

  private static final String EXAMPLES = "openapi/examples/";
  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";
  private static final String CSV = "text/csv";

  private static final String PAGE_OF = ListAnswers.PAGE_OF;

  /** Report endpoints: their answers carry an ETag, and If-None-Match can get 304. */
  private static final List<String> REPORTS =
      List.of(
          "/api/statements/{key}/signatories",
          "/api/statements/{key}/count",
          "/api/statements/{key}/timeline",
          "/api/compare",
          "/api/states/{code}/positions",
          "/api/issues/{issue}",
          "/api/issues/{issue}/balance",
          "/api/issues/{issue}/timeline",
          "/api/issues/{issue}/switchers",
          "/api/issues/{issue}/crossed",
          "/api/statements/{key}/summary",
          "/api/summaries",
          "/api/issues/{issue}/stances",
          "/api/query",
          "/api/matrix",
          "/api/agreement",
          "/api/coverage",
          "/api/statements/{key}/cohesion",
          "/api/states/{code}/profile",
          "/api/statements/{key}/timeline.svg",
          "/api/statements/{key}/map.svg",
          "/api/issues/{issue}/timeline.svg",
          "/api/issues/{issue}/map.svg",
          "/api/compare/map.svg",
          "/api/query/map.svg",
          "/api/agreement/heatmap.svg");

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    // relative: a client generated from the document calls the server it was read from
    openAPI.setServers(
        List.of(OASFactory.createServer().url("/").description("This service, where it runs")));
    ProblemDescriptions.addProblemSchemas(openAPI);
    for (Schema schema : openAPI.getComponents().getSchemas().values()) {
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(ApiDescription::nullableItems);
      }
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().getOperations().entrySet()) {
        describe(entry.getKey().name(), path.getKey(), entry.getValue(), openAPI.getComponents());
      }
    }
  }

  private static void nullableItems(Schema property) {
    if (property.getExtensions() != null
        && property.getExtensions().containsKey(ListAnswers.NULLABLE_ITEMS)) {
      property.removeExtension(ListAnswers.NULLABLE_ITEMS);
      Schema items = property.getItems();
      Schema nullType = OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL));
      if (items.getRef() != null) {
        property.setItems(
            OASFactory.createSchema()
                .anyOf(List.of(OASFactory.createSchema().ref(items.getRef()), nullType)));
      } else {
        List<Schema.SchemaType> types = new java.util.ArrayList<>(items.getType());
        types.add(Schema.SchemaType.NULL);
        items.setType(types);
      }
    }
  }

  private void describe(
      String method,
      String path,
      Operation operation,
      org.eclipse.microprofile.openapi.models.Components components) {
    String key = method + "_" + path.replaceAll("^/|[{}]", "").replace('/', '_');
    // the UN's voting data is imported in its own published format, described with its operation
    if (ProblemDescriptions.isImport(path) && !path.endsWith("/undl")) {
      String table = path.substring(path.lastIndexOf('/') + 1);
      String tables =
          table.equals("import")
              ? "Tables (multipart parts `issues`, `statements`, `stages`, `claims`, `positions`,"
                  + " `side-claims`; `groups`"
                  + " and `memberships` as `POST /api/groups/memberships` reads them):\n\n"
                  + "issues:\n"
                  + ImportFormats.columns("issues")
                  + "\nstatements:\n"
                  + ImportFormats.columns("statements")
                  + "\nstages:\n"
                  + ImportFormats.columns("stages")
                  + "\nclaims:\n"
                  + ImportFormats.columns("claims")
                  + "\npositions:\n"
                  + ImportFormats.columns("positions")
                  + "\nside-claims:\n"
                  + ImportFormats.columns("side-claims")
              : "Columns (in any order and case):\n\n" + ImportFormats.columns(table);
      operation.setDescription(operation.getDescription() + "\n\n" + tables);
    }
    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
      for (Map.Entry<String, MediaType> body :
          operation.getRequestBody().getContent().getMediaTypes().entrySet()) {
        Object example = requestExample(key, body.getKey());
        if (example != null) {
          body.getValue().setExample(example);
        }
      }
    }
    APIResponses responses = operation.getResponses();
    String pageOf =
        operation.getExtensions() == null ? null : (String) operation.getExtensions().get(PAGE_OF);
    for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
      if (response.getKey().startsWith("2") && response.getValue().getContent() != null) {
        successExamples(key, response.getValue(), pageOf);
      }
    }
    if (pageOf != null) {
      operation.removeExtension(PAGE_OF);
      if (components.getSchemas() == null || !components.getSchemas().containsKey(pageOf)) {
        throw new IllegalStateException(
            method
                + " "
                + path
                + " lists "
                + pageOf
                + ", which no schema describes: name its"
                + " class in the response's @Schema(implementation)");
      }
    }
    boolean hasFormat =
        operation.getParameters() != null
            && operation.getParameters().stream().anyMatch(p -> "format".equals(p.getName()));
    if (answersCsv(responses) && !hasFormat) {
      operation.addParameter(
          OASFactory.createParameter()
              .name("format")
              .in(Parameter.In.QUERY)
              .description("csv or json: stands for the Accept header, for links in a browser")
              .schema(
                  OASFactory.createSchema()
                      .type(List.of(Schema.SchemaType.STRING))
                      .enumeration(List.of("csv", "json"))));
      operation.addParameter(
          OASFactory.createParameter()
              .name("bom")
              .in(Parameter.In.QUERY)
              .description(
                  "true: begin a CSV answer with a UTF-8 byte-order mark, so that Excel shows"
                      + " Türkiye and Côte d'Ivoire correctly")
              .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN))));
    }
    if (method.equals("GET") && REPORTS.contains(path)) {
      responses.addAPIResponse(
          "304",
          OASFactory.createAPIResponse()
              .description(
                  "Not Modified: If-None-Match names this answer's ETag, and nothing has been"
                      + " recorded since"));
    }
    for (String status : ProblemDescriptions.errorsOf(method, path, operation)) {
      if (!responses.hasAPIResponse(status)) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse());
      }
      APIResponse error = responses.getAPIResponse(status);
      error.setDescription(ProblemDescriptions.STATUS_MEANING.get(status));
      Object example =
          status.equals("422")
              ? read(key + ".422.json")
              : ProblemDescriptions.problemExample(status);
      error.setContent(
          OASFactory.createContent()
              .addMediaType(
                  PROBLEM,
                  OASFactory.createMediaType()
                      .schema(
                          OASFactory.createSchema()
                              .ref(status.equals("422") ? "ImportProblem" : "Problem"))
                      .example(example)));
    }
  }

  private static boolean answersCsv(APIResponses responses) {
    return responses.getAPIResponses().entrySet().stream()
        .filter(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null)
        .anyMatch(
            r ->
                r.getValue().getContent().getMediaTypes().keySet().stream()
                    .anyMatch(type -> type.startsWith(CSV)));
  }

  private void successExamples(String key, APIResponse response, String pageOf) {
    Content content = response.getContent();
    for (Map.Entry<String, MediaType> type : content.getMediaTypes().entrySet()) {
      String mediaType = type.getKey();
      MediaType value = type.getValue();
      if (mediaType.startsWith(JSON)) {
        if (pageOf != null) {
          value.setSchema(pageSchema(pageOf));
        }
        value.setExample(read(key + ".json"));
      } else if (mediaType.startsWith(CSV)) {
        value.setSchema(
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING))
                .description(
                    "A CSV table (RFC 4180, UTF-8; bom=true adds a byte-order mark for Excel)"));
        Object csv = text(key + ".csv");
        value.setExample(csv != null ? csv : "(the same answer as a tidy table, one row each)");
      } else if (mediaType.equals(Pictures.SVG)) {
        // a real map is half a megabyte: the example says what it holds
        value.setExample(
            "<svg xmlns='http://www.w3.org/2000/svg' width='960.0' height='600.0'><title>Joint"
                + " letter of 37 states supporting China on Xinjiang — As of 2019-08-01</title>"
                + "<g id='st-QAT'><title>Qatar: Withdrew</title><path d='…'/></g>…"
                + "<text>Signatory: 49</text><text>Withdrew: 1</text><text>No record: 148</text>"
                + "<text>Signatory Tracker · data as known on 2026-11-30 · recorded through"
                + " 2026-11-30T10:00:00Z</text></svg>");
      } else if (mediaType.equals(Pictures.PNG)) {
        value.setSchema(
            OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("binary"));
        value.setExample("(the same picture as a PNG, at twice the size, for slides)");
      } else if (mediaType.equals("application/atom+xml")) {
        value.setSchema(
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING))
                .description("An Atom feed (RFC 4287)"));
        value.setExample(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Signatory Tracker: Joint letter"
                + " of 37 states supporting China on Xinjiang</title>"
                + "<id>urn:signatory-tracker:feed:statement:hrc41-2019-xinjiang-supportive</id>"
                + "<updated>2019-08-21T09:00:00Z</updated><entry><title>1 record retracted on"
                + " Joint letter of 37 states … (hrc41-2019-xinjiang-supportive)</title>"
                + "<id>urn:signatory-tracker:feed:statement:hrc41-2019-xinjiang-supportive"
                + ":revision:42</id><updated>2019-08-21T09:00:00Z</updated>"
                + "<summary>Joint letter …: retracted Qatar (Qatar's withdrawal, not a"
                + " signature)</summary></entry></feed>");
      } else if (mediaType.equals("application/zip")) {
        value.setExample(
            "(a zip archive: datapackage.json, states.csv, issues.csv, groups.csv,"
                + " memberships.csv, statements.csv, stages.csv, claims.csv, side-claims.csv,"
                + " positions.csv, README.md, CITATION.cff)");
      }
    }
  }

  private Object requestExample(String key, String mediaType) {
    if (mediaType.startsWith(JSON)) {
      return read(key + ".request.json");
    }
    if (mediaType.startsWith(CSV)
        || mediaType.startsWith("text/plain")
        || mediaType.startsWith("text/tab-separated-values")) {
      Object csv = text(key + ".request.csv");
      return csv == null || !mediaType.startsWith("text/tab")
          ? csv
          : csv.toString().replace(',', '\t');
    }
    if (mediaType.startsWith("multipart/form-data")) {
      return key.equals("POST_api_import")
          ? Map.of(
              "statements", "(statements.csv)",
              "claims", "(claims.csv)",
              "positions", "(positions.csv)")
          : Map.of("file", "(a CSV or TSV file: see the request body's text/csv example)");
    }
    if (mediaType.equals("application/zip")) {
      return "(a data package zip, as GET /api/export/datapackage.zip writes it)";
    }
    return null;
  }

  /** {items: [T], page, size, totalItems, totalPages}. */
  private static Schema pageSchema(String itemSchema) {
    Schema integer = OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER));
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .description("One page of the list; ask for text/csv to get the whole list")
        .addProperty(
            "items",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.ARRAY))
                .items(OASFactory.createSchema().ref(itemSchema)))
        .addProperty("page", integer.description("Page number, from 0"))
        .addProperty("size", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
        .addProperty(
            "totalItems",
            OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int64"))
        .addProperty(
            "totalPages", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)));
  }

  private Object read(String name) {
    Object text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return json.readValue(text.toString(), Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException("The example " + name + " is not JSON", e);
    }
  }

  private static Object text(String name) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(EXAMPLES + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
