package org.signatorytracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.client.ApiClient;
import org.signatorytracker.client.ApiException;
import org.signatorytracker.client.JSON;
import org.signatorytracker.client.api.ImportApi;
import org.signatorytracker.client.api.IssuesApi;
import org.signatorytracker.client.api.PositionsApi;
import org.signatorytracker.client.api.ReportsApi;
import org.signatorytracker.client.api.StatementsApi;
import org.signatorytracker.client.model.Balance;
import org.signatorytracker.client.model.Comparison;
import org.signatorytracker.client.model.CountReport;
import org.signatorytracker.client.model.ImportProblem;
import org.signatorytracker.client.model.IssueRequest;
import org.signatorytracker.client.model.PositionAction;
import org.signatorytracker.client.model.PositionRequest;
import org.signatorytracker.client.model.Problem;
import org.signatorytracker.client.model.Source;
import org.signatorytracker.client.model.SourceKind;
import org.signatorytracker.client.model.StatementKind;
import org.signatorytracker.client.model.StatementRequest;
import org.signatorytracker.client.model.StatementView;
import org.signatorytracker.client.model.Timeline;
import org.signatorytracker.client.model.TimelineEntry;

/**
 * The README's short tour, through a Java client generated from the API description (the {@code
 * client} profile: openapi-generator, generator {@code java}, library {@code native}) against the
 * packaged service: what a researcher who generates a client gets, method by method.
 */
class ClientTourIT {

  private static final Source TEXT =
      new Source()
          .url("https://example.org/statement")
          .title("Text as read out")
          .kind(SourceKind.OFFICIAL);

  @Test
  void theTourThroughAGeneratedClient() throws Exception {
    Map<String, String> database = Databases.fresh("client");
    Path log = CrashIT.LOGS.resolve("client-" + Databases.kind() + ".log");
    try (ServiceProcess service = new ServiceProcess(database, log).start()) {
      // the client was generated from the document this build stored; the service serves the same
      assertThat(served(service)).isEqualTo(stored());
      ApiClient editor = client(service).setRequestInterceptor(basic());
      ApiClient reader = client(service);
      tour(editor, reader);
      service.stop();
    } finally {
      Databases.discard(database);
    }
  }

  private static void tour(ApiClient editor, ApiClient reader) throws Exception {
    // a joint statement with its sources, its count a claim on its date
    StatementView created =
        new StatementsApi(editor)
            .createStatement(
                new StatementRequest()
                    .key("HRC50-2022-example")
                    .title("Joint statement on an example")
                    .kind(StatementKind.JOINT_STATEMENT)
                    .forum("UN Human Rights Council")
                    .session("HRC50")
                    .date("2022-06-14")
                    .issue("example")
                    .side("critical")
                    .reportedCount(47)
                    .sources(List.of(TEXT)));
    assertThat(created.getKey()).isEqualTo("hrc50-2022-example");

    // positions: Türkiye signs on delivery; North Korea joins within an interval, then withdraws,
    // the withdrawal made public only on 15 August
    PositionsApi positions = new PositionsApi(editor);
    String key = created.getKey();
    positions.recordPosition(
        key,
        new PositionRequest()
            .state("Türkiye")
            .action(PositionAction.SIGNED)
            .date("2022-06-14")
            .sources(List.of(TEXT)));
    positions.recordPosition(
        key,
        new PositionRequest()
            .state("north korea")
            .action(PositionAction.SIGNED)
            .date("2022-06-20/2022-07-08")
            .sources(List.of(new Source().title("Diplomats").kind(SourceKind.ANONYMOUS))));
    positions.recordPosition(
        key,
        new PositionRequest()
            .state("DPRK")
            .action(PositionAction.WITHDREW)
            .date("2022-07")
            .reported("2022-08-15")
            .sources(List.of(new Source().url("https://example.org/withdrawal").kind(SourceKind.PRESS))));

    // counted as of 31 July: as known today the withdrawal (July) counts; as known on 31 July not
    ReportsApi reports = new ReportsApi(reader);
    CountReport today =
        reports.statementCount(
            key, "2022-07-31", null, null, null, null, null, null, null, null, null, null);
    CountReport then =
        reports.statementCount(
            key, "2022-07-31", null, null, null, null, "2022-07-31", null, null, null, null, null);
    assertThat(today.getCounts()).containsEntry("SIGNED", 1L);
    assertThat(then.getCounts()).containsEntry("SIGNED", 2L);
    assertThat(today.getReportedCount()).isEqualTo(47);
    assertThat(today.getAsOf()).isEqualTo(LocalDate.of(2022, 7, 31));

    // the timeline: Türkiye on 14 June, North Korea by 8 July (approximate), gone by 31 July
    Timeline timeline = reports.statementTimeline(key, null, null, null, null, null, null, null);
    assertThat(timeline.getEntries())
        .extracting(TimelineEntry::getDate, TimelineEntry::getTotal)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 6, 14), 1L),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 7, 8), 2L),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 7, 31), 1L));

    // a rival letter, to compare and to balance the issue's sides
    new StatementsApi(editor)
        .createStatement(
            new StatementRequest()
                .key("hrc50-2022-rival")
                .title("Joint letter in reply")
                .kind(StatementKind.LETTER)
                .session("HRC50")
                .date("2022-06-15")
                .issue("example")
                .side("supportive")
                .sources(List.of(TEXT)));
    for (String state : List.of("Pakistan", "Türkiye")) {
      positions.recordPosition(
          "hrc50-2022-rival",
          new PositionRequest()
              .state(state)
              .action(PositionAction.SIGNED)
              .date("2022-06-15")
              .sources(List.of(TEXT)));
    }
    Comparison compared =
        reports.compareStatements(
            key, "hrc50-2022-rival", "2022-06-30", null, null, null, null, null, null, null, null,
            null);
    assertThat(compared.getBoth()).containsExactly("TUR");
    assertThat(compared.getOnlyB()).containsExactly("PAK");

    new IssuesApi(editor)
        .declareIssue(
            "example",
            new IssueRequest().title("An example").sides(List.of("critical", "supportive")));
    Balance balance =
        new IssuesApi(reader)
            .issueBalance(
                "example", "2022-07-15", null, null, null, null, null, null, null, null, null, null);
    // Türkiye signed both letters of one occasion: it stands on both sides
    assertThat(balance.getSides().get("supportive").getStates()).containsExactly("PAK");
    assertThat(balance.getSides().get("critical").getStates()).containsExactly("PRK");
    assertThat(balance.getBoth().getStates()).containsExactly("TUR");

    // an import with a problem: nothing is written, the problem comes back by line and column
    File csv = Files.createTempFile("positions", ".csv").toFile();
    Files.writeString(
        csv.toPath(),
        "statement,state,action,date,source_title\n"
            + key
            + ",Cuba,SIGNED,2022-06-14,Text\n"
            + key
            + ",Atlantis,SIGNED,2022-06-14,Text\n");
    ApiException refused =
        catchThrowableOfType(
            ApiException.class, () -> new ImportApi(editor).importPositions(false, csv));
    assertThat(refused.getCode()).isEqualTo(422);
    ImportProblem problem =
        JSON.getDefault().getMapper().readValue(refused.getResponseBody(), ImportProblem.class);
    assertThat(problem.getImported()).isZero();
    assertThat(problem.getErrors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.getLine()).isEqualTo(3L);
              assertThat(error.getColumn()).isEqualTo("state");
              assertThat(error.getValue()).isEqualTo("Atlantis");
            });

    // a 4xx problem body, read as the client's error type
    ApiException missing =
        catchThrowableOfType(
            ApiException.class, () -> new StatementsApi(reader).getStatement("no-such-letter"));
    assertThat(missing.getCode()).isEqualTo(404);
    Problem notFound =
        JSON.getDefault().getMapper().readValue(missing.getResponseBody(), Problem.class);
    assertThat(notFound.getStatus()).isEqualTo(404);
    assertThat(notFound.getDetail()).contains("no-such-letter");
    ApiException bad =
        catchThrowableOfType(
            ApiException.class,
            () ->
                reports.statementCount(
                    key, "31 July", null, null, null, null, null, null, null, null, null, null));
    Problem badDate = JSON.getDefault().getMapper().readValue(bad.getResponseBody(), Problem.class);
    assertThat(bad.getCode()).isEqualTo(400);
    assertThat(badDate.getErrors()).extracting(e -> e.getField()).contains("asOf");
  }

  private static ApiClient client(ServiceProcess service) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(service.uri("").toString().replaceAll("/$", ""));
    return client;
  }

  private static java.util.function.Consumer<HttpRequest.Builder> basic() {
    String token =
        java.util.Base64.getEncoder()
            .encodeToString(
                ("admin:" + ServiceProcess.ADMIN_PASSWORD)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return request -> request.header("Authorization", "Basic " + token);
  }

  private static JsonNode served(ServiceProcess service) throws Exception {
    return new ObjectMapper().readTree(service.get("/q/openapi?format=json").body());
  }

  private static JsonNode stored() throws Exception {
    return new ObjectMapper().readTree(Path.of("target", "openapi", "openapi.json").toFile());
  }
}
