package org.signatorytracker.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.signatorytracker.analysis.AgreementAnswers.Pair;
import org.signatorytracker.reports.Breakdowns;

/** Agreement and cohesion, worked out by hand. Plain JUnit; no Quarkus starts. */
@Tag("unit")
class AgreementArithmeticTest {

  @Test
  void aPairCountsOnlyTheOccasionsOnWhichBothTookAStance() {
    // five occasions; B took no stance on none, A on the last
    String[] a = {"supportive", "supportive", "critical", "abstain", null};
    String[] b = {"supportive", "critical", "critical", "supportive", "critical"};
    Pair pair = AgreementAndCohesion.pair("PAK", "QAT", a, b);
    assertThat(pair.t()).isEqualTo(4);
    assertThat(pair.f()).as("same stance").isEqualTo(2);
    assertThat(pair.d()).as("opposite sides").isEqualTo(1);
    assertThat(pair.g()).as("a side against abstain").isEqualTo(1);
    // Lijphart: (f + g / 2) / t = 2.5 / 4
    assertThat(pair.lijphart()).isEqualTo(0.625);
    // Cohen's kappa: observed 2/4; by chance 2/4·2/4 (supportive) + 1/4·2/4 (critical) = 0.375
    assertThat(pair.kappa()).isEqualTo(0.2);
  }

  @Test
  void kappaIsUnknownWhenChanceAloneWouldAgreeAlways() {
    String[] same = {"supportive", "supportive"};
    Pair pair = AgreementAndCohesion.pair("PAK", "EGY", same, same);
    assertThat(pair.lijphart()).isEqualTo(1.0);
    assertThat(pair.kappa()).isNull();
  }

  @Test
  void twoStatesWithNoOccasionInCommonHaveNoPair() {
    String[] a = {"supportive", null};
    String[] b = {null, "critical"};
    assertThat(AgreementAndCohesion.pair("PAK", "FRA", a, b)).isNull();
  }

  @Test
  void theCountsOfEveryPairAgreeWithAStanceByStanceComparison() {
    // occasions across 64-bit words, every stance, states with no stance at all
    String[] kinds = {"critical", "supportive", SideRule.ABSTAIN, SideRule.BOTH, null};
    SplittableRandom random = new SplittableRandom(20221006L);
    for (int trial = 0; trial < 200; trial++) {
      int occasions = 1 + random.nextInt(200);
      String[][] stances = new String[6][occasions];
      for (String[] row : stances) {
        int nulls = random.nextInt(5); // how sparse this state's record is
        for (int k = 0; k < occasions; k++) {
          row[k] = random.nextInt(5) < nulls ? null : kinds[random.nextInt(4)];
        }
      }
      StanceBits bits = new StanceBits(stances);
      for (int a = 0; a < stances.length; a++) {
        for (int b = 0; b < stances.length; b++) {
          Pair pair = bits.pair(a, b, "A", "B");
          int t = 0;
          int f = 0;
          int d = 0;
          Map<String, int[]> categories = new HashMap<>();
          for (int k = 0; k < occasions; k++) {
            String x = stances[a][k];
            String y = stances[b][k];
            if (x != null && y != null) {
              t++;
              f += x.equals(y) ? 1 : 0;
              d += !x.equals(y) && isSide(x) && isSide(y) ? 1 : 0;
              categories.computeIfAbsent(x, c -> new int[2])[0]++;
              categories.computeIfAbsent(y, c -> new int[2])[1]++;
            }
          }
          if (t == 0) {
            assertThat(pair).isNull();
            continue;
          }
          assertThat(List.of(pair.t(), pair.f(), pair.d(), pair.g()))
              .isEqualTo(List.of(t, f, d, t - f - d));
          assertThat(pair.lijphart()).isCloseTo((f + (t - f - d) / 2.0) / t, within(0.0001));
          // to four places: rounding can put an exact half (-0.03125) either side of the float
          double chance = 0;
          for (int[] c : categories.values()) {
            chance += (c[0] / (double) t) * (c[1] / (double) t);
          }
          if (Math.abs(1 - chance) < 1e-12) {
            assertThat(pair.kappa()).isNull();
          } else {
            assertThat(pair.kappa())
                .isCloseTo((f / (double) t - chance) / (1 - chance), within(0.0001));
          }
        }
      }
    }
  }

  private static boolean isSide(String stance) {
    return !stance.equals(SideRule.ABSTAIN) && !stance.equals(SideRule.BOTH);
  }

  @Test
  void riceIsTheMarginOfYesOverNoAmongThoseWhoVotedEither() {
    assertThat(AgreementAndCohesion.rice(7, 1)).isEqualTo(0.75);
    assertThat(AgreementAndCohesion.rice(1, 2)).isEqualTo(0.3333);
    assertThat(AgreementAndCohesion.rice(4, 4)).isEqualTo(0.0);
    assertThat(AgreementAndCohesion.rice(0, 0)).as("no yes and no no").isNull();
  }

  @Test
  void sharesAreGivenToFourPlacesAndAGroupWithoutMembersHasNone() {
    assertThat(Breakdowns.share(1, 3)).isEqualTo(0.3333);
    assertThat(Breakdowns.share(2, 3)).isEqualTo(0.6667);
    assertThat(Breakdowns.share(13, 13)).isEqualTo(1.0);
    assertThat(Breakdowns.share(0, 0)).isNull();
  }
}
