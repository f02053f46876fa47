package org.signatorytracker.it;

import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * wrk, the load tool from Debian's packages, driving one operation of the benchmark. The benchmark
 * makes the request mix (a list of paths, or of values for a request body) and wrk sends it: a Lua
 * script draws from the list at random, and reports its totals and percentiles in one line.
 */
final class Wrk {

  /** What one run measured: latencies as wrk records them (from send to answer). */
  record Result(long requests, long failed, double seconds, double p50ms, double p99ms) {

    double perSecond() {
      return (requests - failed) / seconds;
    }
  }

  private static final String RESULT = "WRK-RESULT";

  private Wrk() {}

  /** True when wrk is on the PATH. */
  static boolean available() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "wrk"))) {
        return true;
      }
    }
    return false;
  }

  /** GETs of paths drawn at random from the list. */
  static Result get(URI base, List<String> paths, int connections, int seconds) throws Exception {
    return run(base, null, paths, Map.of(), null, connections, seconds);
  }

  /**
   * POSTs to one path; each body is the template with {@code %s} a value drawn at random and the
   * two {@code %d} the thread's and the request's numbers, so that no two bodies are the same.
   */
  static Result post(
      URI base,
      String path,
      Map<String, String> headers,
      String template,
      List<String> values,
      int connections,
      int seconds)
      throws Exception {
    return run(base, path, values, headers, template, connections, seconds);
  }

  /** GETs of the items when {@code postPath} is null, else POSTs of the template filled in. */
  private static Result run(
      URI base,
      String postPath,
      List<String> items,
      Map<String, String> headers,
      String template,
      int connections,
      int seconds)
      throws Exception {
    Path script = Files.createTempFile("bench-wrk-", ".lua");
    try {
      Files.writeString(script, script(postPath, items, headers, template), StandardCharsets.UTF_8);
      List<String> command =
          List.of(
              "wrk",
              // one thread: on two cores a second one takes more from the service than it adds
              "-t",
              "1",
              "-c",
              Integer.toString(connections),
              "-d",
              seconds + "s",
              "--timeout",
              "30s",
              "-s",
              script.toString(),
              base.toString());
      Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
        throw new IllegalStateException("wrk failed: " + out);
      }
      for (String line : out.split("\n")) {
        if (line.startsWith(RESULT)) {
          String[] f = line.trim().split(" ");
          return new Result(
              Long.parseLong(f[1]),
              Long.parseLong(f[5]) + Long.parseLong(f[6]),
              Long.parseLong(f[2]) / 1e6,
              Long.parseLong(f[3]) / 1e3,
              Long.parseLong(f[4]) / 1e3);
        }
      }
      throw new IllegalStateException("wrk printed no result: " + out);
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private static String script(
      String postPath, List<String> items, Map<String, String> headers, String template) {
    StringBuilder lua = new StringBuilder("local items = {\n");
    for (String item : items) {
      lua.append(quoted(item)).append(",\n");
    }
    lua.append("}\nlocal headers = {\n");
    headers.forEach(
        (name, value) ->
            lua.append('[')
                .append(quoted(name))
                .append("] = ")
                .append(quoted(value))
                .append(",\n"));
    lua.append("}\n");
    // one Lua state per wrk thread: each numbers its own requests and seeds its own draw
    lua.append(
        """
        local threads = 0
        function setup(thread)
          threads = threads + 1
          thread:set("id", threads)
        end
        local n = 0
        function init(args)
          math.randomseed(20190712 + id)
        end
        """);
    if (postPath == null) {
      lua.append(
          """
          function request()
            return wrk.format("GET", items[math.random(#items)], headers)
          end
          """);
    } else {
      lua.append("local template = ").append(quoted(template)).append('\n');
      lua.append(
          """
          function request()
            n = n + 1
            local body = string.format(template, items[math.random(#items)], id, n)
            return wrk.format("POST", %s, headers, body)
          end
          """
              .formatted(quoted(postPath)));
    }
    lua.append(
        """
        function done(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("%s %%d %%d %%d %%d %%d %%d\\n", summary.requests,
            summary.duration, latency:percentile(50), latency:percentile(99), e.status,
            e.connect + e.read + e.write + e.timeout))
        end
        """
            .formatted(RESULT));
    return lua.toString();
  }

  private static String quoted(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
