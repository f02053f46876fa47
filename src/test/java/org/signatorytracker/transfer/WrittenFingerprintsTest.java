package org.signatorytracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The filter that spares an import a query for records that cannot repeat one it wrote. */
class WrittenFingerprintsTest {

  private static String fingerprint(SplittableRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  @Test
  void everyFingerprintAddedMayBeHeldAndFewOthersSeemTo() {
    SplittableRandom random = new SplittableRandom(26);
    WrittenFingerprints filter = new WrittenFingerprints();
    List<String> added = new ArrayList<>();
    for (int i = 0; i < 1_000_000; i++) {
      String fingerprint = fingerprint(random);
      filter.add(fingerprint);
      added.add(fingerprint);
    }
    assertThat(added).allMatch(filter::mayHold);
    Set<String> others = new HashSet<>();
    while (others.size() < 100_000) {
      others.add(fingerprint(random));
    }
    long perhaps = others.stream().filter(filter::mayHold).count();
    // (1 - e^(-3 * 10^6 / 2^24))^3 = 0.0045: 450 of 100,000, each then asked of the database
    assertThat(perhaps).isBetween(300L, 600L);
  }

  @Test
  void aValueThatIsNotAFingerprintIsAlwaysLookedUp() {
    WrittenFingerprints filter = new WrittenFingerprints();
    assertThat(filter.mayHold(null)).isTrue();
    assertThat(filter.mayHold("short")).isTrue();
    assertThat(filter.mayHold("zz" + "0".repeat(62))).isTrue();
    assertThat(filter.mayHold("0".repeat(64))).isFalse();
  }
}
