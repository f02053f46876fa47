package org.signatorytracker.states;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;

@QuarkusTest
class StateDirectoryTest {

  @Inject StateDirectory directory;

  @Test
  void holdsEveryMemberObserverAndNonMember() {
    Map<String, Long> byStatus =
        directory.all().stream()
            .collect(Collectors.groupingBy(StateView::unStatus, Collectors.counting()));
    assertThat(byStatus)
        .containsExactlyInAnyOrderEntriesOf(Map.of("member", 193L, "observer", 2L, "none", 3L));
  }

  @Test
  void groupsMembersAsTheUnDoesForElections() {
    Map<String, Long> byGroup =
        directory.all().stream()
            .collect(
                Collectors.groupingBy(
                    s -> Objects.requireNonNullElse(s.regionalGroup(), "none"),
                    Collectors.counting()));
    assertThat(byGroup)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "African", 54L,
                "Asia-Pacific", 54L,
                "Eastern European", 23L,
                "GRULAC", 33L,
                "WEOG", 29L,
                "none", 5L));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "DPRK, PRK",
    "north korea, PRK",
    "KP, PRK",
    "prk, PRK",
    "Democratic People's Republic of Korea, PRK",
    "Türkiye, TUR",
    "Turkey, TUR",
    "turkiye, TUR",
    "TR, TUR",
    "Côte d’Ivoire, CIV",
    "cote d'ivoire, CIV",
    "Ivory Coast, CIV",
    "the bahamas, BHS",
    "Bahamas, BHS",
    "United Kingdom, GBR",
    "uk, GBR",
    "Swaziland, SWZ",
    "Holy See, VAT",
    "Palestine, PSE",
    "'Taiwan, Province of China', TWN",
    "Guinea, GIN",
    "Guinea-Bissau, GNB",
    "Niger, NER",
    "Nigeria, NGA",
    "Congo, COG",
    "DRC, COD",
    "' Viet Nam ', VNM"
  })
  void resolvesCodesNamesAndAliases(String text, String iso3) {
    assertThat(directory.find(text)).map(StateView::iso3).contains(iso3);
  }

  @Test
  void suggestsTheClosestStateForATypo() {
    FieldError error = directory.problem("state", "Nort Korea");
    assertThat(error.field()).isEqualTo("state");
    assertThat(error.value()).isEqualTo("Nort Korea");
    assertThat(error.suggestions()).first().isEqualTo("PRK");
    assertThat(error.message())
        .startsWith("unknown state; did you mean Democratic People's Republic of Korea (PRK)");
  }

  @Test
  void suggestsStatesWhoseNameContainsTheWords() {
    assertThat(directory.problem("state", "Saudi").suggestions()).containsExactly("SAU");
  }

  @Test
  void refusesToGuessAnAmbiguousName() {
    FieldError error = directory.problem("state", "Korea");
    assertThat(error.suggestions()).containsExactlyInAnyOrder("KOR", "PRK");
    assertThat(error.message()).contains("ambiguous");
    assertThat(directory.find("Korea")).isEmpty();
  }

  @Test
  void saysWhenNothingIsClose() {
    FieldError error = directory.problem("state", "Atlantis");
    assertThat(error.suggestions()).isEmpty();
    assertThat(error.message()).startsWith("unknown state; use an ISO3");
  }

  @Test
  void requireNamesTheField() {
    assertThatThrownBy(() -> directory.require("leadStates[0]", "Nowhere"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errors().get(0).field())
        .isEqualTo("leadStates[0]");
  }

  @Test
  void noTwoStatesShareAName() {
    // every name and alias resolves to its own state, never to another one
    Map<String, StateView> byIso3 =
        directory.all().stream().collect(Collectors.toMap(StateView::iso3, Function.identity()));
    for (StateView state : byIso3.values()) {
      assertThat(directory.find(state.name())).contains(state);
      assertThat(directory.find(state.officialName())).contains(state);
      assertThat(directory.find(state.iso2())).contains(state);
      state.aliases().forEach(alias -> assertThat(directory.find(alias)).contains(state));
    }
  }
}
