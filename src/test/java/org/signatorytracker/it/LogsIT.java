package org.signatorytracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged service logging as production does with QUARKUS_LOG_CONSOLE_JSON_ENABLED=true: one
 * JSON object a line, and every line written for a request, on the event loop or on a worker
 * thread, carries the id its response gives in X-Request-Id.
 */
class LogsIT {

  @Test
  void everyLineOfARequestCarriesItsId() throws Exception {
    Map<String, String> database = new HashMap<>(Databases.fresh("logs"));
    database.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
    Path log = CrashIT.LOGS.resolve("json-" + Databases.kind() + ".log");
    Files.deleteIfExists(log);
    String read;
    String imported;
    try (ServiceProcess service = new ServiceProcess(database, log).start()) {
      read = id(service.get("/api/states/FRA"));
      id(
          service.post(
              "/api/statements",
              "application/json",
              "{\"key\":\"logged\",\"title\":\"A"
                  + " letter\",\"kind\":\"LETTER\",\"date\":\"2022-06-14\"}"));
      imported =
          id(
              service.post(
                  "/api/import/positions",
                  "text/csv",
                  "statement,state,action,date,source_title\n"
                      + "logged,Cuba,SIGNED,2022-06-14,Text\n"));
      service.stop();
    } finally {
      Databases.discard(database);
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      if (line.startsWith("{")) {
        lines.add(json.readTree(line));
      }
    }
    assertThat(lines).as("JSON log lines").hasSizeGreaterThan(5);
    // the current property (quarkus.log.console.json.enabled), not the deprecated one
    assertThat(lines)
        .extracting(l -> l.path("message").asText())
        .noneMatch(message -> message.contains("is deprecated"));
    List<JsonNode> ofRead = withId(lines, read);
    assertThat(ofRead)
        .extracting(l -> l.path("loggerName").asText())
        .contains("io.quarkus.http.access-log");
    List<JsonNode> ofImport = withId(lines, imported);
    assertThat(ofImport)
        .extracting(l -> l.path("message").asText())
        .anyMatch(m -> m.startsWith("Imported 1 rows"))
        .anyMatch(m -> m.contains("/api/import/positions"));
    for (JsonNode line : lines) {
      if (line.path("loggerName").asText().equals("io.quarkus.http.access-log")) {
        assertThat(line.path("mdc").path("requestId").asText()).as(line.toString()).isNotEmpty();
      }
    }
  }

  private static List<JsonNode> withId(List<JsonNode> lines, String id) {
    return lines.stream().filter(l -> id.equals(l.path("mdc").path("requestId").asText())).toList();
  }

  private static String id(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return response.headers().firstValue("X-Request-Id").orElseThrow();
  }
}
