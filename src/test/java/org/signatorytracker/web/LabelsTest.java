package org.signatorytracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.signatorytracker.common.Source;
import org.signatorytracker.common.SourceKind;
import org.signatorytracker.positions.PositionAction;

/** The words pages show for codes: plain JUnit. */
@Tag("unit")
class LabelsTest {

  @Test
  void actionsAndSourceKindsReadAsWords() {
    assertThat(Labels.label(PositionAction.NOT_VOTING)).isEqualTo("Not voting");
    assertThat(Labels.label(PositionAction.ABSTAIN)).isEqualTo("Abstained");
    assertThat(Labels.label(SourceKind.PRESS)).isEqualTo("Press");
    assertThat(Labels.label(SourceKind.OFFICIAL)).isEqualTo("Official");
  }

  @Test
  void aSourceLinkReadsItsTitleOrItsSiteNeverItsKind() {
    assertThat(
            Labels.linkText(
                new Source(
                    "https://www.reuters.com/a/b", "Letter seen", null, null, SourceKind.PRESS)))
        .isEqualTo("Letter seen");
    assertThat(
            Labels.linkText(
                new Source("https://www.reuters.com/a/b", null, null, null, SourceKind.PRESS)))
        .isEqualTo("reuters.com");
    assertThat(
            Labels.linkText(
                new Source("https://news.un.org/en/story", " ", null, null, SourceKind.OTHER)))
        .isEqualTo("news.un.org");
    assertThat(Labels.linkText(new Source("not a url at all", null, null, null, SourceKind.OTHER)))
        .isEqualTo("not a url at all");
  }

  @Test
  void theStatesInNoGroupAreNamedForTheBreakdown() {
    Map<String, String> names = Map.of("hrc", "Human Rights Council");
    assertThat(Labels.group("none", "regionalGroup", names)).isEqualTo("no UN regional group");
    assertThat(Labels.group("none", "regionalGroup within groups:hrc", names))
        .isEqualTo("no UN regional group");
    assertThat(Labels.group("none", "m49Region", names)).isEqualTo("no M49 region");
    assertThat(Labels.group("none", "groups:hrc", names)).isEqualTo("in none of these groups");
    assertThat(Labels.group("hrc", "groups:hrc", names)).isEqualTo("Human Rights Council");
    assertThat(Labels.group("WEOG", "regionalGroup", names)).isEqualTo("WEOG");
  }
}
