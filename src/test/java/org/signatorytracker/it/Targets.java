package org.signatorytracker.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The speed targets (issue 23), each with what the run measured and whether it was met: printed
 * after the benchmark's table and kept in its JSON, so that a run says at a glance what is still
 * missed.
 */
final class Targets {

  /** One target: what it is about, the goal, what was measured, and whether the goal was met. */
  record Verdict(String what, String goal, String measured, boolean met) {}

  private final List<Verdict> verdicts = new ArrayList<>();

  void add(String what, String goal, String measured, boolean met) {
    verdicts.add(new Verdict(what, goal, measured, met));
  }

  /** A latency target on a p99 in milliseconds. */
  void p99(String what, double p99ms, double limitMs) {
    add(
        what,
        String.format(Locale.ROOT, "p99 < %.0f ms", limitMs),
        String.format(Locale.ROOT, "p99 %.1f ms", p99ms),
        p99ms < limitMs);
  }

  /** A throughput target as a share of a yardstick measured in the same run. */
  void share(String what, double perSecond, double yardstick, double atLeast, String of) {
    add(
        what,
        String.format(Locale.ROOT, "≥ %.0f%% of %s", 100 * atLeast, of),
        String.format(
            Locale.ROOT,
            "%,.0f req/s, %.0f%% of %,.0f",
            perSecond,
            100 * perSecond / yardstick,
            yardstick),
        perSecond >= atLeast * yardstick);
  }

  List<Verdict> all() {
    return List.copyOf(verdicts);
  }

  /** Each target's verdict by name, for the JSON of the run. */
  Map<String, Boolean> metByName() {
    Map<String, Boolean> met = new LinkedHashMap<>();
    verdicts.forEach(v -> met.put(v.what(), v.met()));
    return met;
  }

  String table(String title) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n%s%n", title));
    long missed = verdicts.stream().filter(v -> !v.met()).count();
    for (Verdict v : verdicts) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-52s | %-34s | %-40s | %s%n",
              v.what(),
              v.goal(),
              v.measured(),
              v.met() ? "met" : "NOT met"));
    }
    out.append(
        String.format(
            Locale.ROOT, "%d of %d targets met%n", verdicts.size() - missed, verdicts.size()));
    return out.toString();
  }
}
