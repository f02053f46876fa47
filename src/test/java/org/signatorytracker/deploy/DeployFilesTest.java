package org.signatorytracker.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.ConfigMapping;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.signatorytracker.common.CommonConfig;
import org.signatorytracker.operations.OperationsConfig;
import org.signatorytracker.reports.ReportsConfig;
import org.signatorytracker.security.SecurityConfig;
import org.signatorytracker.statements.ReviewConfig;
import org.signatorytracker.transfer.TransferConfig;
import org.signatorytracker.web.WebConfig;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment files, checked without a container engine: every YAML file parses; every
 * environment variable they give the service is a setting it knows; the compose file runs two
 * healthy replicas behind the proxy on one database; the Kubernetes manifests run two non-root,
 * read-only replicas with probes, limits and a disruption budget, beside a PostgreSQL StatefulSet.
 */
@QuarkusTest
class DeployFilesTest {

  static final Path DEPLOY = Path.of("deploy");
  static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

  @Test
  void theImageRunsTheFastJarAsANonRootUser() throws IOException {
    List<String> lines = Files.readAllLines(DOCKERFILE);
    List<String> users = lines.stream().filter(l -> l.startsWith("USER ")).toList();
    assertThat(users).isNotEmpty();
    assertThat(users.get(users.size() - 1)).isEqualTo("USER 185");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("FROM registry.access.redhat.com/ubi9/openjdk-17-runtime"))
        .anyMatch(l -> l.startsWith("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/"))
        .anyMatch(l -> l.startsWith("COPY --chown=185 target/quarkus-app/*.jar /deployments/"))
        .anyMatch(l -> l.startsWith("COPY --chown=185 target/quarkus-app/app/ /deployments/app/"))
        .anyMatch(
            l -> l.startsWith("COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/"))
        .anyMatch(l -> l.contains("fonts"))
        .anyMatch(l -> l.startsWith("ENTRYPOINT"));
  }

  @Test
  void everyYamlFileParses() throws IOException {
    List<Path> files = yamlFiles();
    assertThat(files).hasSizeGreaterThanOrEqualTo(3);
    for (Path file : files) {
      assertThat(documents(file)).as(file.toString()).isNotEmpty();
    }
  }

  @Test
  void everyVariableTheFilesSetIsASettingOfTheService() throws IOException {
    Set<String> known = knownVariables();
    Map<String, Path> set = new LinkedHashMap<>();
    Map<String, Object> compose = documents(DEPLOY.resolve("compose/compose.yaml")).get(0);
    services(compose)
        .forEach(
            (name, service) -> {
              if (name.startsWith("tracker")) {
                map(service.get("environment")).keySet().forEach(v -> set.put(v, composeFile()));
              }
            });
    for (String line : Files.readAllLines(DEPLOY.resolve("compose/.env.example"))) {
      String name = line.strip().split("=", 2)[0];
      if (name.startsWith("TRACKER_") || name.startsWith("QUARKUS_")) {
        set.put(name, DEPLOY.resolve("compose/.env.example"));
      }
    }
    for (String line : Files.readAllLines(DOCKERFILE)) {
      if (line.startsWith("ENV ")) {
        String name = line.substring(4).strip().split("[= ]", 2)[0];
        if (name.startsWith("TRACKER_") || name.startsWith("QUARKUS_")) {
          set.put(name, DOCKERFILE);
        }
      }
    }
    for (Map<String, Object> doc : documents(DEPLOY.resolve("k8s/signatory-tracker.yml"))) {
      if ("ConfigMap".equals(doc.get("kind"))) {
        map(doc.get("data")).keySet().forEach(v -> set.put(v, DEPLOY.resolve("k8s")));
      }
    }
    List<String> unknown = new ArrayList<>();
    set.forEach(
        (variable, file) -> {
          if (!known.contains(variable)) {
            unknown.add(variable + " (" + file + ")");
          }
        });
    assertThat(set).isNotEmpty();
    assertThat(unknown).as("variables that name no setting").isEmpty();
  }

  @Test
  void composeRunsTwoHealthyReplicasBehindTheProxyOnOneDatabase() throws IOException {
    Map<String, Object> compose = documents(composeFile()).get(0);
    Map<String, Map<String, Object>> services = services(compose);
    assertThat(services).containsKeys("db", "tracker-1", "tracker-2", "proxy");
    for (String name : List.of("tracker-1", "tracker-2")) {
      Map<String, Object> tracker = services.get(name);
      Map<String, Object> env = map(tracker.get("environment"));
      assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL").toString())
          .startsWith("jdbc:postgresql://db:");
      assertThat(env.get("TRACKER_WEB_SECRET").toString()).contains(":?");
      assertThat(env.get("TRACKER_ADMIN_PASSWORD").toString()).contains(":?");
      assertThat(map(tracker.get("healthcheck")).get("test").toString())
          .contains("/q/health/ready")
          .contains("/9000");
      assertThat(tracker).as("a replica publishes no port of its own").doesNotContainKey("ports");
      assertThat(map(map(tracker.get("depends_on")).get("db")).get("condition"))
          .isEqualTo("service_healthy");
      assertThat(tracker.get("read_only")).isEqualTo(true);
    }
    assertThat(map(services.get("db").get("healthcheck"))).containsKey("test");
    assertThat(map(services.get("proxy").get("depends_on"))).containsKeys("tracker-1", "tracker-2");
    assertThat(map(compose.get("volumes"))).containsKey("db-data");
    String nginx = Files.readString(DEPLOY.resolve("compose/nginx.conf"));
    assertThat(nginx).contains("server tracker-1:8080", "server tracker-2:8080");
    // the management port only behind /healthz, for the proxy's own host
    assertThat(nginx.replaceAll("\\s+", " "))
        .contains("location = /healthz { allow 127.0.0.1; deny all;")
        .contains("proxy_set_header X-Forwarded-For $remote_addr;");
  }

  @Test
  void kubernetesRunsTwoNonRootReadOnlyReplicasWithProbesAndABudget() throws IOException {
    Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
    for (Path file :
        List.of(
            DEPLOY.resolve("k8s/signatory-tracker.yml"), DEPLOY.resolve("k8s/postgresql.yml"))) {
      for (Map<String, Object> doc : documents(file)) {
        assertThat(doc).as(file + ": a manifest").containsKeys("apiVersion", "kind", "metadata");
        byKind.put(doc.get("kind") + "/" + map(doc.get("metadata")).get("name"), doc);
      }
    }
    assertThat(byKind)
        .containsKeys(
            "Deployment/signatory-tracker",
            "Service/signatory-tracker",
            "ConfigMap/signatory-tracker-config",
            "PodDisruptionBudget/signatory-tracker",
            "StatefulSet/signatory-tracker-db",
            "Service/signatory-tracker-db");
    Map<String, Object> deployment = byKind.get("Deployment/signatory-tracker");
    Map<String, Object> spec = map(deployment.get("spec"));
    assertThat(spec.get("replicas")).isEqualTo(2);
    Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
    assertThat(map(pod.get("securityContext")).get("runAsNonRoot")).isEqualTo(true);
    Map<String, Object> container = map(list(pod.get("containers")).get(0));
    assertThat(map(map(container.get("readinessProbe")).get("httpGet")).get("path"))
        .isEqualTo("/q/health/ready");
    assertThat(map(map(container.get("livenessProbe")).get("httpGet")).get("path"))
        .isEqualTo("/q/health/live");
    // health and metrics on the management port, which the Service does not expose
    for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
      assertThat(map(map(container.get(probe)).get("httpGet")).get("port")).isEqualTo(9000);
    }
    for (String annotated : List.of("Deployment/signatory-tracker", "Service/signatory-tracker")) {
      Map<String, Object> annotations =
          map(map(byKind.get(annotated).get("metadata")).get("annotations"));
      assertThat(annotations.get("prometheus.io/port")).isEqualTo("9000");
      assertThat(annotations.get("prometheus.io/path")).isEqualTo("/q/metrics");
    }
    assertThat(map(byKind.get("Service/signatory-tracker").get("spec")).get("ports").toString())
        .contains("targetPort=8080")
        .doesNotContain("9000");
    assertThat(map(container.get("securityContext")).get("readOnlyRootFilesystem")).isEqualTo(true);
    assertThat(map(map(container.get("resources")).get("limits"))).containsKeys("cpu", "memory");
    assertThat(map(map(container.get("resources")).get("requests"))).containsKeys("cpu", "memory");
    List<String> mounts = new ArrayList<>();
    list(container.get("volumeMounts"))
        .forEach(m -> mounts.add(map(m).get("mountPath").toString()));
    assertThat(mounts).contains("/tmp", "/deployments/backups");
    String envFrom = container.get("envFrom").toString();
    assertThat(envFrom).contains("signatory-tracker-config", "signatory-tracker-secrets");
    // the heap and collector of the image (and of the benchmark), said again
    Map<String, Object> env = new LinkedHashMap<>();
    list(container.get("env"))
        .forEach(e -> env.put(map(e).get("name").toString(), map(e).get("value")));
    Map<String, String> image = imageVariables();
    assertThat(image.get("JAVA_OPTS_APPEND")).contains("-Xmx512m");
    assertThat(image.get("GC_CONTAINER_OPTIONS")).isEqualTo("-XX:+UseG1GC");
    for (String variable : List.of("JAVA_OPTS_APPEND", "GC_CONTAINER_OPTIONS")) {
      assertThat(env.get(variable)).as(variable).isEqualTo(image.get(variable));
    }
  }

  /** The variables the image's Dockerfile sets ({@code ENV NAME="value"}). */
  static Map<String, String> imageVariables() throws IOException {
    Map<String, String> variables = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DOCKERFILE)) {
      if (line.startsWith("ENV ") && line.contains("=")) {
        String[] pair = line.substring(4).strip().split("=", 2);
        variables.put(pair[0], pair[1].replaceAll("^\"|\"$", ""));
      }
    }
    return variables;
  }

  /** QUARKUS_* and TRACKER_* forms of every setting the service reads. */
  static Set<String> knownVariables() {
    Set<String> names = new HashSet<>();
    ConfigProvider.getConfig().getPropertyNames().forEach(names::add);
    for (Class<?> mapping : MAPPINGS) {
      trackerSettings(mapping.getAnnotation(ConfigMapping.class).prefix(), mapping, names);
    }
    Set<String> variables = new TreeSet<>();
    for (String name : names) {
      variables.add(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
    }
    return variables;
  }

  /** The service's settings: one config mapping per package. */
  static final List<Class<?>> MAPPINGS =
      List.of(
          CommonConfig.class,
          SecurityConfig.class,
          ReviewConfig.class,
          ReportsConfig.class,
          TransferConfig.class,
          OperationsConfig.class,
          WebConfig.class);

  /** The mapping a settings group is declared in. */
  private static Class<?> root(Class<?> type) {
    return type.getDeclaringClass() == null ? type : root(type.getDeclaringClass());
  }

  /** The settings of a config mapping, read off its methods, as SmallRye names them. */
  static void trackerSettings(String prefix, Class<?> mapping, Set<String> names) {
    for (Method m : mapping.getDeclaredMethods()) {
      if (m.getParameterCount() > 0
          || m.isDefault()
          || java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      io.smallrye.config.WithName named = m.getAnnotation(io.smallrye.config.WithName.class);
      String name = prefix + "." + (named != null ? named.value() : kebab(m.getName()));
      Class<?> type = m.getReturnType();
      if (type == Optional.class
          && m.getGenericReturnType() instanceof ParameterizedType p
          && p.getActualTypeArguments()[0] instanceof Class<?> inner) {
        type = inner;
      }
      if (type.isInterface() && type.getDeclaringClass() == root(mapping)) {
        trackerSettings(name, type, names);
      } else {
        names.add(name);
      }
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static Path composeFile() {
    return DEPLOY.resolve("compose/compose.yaml");
  }

  static List<Path> yamlFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(DEPLOY, Path.of("src/main/kubernetes"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
            .forEach(files::add);
      }
    }
    return files;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> documents(Path file) throws IOException {
    List<Map<String, Object>> docs = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file)) {
      for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
        if (doc != null) {
          assertThat(doc).as(file + ": each document is a mapping").isInstanceOf(Map.class);
          docs.add((Map<String, Object>) doc);
        }
      }
    }
    return docs;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services(Map<String, Object> compose) {
    return (Map<String, Map<String, Object>>) (Map<?, ?>) map(compose.get("services"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Object>) value;
  }
}
