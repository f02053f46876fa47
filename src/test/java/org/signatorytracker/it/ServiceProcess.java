package org.signatorytracker.it;

import static java.net.http.HttpResponse.BodyHandlers.discarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service (target/quarkus-app) run as a process of its own, so that a test can kill it
 * with SIGKILL and start it again on the same database.
 */
final class ServiceProcess implements AutoCloseable {

  static final String ADMIN_PASSWORD = "crash-test-admin-password";
  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

  /**
   * The heap and collector the container image runs with ({@code -X} options of its
   * GC_CONTAINER_OPTIONS and JAVA_OPTS_APPEND), so that what is measured is what is shipped.
   */
  static final List<String> SHIPPED_JVM_OPTIONS = shippedJvmOptions();

  private static List<String> shippedJvmOptions() {
    try {
      List<String> options = new ArrayList<>();
      for (String line : Files.readAllLines(Path.of("src/main/docker/Dockerfile.jvm"))) {
        if (line.startsWith("ENV GC_CONTAINER_OPTIONS=")
            || line.startsWith("ENV JAVA_OPTS_APPEND=")) {
          String value = line.substring(line.indexOf('=') + 1).replace("\"", "");
          for (String option : value.split("\\s+")) {
            if (option.startsWith("-X")) {
              options.add(option);
            }
          }
        }
      }
      if (!options.contains("-Xmx512m")) {
        throw new IllegalStateException("the image sets no -Xmx512m: " + options);
      }
      return List.copyOf(options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final Path jar;
  private final Map<String, String> environment;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private int port;
  private int managementPort;

  ServiceProcess(Map<String, String> environment, Path log) {
    this(JAR, environment, log);
  }

  /** Another packaged Quarkus application, such as the benchmark's bare yardstick. */
  ServiceProcess(Path jar, Map<String, String> environment, Path log) {
    this.jar = jar;
    this.environment = environment;
    this.log = log;
  }

  /** Starts the service and waits until it answers. */
  private static final java.util.concurrent.atomic.AtomicInteger STARTS =
      new java.util.concurrent.atomic.AtomicInteger();

  ServiceProcess start() throws Exception {
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: run ./mvnw verify (it packages first)");
    }
    port = freePort();
    managementPort = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(SHIPPED_JVM_OPTIONS);
    // e.g. -Dservice.jvm-options=-XX:StartFlightRecording=filename=/tmp/s-%n.jfr profiles every
    // start of the service, %n numbering them (the test JVM's pid first: src/bench/run runs one
    // test JVM per database, each numbering from 1)
    String extra =
        System.getProperty("service.jvm-options", "")
            .trim()
            .replace("%n", ProcessHandle.current().pid() + "-" + STARTS.incrementAndGet());
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    Matcher recording = RECORDING_FILE.matcher(extra);
    recordingFile = recording.find() ? recording.group(1) : null;
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.putAll(environment);
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
    env.put("TRACKER_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("TRACKER_AUTH_BCRYPT_COST", "4");
    Files.createDirectories(log.getParent());
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = builder.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The service exited at start; see " + log);
      }
      // the service's health is on its management port; a bare Quarkus app's on its only one
      for (URI health : List.of(management("/q/health/ready"), uri("/q/health/ready"))) {
        try {
          if (http.send(HttpRequest.newBuilder(health).GET().build(), discarding()).statusCode()
              == 200) {
            return this;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("The service did not start within 90 s; see " + log);
  }

  private static final Pattern RECORDING_FILE =
      Pattern.compile("StartFlightRecording=\\S*filename=([^,\\s]+)");

  /** Where this start's flight recording goes, if {@code service.jvm-options} starts one. */
  private String recordingFile;

  /**
   * SIGKILL: no shutdown hook runs, nothing is flushed that was not already. A flight recording
   * started by {@code service.jvm-options} is written first (the JVM writes it at exit, which a
   * SIGKILL skips), so that the profile of a run ended this way is not lost.
   */
  void kill() throws InterruptedException {
    if (recordingFile != null && process.isAlive()) {
      try {
        Process dump =
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()),
                    "JFR.dump",
                    "filename=" + recordingFile)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        dump.waitFor(60, TimeUnit.SECONDS);
      } catch (IOException e) {
        // no jcmd: the profile is lost, the test goes on
      }
    }
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** A graceful stop (SIGTERM). */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return send(path, contentType, HttpRequest.BodyPublishers.ofString(body));
  }

  HttpResponse<String> send(String path, String contentType, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    // an import of millions of rows runs for minutes
    return http.send(
        request(path)
            .timeout(Duration.ofHours(1))
            .header("Content-Type", contentType)
            .POST(body)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A request to the service as the admin, to finish and send with {@link #exchange}. */
  HttpRequest.Builder request(String path) {
    String credentials = "admin:" + ADMIN_PASSWORD;
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofMinutes(5))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  HttpResponse<String> exchange(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The address of a path on the service. */
  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** The address of a path on the service's management interface (health, metrics). */
  URI management(String path) {
    return URI.create("http://localhost:" + managementPort + path);
  }

  /** The same service process, seen through its management port (health, metrics). */
  ServiceProcess atManagementPort() {
    ServiceProcess view = new ServiceProcess(jar, environment, log);
    view.process = null; // closing the view stops nothing
    view.port = managementPort;
    view.managementPort = managementPort;
    return view;
  }

  /** The most memory the service's process has held (its peak resident set), in KiB. */
  long peakRssKb() throws IOException {
    for (String line :
        Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  /** The service's log so far. */
  String log() throws IOException {
    return Files.readString(log);
  }

  /** The environment that points the service at a database. */
  static Map<String, String> database(String jdbcUrl, String user, String password) {
    Map<String, String> env = new HashMap<>();
    env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
    env.put("QUARKUS_DATASOURCE_USERNAME", user);
    env.put("QUARKUS_DATASOURCE_PASSWORD", password);
    return env;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
