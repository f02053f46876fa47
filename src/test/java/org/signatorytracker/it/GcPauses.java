package org.signatorytracker.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's garbage-collection pauses so far, from its Prometheus metrics: the collections that
 * stop everything for long (full, "end of major GC") told apart from the young ones. Two readings
 * subtracted give what a stretch of load cost.
 */
record GcPauses(long major, double majorSeconds, long all, double allSeconds) {

  private static final Pattern LINE =
      Pattern.compile("^jvm_gc_pause_seconds_(count|sum)\\{action=\"([^\"]*)\"[^}]*} (\\S+)$");

  static GcPauses of(String metrics) {
    long major = 0;
    double majorSeconds = 0;
    long all = 0;
    double allSeconds = 0;
    for (String line : metrics.split("\n")) {
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      double value = Double.parseDouble(m.group(3));
      boolean isMajor = m.group(2).contains("major");
      if (m.group(1).equals("count")) {
        all += (long) value;
        major += isMajor ? (long) value : 0;
      } else {
        allSeconds += value;
        majorSeconds += isMajor ? value : 0;
      }
    }
    return new GcPauses(major, majorSeconds, all, allSeconds);
  }

  GcPauses since(GcPauses before) {
    return new GcPauses(
        major - before.major,
        majorSeconds - before.majorSeconds,
        all - before.all,
        allSeconds - before.allSeconds);
  }
}
