package org.signatorytracker.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signatorytracker.TestApi.createStatement;
import static org.signatorytracker.TestApi.record;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.common.AsRecorded;
import org.signatorytracker.positions.Confidence;

/** The engine asked about several statements at once, each as of its own date. */
@QuarkusTest
class StandingsOnSetsTest {

  @Inject AsOfEngine engine;

  @Test
  void eachStatementIsTakenAsOfItsOwnDate() {
    String first = createStatement("set-2019", "LETTER", Map.of("date", "2019-07-12"));
    String second = createStatement("set-2020", "LETTER", Map.of("date", "2020-10"));
    record(first, "Pakistan", "SIGNED", "2019-07-12");
    record(first, "Egypt", "SIGNED", "2019-08-01"); // after the letter's date
    record(second, "Pakistan", "SIGNED", "2020-10-06");
    record(second, "Cuba", "SIGNED", "2020-10-31");
    record(second, "Cuba", "WITHDREW", "2020-11-02");

    var answers =
        engine.decisionsOn(
            List.of(first, second.toUpperCase(), "no-such-statement"),
            subject -> subject.datedOn(),
            new ReportQuery(null, null, Confidence.REPORTED, AsRecorded.NOW));

    assertThat(answers).containsOnlyKeys(first, second);
    assertThat(answers.get(first).rows())
        .extracting(d -> d.iso3() + " " + d.action())
        .containsExactly("PAK SIGNED");
    assertThat(answers.get(second).rows())
        .extracting(d -> d.iso3() + " " + d.action() + " " + d.effective())
        .containsExactlyInAnyOrder("CUB SIGNED 2020-10-31", "PAK SIGNED 2020-10-06");
    assertThat(answers.get(second).statement().through().revision())
        .isEqualTo(answers.get(first).statement().through().revision());
  }
}
