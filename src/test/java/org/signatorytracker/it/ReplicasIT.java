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
    // replicas share the key of the forms' CSRF tokens
    database.put("TRACKER_WEB_SECRET", "a secret both replicas share");
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

      sessionsEndOnEveryReplica(a, b);
    } finally {
      Databases.discard(database);
    }
  }

  /**
   * A sign-in session lives in the database: whatever ends it on one replica ends it on the other,
   * for every copy of its cookie.
   */
  private static void sessionsEndOnEveryReplica(ServiceProcess a, ServiceProcess b)
      throws Exception {
    created(
        a.post(
            "/api/users",
            "application/json",
            "{\"name\":\"traveller\",\"password\":\"first long password\","
                + "\"role\":\"editor\"}"));
    FormBrowser owner = new FormBrowser();
    owner.signIn(a, "traveller", "first long password");
    FormBrowser thief = owner.copy();
    assertThat(owner.account(b)).as("a session begun on a opens b's pages").isEqualTo(200);
    assertThat(thief.account(a)).isEqualTo(200);
    assertThat(owner.post(b, "/signout", Map.of()).statusCode()).isEqualTo(303);
    assertThat(thief.account(a)).as("signed out on b: the copy is refused on a").isEqualTo(303);
    assertThat(thief.account(b)).isEqualTo(303);

    FormBrowser here = new FormBrowser();
    here.signIn(a, "traveller", "first long password");
    FormBrowser there = new FormBrowser();
    there.signIn(b, "traveller", "first long password");
    HttpResponse<String> changed =
        here.post(
            a,
            "/account/password",
            Map.of(
                "current", "first long password",
                "password", "second long password",
                "repeated", "second long password"));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(there.account(b)).as("the password changed on a: b's session ended").isEqualTo(303);
    assertThat(here.account(b)).as("the session that changed it goes on").isEqualTo(200);

    HttpResponse<String> reset =
        b.exchange(
            b.request("/api/users/traveller")
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"password\":\"an admin's new password\"}"))
                .build());
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    assertThat(here.account(a)).as("reset by an admin on b: every session ended").isEqualTo(303);
  }

  /**
   * Production's case, on PostgreSQL: two replicas started at the same moment on a new database
   * (one applies the migrations, the other waits for it and finds nothing to do), then one killed
   * with SIGKILL in the middle of an import: the other answers every report, the import left
   * nothing behind, and the same import then runs through the survivor.
   */
  @Test
  void replicasStartTogetherAndOneDyingMidImportLeavesNothingBehind() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Databases.postgres(),
        "Skipped: two replicas starting together and one killed mid-import run on PostgreSQL"
            + " (.ci/run); H2 has no server for two processes to share as production does");
    Map<String, String> database = new java.util.HashMap<>(Databases.fresh("together"));
    // what runs at start, in both at once: migrations, the first admin, the demo data
    database.put("TRACKER_DEMO_LOAD", "true");
    Path logs = CrashIT.LOGS;
    Path logA = logs.resolve("together-a.log");
    Path logB = logs.resolve("together-b.log");
    java.nio.file.Files.deleteIfExists(logA);
    java.nio.file.Files.deleteIfExists(logB);
    ServiceProcess a = new ServiceProcess(database, logA);
    ServiceProcess b = new ServiceProcess(database, logB);
    try {
      ExecutorService starting = Executors.newFixedThreadPool(2);
      Future<ServiceProcess> startA = starting.submit(a::start);
      Future<ServiceProcess> startB = starting.submit(b::start);
      startA.get();
      startB.get();
      starting.shutdown();

      // each migration applied once, by one of them
      long migrations;
      try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
        migrations = files.filter(f -> f.toString().endsWith(".sql")).count();
      }
      try (var connection =
              java.sql.DriverManager.getConnection(
                  database.get("QUARKUS_DATASOURCE_JDBC_URL"),
                  database.get("QUARKUS_DATASOURCE_USERNAME"),
                  database.get("QUARKUS_DATASOURCE_PASSWORD"));
          var sql = connection.createStatement();
          var row =
              sql.executeQuery(
                  "SELECT count(*), count(DISTINCT version) FROM flyway_schema_history"
                      + " WHERE success AND version IS NOT NULL")) {
        row.next();
        assertThat(row.getLong(1)).isEqualTo(migrations);
        assertThat(row.getLong(2)).isEqualTo(migrations);
      }
      String logOfA = java.nio.file.Files.readString(logA);
      String logOfB = java.nio.file.Files.readString(logB);
      assertThat(logOfA.contains("Migrating schema") ^ logOfB.contains("Migrating schema"))
          .as("exactly one replica applied the migrations")
          .isTrue();
      assertThat(count(database, "SELECT count(*) FROM app_user WHERE name = 'admin'"))
          .as("one first admin")
          .isEqualTo(1);
      assertThat(
              json(b.get("/api/statements/hrc41-2019-xinjiang-supportive/count?asOf=2019-07-12"))
                  .getInt("counts.SIGNED"))
          .as("the demo data, loaded once")
          .isEqualTo(37);
      long demoRecords = count(database, "SELECT count(*) FROM position_record");

      // many statements, and a positions table large enough to be killed in the middle of
      int letters = 2_000;
      StringBuilder statements = new StringBuilder("key,title,kind,date\n");
      StringBuilder positions = new StringBuilder("statement,state,action,date,source_title\n");
      for (int l = 0; l < letters; l++) {
        statements
            .append("mass-")
            .append(l)
            .append(",Letter ")
            .append(l)
            .append(",LETTER,2021-03-01\n");
        for (String state : STATES) {
          positions
              .append("mass-")
              .append(l)
              .append(',')
              .append(state)
              .append(",SIGNED,2021-03-01,Text\n");
        }
      }
      assertThat(
              json(a.post("/api/import/statements", "text/csv", statements.toString()))
                  .getInt("statements.created"))
          .isEqualTo(letters);
      assertThat(json(b.get("/api/statements/mass-1999")).getString("key")).isEqualTo("mass-1999");

      ExecutorService importing = Executors.newSingleThreadExecutor();
      Future<HttpResponse<String>> killed =
          importing.submit(() -> a.post("/api/import/positions", "text/csv", positions.toString()));
      Thread.sleep(3_000);
      assertThat(killed.isDone())
          .as("the import is still running when its replica is killed (make it larger)")
          .isFalse();
      a.kill();
      try {
        HttpResponse<String> answer = killed.get();
        throw new AssertionError("the killed import answered " + answer.statusCode());
      } catch (java.util.concurrent.ExecutionException expected) {
        // the connection died with the replica
      }
      importing.shutdown();

      // the survivor answers everything, and nothing of the import is there
      for (String path :
          List.of(
              "/api/statements/mass-7/count?asOf=2022-01-01",
              "/api/statements/mass-7/signatories?asOf=2022-01-01",
              "/api/statements/mass-7/timeline",
              "/api/statements/mass-7/positions",
              "/api/states/FRA/positions",
              "/api/statements?size=10",
              "/",
              "/statements/mass-7")) {
        assertThat(b.get(path).statusCode()).as(path).isEqualTo(200);
      }
      assertThat(json(b.get("/api/statements/mass-7/positions")).getInt("totalItems")).isZero();
      assertThat(count(database, "SELECT count(*) FROM position_record"))
          .as("records the killed import left")
          .isEqualTo(demoRecords);
      // the import lock died with the replica: the survivor runs the same import in full
      JsonPath done =
          json(
              b.send(
                  "/api/import/positions",
                  "text/csv",
                  java.net.http.HttpRequest.BodyPublishers.ofString(positions.toString())));
      assertThat(done.getLong("positions.created")).isEqualTo((long) letters * STATES.size());
      assertThat(
              json(b.get("/api/statements/mass-7/count?asOf=2022-01-01")).getLong("counts.SIGNED"))
          .isEqualTo(STATES.size());
    } finally {
      a.close();
      b.close();
      Databases.discard(database);
    }
  }

  private static long count(Map<String, String> database, String query) throws Exception {
    try (var connection =
            java.sql.DriverManager.getConnection(
                database.get("QUARKUS_DATASOURCE_JDBC_URL"),
                database.get("QUARKUS_DATASOURCE_USERNAME"),
                database.get("QUARKUS_DATASOURCE_PASSWORD"));
        var sql = connection.createStatement();
        var row = sql.executeQuery(query)) {
      row.next();
      return row.getLong(1);
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
