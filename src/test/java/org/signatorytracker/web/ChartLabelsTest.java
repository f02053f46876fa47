package org.signatorytracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.signatorytracker.positions.Confidence;
import org.signatorytracker.positions.PositionAction;
import org.signatorytracker.reports.ReportBasis;

/** The words under every chart and map, worked out by hand. Plain JUnit; no Quarkus starts. */
@Tag("unit")
class ChartLabelsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  @Test
  void aLegendNamesSignatoriesAndWithdrawalsInWordsAndVotesByTheirOption() {
    assertThat(ChartLabels.label(PositionAction.SIGNED)).isEqualTo("Signatory");
    assertThat(ChartLabels.label(PositionAction.WITHDREW)).isEqualTo("Withdrew");
    assertThat(ChartLabels.label(PositionAction.YES)).isEqualTo("Yes");
    assertThat(ChartLabels.label(PositionAction.ABSTAIN)).isEqualTo("Abstained");
    assertThat(ChartLabels.label(PositionAction.NOT_VOTING)).isEqualTo("Not voting");
  }

  @Test
  void aPictureAsKnownOnAPastDaySaysSoAndItsSourceLineNamesThatDay() {
    ReportBasis past =
        new ReportBasis(
            LocalDate.of(2019, 8, 1),
            LocalDate.of(2019, 8, 1),
            Confidence.REPORTED,
            null,
            Instant.parse("2026-11-30T09:15:42.123456Z"),
            41,
            null);
    assertThat(ChartLabels.known(past)).isEqualTo(", as known on 2019-08-01");
    assertThat(ChartLabels.sourceLine(past, TODAY))
        .isEqualTo(
            "Signatory Tracker · data as known on 2019-08-01 · recorded through"
                + " 2026-11-30T09:15:42Z");
  }

  @Test
  void aPictureAsKnownTodaySaysNothingOfItAndItsSourceLineNamesToday() {
    ReportBasis now = new ReportBasis(TODAY, null, Confidence.REPORTED, null, null, 0, null);
    assertThat(ChartLabels.known(now)).isEmpty();
    assertThat(ChartLabels.sourceLine(now, TODAY))
        .isEqualTo("Signatory Tracker · data as known on 2026-12-05");
  }
}
