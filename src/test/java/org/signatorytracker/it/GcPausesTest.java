package org.signatorytracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GcPausesTest {

  private static final String MINOR =
      "{action=\"end of minor GC\",cause=\"G1 Evacuation Pause\",gc=\"G1 Young Generation\"}";
  private static final String MAJOR =
      "{action=\"end of major GC\",cause=\"G1 Compaction Pause\",gc=\"G1 Old Generation\"}";

  private static String metrics(int minor, double minorSum, int major, double majorSum) {
    return String.join(
        "\n",
        "# TYPE jvm_gc_pause_seconds summary",
        "jvm_gc_pause_seconds_count" + MINOR + " " + minor + ".0",
        "jvm_gc_pause_seconds_sum" + MINOR + " " + minorSum,
        "jvm_gc_pause_seconds_count" + MAJOR + " " + major + ".0",
        "jvm_gc_pause_seconds_sum" + MAJOR + " " + majorSum,
        "jvm_gc_pause_seconds_max" + MAJOR + " 0.4",
        "jvm_memory_used_bytes{area=\"heap\",id=\"G1 Old Gen\"} 1.7E8");
  }

  @Test
  void fullCollectionsAreToldApartAndSubtracted() {
    GcPauses before = GcPauses.of(metrics(300, 8.25, 0, 0));
    GcPauses after = GcPauses.of(metrics(340, 9.0, 3, 0.9));
    GcPauses during = after.since(before);
    assertThat(during.major()).isEqualTo(3);
    assertThat(during.majorSeconds()).isCloseTo(0.9, within(1e-9));
    assertThat(during.all()).isEqualTo(43);
    assertThat(during.allSeconds()).isCloseTo(1.65, within(1e-9));
  }
}
