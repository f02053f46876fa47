package org.signatorytracker.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.PartialDate;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.SourceKind;
import org.signatorytracker.common.UncertainDate;

/** Where a statement stands, from its stages: the rules, on hand-made stages. */
@Tag("unit")
class StagesTest {

  private static Stages.Facts stage(LifeStage stage, String date, String reported) {
    return new Stages.Facts(
        stage,
        date == null ? null : UncertainDate.parse(date),
        reported == null ? null : PartialDate.parse(reported));
  }

  private static String phrase(String date) {
    return UncertainDate.parse(date).phrase();
  }

  @Test
  void datesAreSaidAsAPersonWritesThem() {
    assertThat(phrase("2022-07-19")).isEqualTo("19 July 2022");
    assertThat(phrase("2022-07")).isEqualTo("July 2022");
    assertThat(phrase("2022")).isEqualTo("2022");
    assertThat(phrase("2022-06-15/2022-06-30")).isEqualTo("late June 2022");
    assertThat(phrase("2022-02-16/2022-02-28")).isEqualTo("late February 2022");
    assertThat(phrase("2022-06-01/2022-06-10")).isEqualTo("early June 2022");
    assertThat(phrase("2022-06-01/2022-06-30")).isEqualTo("June 2022");
    assertThat(phrase("2022-06-03/2022-06-19")).isEqualTo("between 3 and 19 June 2022");
    assertThat(phrase("2022-06-20/2022-07-08")).isEqualTo("between 20 June and 8 July 2022");
    assertThat(phrase("2021-12-20/2022-01-08"))
        .isEqualTo("between 20 December 2021 and 8 January 2022");
    assertThat(phrase("2022-06/2022-08")).isEqualTo("between June 2022 and August 2022");
    assertThat(phrase("../2022-07-01")).isEqualTo("by 1 July 2022");
  }

  @Test
  void aLetterStillCirculatingSaysSinceWhenWhenItWasReportedAndThatItsDeliveryIsNotKnown() {
    List<Stages.Facts> life =
        List.of(stage(LifeStage.CIRCULATING, "2022-06-15/2022-06-30", "2022-07-19"));
    assertThat(Stages.summary(life))
        .isEqualTo("circulating since late June 2022, reported 19 July 2022, delivery not known");
    assertThat(Stages.reached(life)).isEqualTo(LifeStage.CIRCULATING);
  }

  @Test
  void eachStageSaysWhatIsKnownOfIt() {
    assertThat(Stages.summary(List.of())).isNull();
    assertThat(Stages.summary(List.of(stage(LifeStage.CIRCULATING, null, null))))
        .isEqualTo("circulating, since when not known, delivery not known");
    assertThat(
            Stages.summary(
                List.of(
                    stage(LifeStage.CIRCULATING, "2019-07", null),
                    stage(LifeStage.DELIVERED, "2019-07-12", "2019-07-12"))))
        .isEqualTo("circulated from July 2019, delivered 12 July 2019");
    assertThat(
            Stages.summary(
                List.of(
                    stage(LifeStage.DELIVERED, null, null),
                    stage(LifeStage.PUBLISHED, "2019-08-08", "2019-08-08"))))
        .isEqualTo("delivered, date not known, published 8 August 2019");
    List<Stages.Facts> dropped =
        List.of(
            stage(LifeStage.CIRCULATING, "2022-06", "2022-07-01"),
            stage(LifeStage.ABANDONED, "2022-09", "2022-09-20"));
    assertThat(Stages.summary(dropped))
        .isEqualTo(
            "circulated from June 2022, reported 1 July 2022, reported abandoned September 2022");
    assertThat(Stages.reached(dropped)).isEqualTo(LifeStage.ABANDONED);
  }

  @Test
  void aStageGivenTwiceOrADeliveryBeforeTheCirculationIsAProblemNamingItsField() {
    Source reuters = new Source(null, "Reuters", null, null, SourceKind.PRESS);
    List<Stage> stages =
        List.of(
            new Stage(
                LifeStage.CIRCULATING, UncertainDate.parse("2022-06-15/2022-06-30"), null, null),
            new Stage(
                LifeStage.DELIVERED, UncertainDate.parse("2022-06-01"), List.of(reuters), null),
            new Stage(LifeStage.CIRCULATING, null, null, null),
            new Stage(
                LifeStage.PUBLISHED,
                null,
                List.of(new Source(null, null, "no title", null, SourceKind.OTHER)),
                null));
    assertThat(Stages.problems(stages))
        .extracting(FieldError::field)
        .containsExactly("stages[2].stage", "stages[3].sources[0]", "stages[1].date");
    // a delivery in the same days as the circulation is no problem; an unknown date neither
    assertThat(
            Stages.problems(
                List.of(
                    new Stage(LifeStage.CIRCULATING, UncertainDate.parse("2022-06"), null, null),
                    new Stage(LifeStage.DELIVERED, UncertainDate.parse("2022-06-15"), null, null),
                    new Stage(LifeStage.PUBLISHED, null, null, null))))
        .isEmpty();
  }

  @Test
  void stagesPackForAVersionAndUnpackAsTheyWere() {
    List<Stage> stages =
        List.of(
            new Stage(
                LifeStage.CIRCULATING,
                UncertainDate.parse("2022-06-15/2022-06-30"),
                List.of(
                    new Source(
                        null, "Reuters", null, PartialDate.parse("2022-07-19"), SourceKind.PRESS),
                    new Source(
                        null, "SMH", null, PartialDate.parse("2022-07-21"), SourceKind.PRESS)),
                "from late June"),
            new Stage(LifeStage.DELIVERED, null, null, null));
    String packed = Stages.pack(stages);
    assertThat(packed).isEqualTo("CIRCULATING|2022-06-15/2022-06-30|2022-07-19;DELIVERED||");
    assertThat(Stages.unpack(packed)).isEqualTo(Stages.facts(stages));
    assertThat(Stages.unpack(null)).isEmpty();
    assertThat(Stages.pack(List.of())).isNull();
  }
}
