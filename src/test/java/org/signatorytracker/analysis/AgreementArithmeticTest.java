package org.signatorytracker.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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
