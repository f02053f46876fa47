package org.signatorytracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service on one database, as two replicas behind a load balancer:
 * what one writes, the other answers exactly at once, though each keeps statements' records in
 * memory. On PostgreSQL as in production; on H2 the second instance reaches the first's file
 * through H2's automatic server mode.
 */
class ReplicasIT {

  private static final List<String> STATES =
      List.of(
          "ALB", "AND", "ARG", "ARM", "AUS", "AUT", "BEL", "BGR", "BIH", "BRA", "CAN", "CHE", "CHL",
          "COL", "CRI", "CYP", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GBR", "GRC", "HRV",
          "HUN", "IRL", "ISL", "ITA", "JPN", "LIE", "LTU", "LUX", "LVA", "MCO", "MDA", "MEX", "MKD",
          "MLT", "MNE", "NLD", "NOR", "NZL", "PER", "POL", "PRT", "ROU");

  @Test
  void whatOneReplicaWritesTheOtherAnswersAtOnce() throws Exception {
    Map<String, String> database = new java.util.HashMap<>(Databases.fresh("replicas"));
    if (!Databases.postgres()) {
      database.put(
          "QUARKUS_DATASOURCE_JDBC_URL",
          database.get("QUARKUS_DATASOURCE_JDBC_URL") + ";AUTO_SERVER=TRUE");
    }
    Path logs = CrashIT.LOGS;
    try (ServiceProcess a =
            new ServiceProcess(database, logs.resolve("replica-a-" + Databases.kind() + ".log"))
                .start();
        ServiceProcess b =
            new ServiceProcess(database, logs.resolve("replica-b-" + Databases.kind() + ".log"))
                .start()) {
      created(
          a.post(
              "/api/statements",
              "application/json",
              "{\"key\":\"replicated\",\"title\":\"A letter\",\"kind\":\"LETTER\","
                  + "\"date\":\"2022-06-14\"}"));
      long france = record(a, "FRA", "SIGNED", "2022-06-14");
      assertThat(named(b)).isEqualTo(1); // b now holds the statement's records in memory
      assertThat(named(a)).isEqualTo(1);

      record(a, "DEU", "SIGNED", "2022-06-15");
      assertThat(named(b)).as("b sees a's write at once").isEqualTo(2);
      assertThat(standingOf(b, "DEU")).isEqualTo("SIGNED"); // b keeps Germany's report now
      record(a, "DEU", "WITHDREW", "2022-06-16");
      assertThat(standingOf(b, "DEU")).as("b's state report sees a's write").isEqualTo("WITHDREW");
      record(a, "DEU", "SIGNED", "2022-06-17");
      assertThat(standingOf(b, "DEU")).isEqualTo("SIGNED");
      created(
          b.post(
              "/api/positions/" + france + "/retraction",
              "application/json",
              "{\"reason\":\"Misread annex\"}"));
      assertThat(named(a)).as("a sees b's retraction at once").isEqualTo(1);
      assertThat(named(b)).isEqualTo(1);

      // 16 clients writing through both at once, each its own states: sign, some withdraw
      ExecutorService pool = Executors.newFixedThreadPool(16);
      List<Future<List<String>>> clients = new ArrayList<>();
      for (int c = 0; c < 16; c++) {
        int client = c;
        clients.add(
            pool.submit(
                () -> {
                  List<String> standing = new ArrayList<>();
                  for (int i = client; i < STATES.size(); i += 16) {
                    ServiceProcess via = (i % 2 == 0) ? a : b;
                    String state = STATES.get(i);
                    if (state.equals("DEU")) {
                      continue;
                    }
                    record(via, state, "SIGNED", "2022-06-20");
                    if (i % 3 == 0) {
                      record(via == a ? b : a, state, "WITHDREW", "2022-07-01");
                    } else {
                      standing.add(state);
                    }
                  }
                  return standing;
                }));
      }
      TreeSet<String> expected = new TreeSet<>(List.of("DEU"));
      for (Future<List<String>> client : clients) {
        expected.addAll(client.get());
      }
      pool.shutdown();
      int records = 4; // France's first record (retracted) and Germany's three, then the clients'

      for (int i = 0; i < STATES.size(); i++) {
        if (!STATES.get(i).equals("DEU")) {
          records += i % 3 == 0 ? 2 : 1;
        }
      }

      for (ServiceProcess replica : List.of(a, b)) {
        JsonPath signatories =
            json(replica.get("/api/statements/replicated/signatories?asOf=2022-12-31"));
        assertThat(new TreeSet<>(signatories.getList("states.iso3", String.class)))
            .isEqualTo(expected);
        assertThat(named(replica)).isEqualTo(expected.size());
        List<Integer> totals =
            json(replica.get("/api/statements/replicated/timeline")).getList("entries.total");
        assertThat(totals.get(totals.size() - 1)).isEqualTo(expected.size());
        assertThat(
                json(replica.get("/api/statements/replicated/positions?size=500"))
                    .getInt("totalItems"))
            .isEqualTo(records);
      }
    } finally {
      Databases.discard(database);
    }
  }

  /** The state's standing on the letter, from its state report. */
  private static String standingOf(ServiceProcess replica, String iso3) throws Exception {
    return json(replica.get("/api/states/" + iso3 + "/positions?asOf=2022-12-31"))
        .getString("standings.find { it.statement == 'replicated' }.action");
  }

  private static long record(ServiceProcess via, String state, String action, String date)
      throws Exception {
    HttpResponse<String> response =
        via.post(
            "/api/statements/replicated/positions",
            "application/json",
            "{\"state\":\""
                + state
                + "\",\"action\":\""
                + action
                + "\",\"date\":\""
                + date
                + "\",\"sources\":[{\"title\":\"Record of the session\"}]}");
    created(response);
    return new JsonPath(response.body()).getLong("id");
  }

  private static void created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private static long named(ServiceProcess replica) throws Exception {
    // the signatories counted (named also counts the states that withdrew)
    return json(replica.get("/api/statements/replicated/count?asOf=2022-12-31"))
        .getLong("counts.SIGNED");
  }

  private static JsonPath json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new JsonPath(response.body());
  }
}
