package org.signatorytracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser on the pages of packaged services: its cookie jar and the CSRF token of the last page
 * it read. One browser may talk to several replicas, as behind a load balancer.
 */
final class FormBrowser {

  static final String SESSION = "tracker-session";

  private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  final Map<String, String> cookies = new LinkedHashMap<>();
  String token;

  /** Another browser holding the same cookies: a copied (stolen) session. */
  FormBrowser copy() {
    FormBrowser copy = new FormBrowser();
    copy.cookies.putAll(cookies);
    copy.token = token;
    return copy;
  }

  HttpResponse<String> get(ServiceProcess service, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> r = send(request(service, path).GET());
    Matcher m = TOKEN.matcher(r.body());
    if (m.find()) {
      token = m.group(1);
    }
    return r;
  }

  HttpResponse<String> post(ServiceProcess service, String path, Map<String, String> form)
      throws IOException, InterruptedException {
    if (token == null) {
      get(service, "/signin");
    }
    Map<String, String> fields = new LinkedHashMap<>(form);
    fields.put("csrf-token", token);
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        request(service, path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Signs in by the form and reads the page it is sent to, as a browser does. */
  void signIn(ServiceProcess service, String name, String password) throws Exception {
    get(service, "/signin");
    HttpResponse<String> r =
        post(service, "/signin", Map.of("username", name, "password", password));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    assertThat(cookies).containsKey(SESSION);
    get(service, "/account");
  }

  /** The status of the account page: 200 while signed in, 303 to the sign-in page after. */
  int account(ServiceProcess service) throws IOException, InterruptedException {
    return get(service, "/account").statusCode();
  }

  private HttpRequest.Builder request(ServiceProcess service, String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(30));
    if (!cookies.isEmpty()) {
      builder.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String set : r.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq).strip();
      String value = pair.substring(eq + 1).strip();
      if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return r;
  }
}
