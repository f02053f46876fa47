package org.signatorytracker.states;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class StateNamesTest {

  @Test
  void ignoresCaseAccentsAndCurlyApostrophes() {
    assertThat(StateNames.key("Côte d’Ivoire")).isEqualTo("cote d'ivoire");
    assertThat(StateNames.key("TÜRKIYE")).isEqualTo("turkiye");
  }

  @Test
  void dropsALeadingTheAndReadsAmpersandAsAnd() {
    assertThat(StateNames.key("The Bahamas")).isEqualTo("bahamas");
    assertThat(StateNames.key("Antigua & Barbuda")).isEqualTo("antigua and barbuda");
  }

  @Test
  void treatsPunctuationAsSpace() {
    assertThat(StateNames.key("Bolivia (Plurinational State of)"))
        .isEqualTo("bolivia plurinational state of");
    assertThat(StateNames.key("  Guinea-Bissau ")).isEqualTo("guinea bissau");
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(StateNames.containsWords("republic of korea", "korea")).isTrue();
    assertThat(StateNames.containsWords("nigeria", "niger")).isFalse();
    assertThat(StateNames.containsWords("papua new guinea", "guinea")).isTrue();
  }
}
