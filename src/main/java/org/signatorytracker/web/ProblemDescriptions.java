package org.signatorytracker.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The API description's problems: which errors each operation can answer, what each status means,
 * an example problem body for each, and the problem schemas (RFC 9457).
 */
final class ProblemDescriptions {

  private ProblemDescriptions() {}

  static final Map<String, String> STATUS_MEANING =
      Map.ofEntries(
          Map.entry("400", "A parameter or a field of the body is invalid; errors names each one"),
          Map.entry(
              "401",
              "Sign in (HTTP Basic, or a personal API token as Bearer) with an account whose role"
                  + " allows this"),
          Map.entry("403", "The account's role does not allow this"),
          Map.entry(
              "404",
              "What the path or a parameter names does not exist; errors suggests close names"),
          Map.entry(
              "409", "The change conflicts with what is stored (or was stored at the same moment)"),
          Map.entry("411", "Over HTTP/2, a body must declare its length (content-length header)"),
          Map.entry("412", "The statement changed since the version given in If-Match"),
          Map.entry("413", "The body is larger than this endpoint accepts"),
          Map.entry("415", "The body's content type is not one this endpoint reads"),
          Map.entry("422", "Rows of the files have problems; nothing was imported"),
          Map.entry(
              "429",
              "Too many failed sign-ins from this address (or for this account from it): wait the"
                  + " seconds Retry-After gives"));

  /** Which errors an operation can answer, by how the service works. */
  static List<String> errorsOf(String method, String path, Operation operation) {
    List<String> errors = new ArrayList<>(List.of("400", "401", "403", "429"));
    if (path.contains("{")
        || List.of(
                "/api/compare",
                "/api/query",
                "/api/matrix",
                "/api/agreement",
                "/api/coverage",
                "/api/compare/map.svg",
                "/api/query/map.svg",
                "/api/agreement/heatmap.svg")
            .contains(path)
        || path.startsWith("/api/export")) {
      errors.add("404");
    }
    boolean write = !method.equals("GET");
    boolean importing = isImport(path);
    if (write && !importing) {
      errors.add("409");
    }
    if (method.equals("PUT") && path.equals("/api/statements/{key}")) {
      errors.add("412");
    }
    if (operation.getRequestBody() != null) {
      errors.add("411");
      errors.add("413");
      errors.add("415");
    }
    if (importing) {
      errors.add("422");
    }
    return errors;
  }

  /** Whether the path imports tables ({@code /api/import…}; not the list of imports). */
  static boolean isImport(String path) {
    return path.equals("/api/import") || path.startsWith("/api/import/");
  }

  static Map<String, Object> problemExample(String status) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put(
        "title",
        switch (status) {
          case "400" -> "Bad Request";
          case "401" -> "Unauthorized";
          case "403" -> "Forbidden";
          case "404" -> "Not Found";
          case "409" -> "Conflict";
          case "411" -> "Length Required";
          case "412" -> "Precondition Failed";
          case "413" -> "Request Entity Too Large";
          case "429" -> "Too Many Requests";
          default -> "Unsupported Media Type";
        });
    problem.put("status", Integer.parseInt(status));
    switch (status) {
      case "400" -> {
        problem.put(
            "detail",
            "The request has invalid values: date not a valid date: there is no month 13");
        problem.put(
            "errors",
            List.of(
                Map.of(
                    "field", "date",
                    "message", "not a valid date: there is no month 13",
                    "value", "2019-13")));
      }
      case "404" -> {
        problem.put(
            "detail",
            "There is no statement with key 'hrc41-2019-xinjiang-suportive': unknown statement; did"
                + " you mean 'hrc41-2019-xinjiang-supportive'?");
        problem.put(
            "errors",
            List.of(
                Map.of(
                    "field", "key",
                    "message", "unknown statement; did you mean 'hrc41-2019-xinjiang-supportive'?",
                    "value", "hrc41-2019-xinjiang-suportive",
                    "suggestions", List.of("hrc41-2019-xinjiang-supportive"))));
      }
      default -> problem.put("detail", STATUS_MEANING.get(status) + ".");
    }
    return problem;
  }

  static void addProblemSchemas(OpenAPI openAPI) {
    Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    Schema fieldError =
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .description("One problem with one input")
            .addProperty("field", text.description("The field, parameter or column"))
            .addProperty(
                "message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
            .addProperty("value", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
            .addProperty(
                "suggestions",
                OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.ARRAY))
                    .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
    Schema problem = problemMembers().description("An RFC 9457 problem");
    problem.addProperty(
        "errors",
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.ARRAY))
            .items(OASFactory.createSchema().ref("FieldError")));
    // the report's own errors (file, line, column) take the place of the problem's
    Schema importProblem =
        OASFactory.createSchema()
            .description(
                "An RFC 9457 problem whose other members are the import report: every problem of"
                    + " every row, with its file, row number, column and value")
            .allOf(List.of(problemMembers(), OASFactory.createSchema().ref("ImportReport")));
    openAPI.getComponents().addSchema("FieldError", fieldError);
    openAPI.getComponents().addSchema("Problem", problem);
    openAPI.getComponents().addSchema("ImportProblem", importProblem);
  }

  /** The members every RFC 9457 problem has. */
  private static Schema problemMembers() {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
        .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
        .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
        .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
        .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
  }
}
