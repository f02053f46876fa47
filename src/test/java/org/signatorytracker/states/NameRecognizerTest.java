package org.signatorytracker.states;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.signatorytracker.states.NameRecognizer.Found;
import org.signatorytracker.states.NameRecognizer.Recognition;

/** Recognising states in pasted text, on a few states of the reference table as it writes them. */
class NameRecognizerTest {

  private static final Map<String, List<String>> NAMES =
      Map.ofEntries(
          Map.entry(
              "DZA", List.of("DZA", "DZ", "Algeria", "People's Democratic Republic of Algeria")),
          Map.entry("AGO", List.of("AGO", "AO", "Angola", "Republic of Angola")),
          Map.entry(
              "BOL",
              List.of(
                  "BOL",
                  "BO",
                  "Bolivia (Plurinational State of)",
                  "Plurinational State of Bolivia",
                  "Bolivia")),
          Map.entry(
              "CIV",
              List.of("CIV", "CI", "Côte d'Ivoire", "Republic of Côte d'Ivoire", "Ivory Coast")),
          Map.entry(
              "COG", List.of("COG", "CG", "Congo", "Republic of the Congo", "Congo-Brazzaville")),
          Map.entry(
              "COD", List.of("COD", "CD", "Democratic Republic of the Congo", "DRC", "DR Congo")),
          Map.entry(
              "GNQ", List.of("GNQ", "GQ", "Equatorial Guinea", "Republic of Equatorial Guinea")),
          Map.entry("GIN", List.of("GIN", "GN", "Guinea", "Republic of Guinea")),
          Map.entry("GNB", List.of("GNB", "GW", "Guinea-Bissau", "Republic of Guinea-Bissau")),
          Map.entry(
              "PNG",
              List.of("PNG", "PG", "Papua New Guinea", "Independent State of Papua New Guinea")),
          Map.entry("NER", List.of("NER", "NE", "Niger", "Republic of the Niger")),
          Map.entry("NGA", List.of("NGA", "NG", "Nigeria", "Federal Republic of Nigeria")),
          Map.entry("SDN", List.of("SDN", "SD", "Sudan", "Republic of the Sudan")),
          Map.entry("SSD", List.of("SSD", "SS", "South Sudan", "Republic of South Sudan")),
          Map.entry("KOR", List.of("KOR", "KR", "Republic of Korea", "South Korea")),
          Map.entry(
              "PRK",
              List.of("PRK", "KP", "Democratic People's Republic of Korea", "DPRK", "North Korea")),
          Map.entry(
              "GBR",
              List.of(
                  "GBR",
                  "GB",
                  "United Kingdom of Great Britain and Northern Ireland",
                  "United Kingdom",
                  "UK",
                  "Britain")),
          Map.entry(
              "USA",
              List.of("USA", "US", "United States of America", "United States", "US", "USA")),
          Map.entry("SAU", List.of("SAU", "SA", "Saudi Arabia", "Kingdom of Saudi Arabia")),
          Map.entry("IND", List.of("IND", "IN", "India", "Republic of India")),
          Map.entry("NOR", List.of("NOR", "NO", "Norway", "Kingdom of Norway")),
          Map.entry("TON", List.of("TON", "TO", "Tonga", "Kingdom of Tonga")),
          Map.entry("AND", List.of("AND", "AD", "Andorra", "Principality of Andorra")),
          Map.entry("FRA", List.of("FRA", "FR", "France", "French Republic")),
          Map.entry(
              "IRN",
              List.of(
                  "IRN", "IR", "Iran (Islamic Republic of)", "Islamic Republic of Iran", "Iran")),
          Map.entry("GMB", List.of("GMB", "GM", "Gambia", "Republic of the Gambia", "The Gambia")),
          Map.entry("TUR", List.of("TUR", "TR", "Türkiye", "Republic of Türkiye", "Turkey")));

  private static final NameRecognizer RECOGNIZER =
      new NameRecognizer(
          NAMES, Map.of("korea", List.of("KOR", "PRK"), "congo", List.of("COG", "COD")));

  private static List<String> found(Recognition r) {
    return r.found().stream().map(Found::iso3).toList();
  }

  @Test
  void aUnAnnexIsReadNameByNameWithItsInversions() {
    String annex =
        "Algeria, Angola, Bolivia (Plurinational State of), Côte d’Ivoire, Iran (Islamic\n"
            + "Republic of), Gambia (the)";
    Recognition r = RECOGNIZER.recognise(annex);
    assertThat(found(r)).containsExactly("DZA", "AGO", "BOL", "CIV", "IRN", "GMB");
    Found bolivia = r.found().get(2);
    assertThat(annex.substring(bolivia.start(), bolivia.end())).isEqualTo(bolivia.text());
    assertThat(bolivia.text()).isEqualTo("Bolivia (Plurinational State of)");
    assertThat(r.found().get(4).text()).isEqualTo("Iran (Islamic\nRepublic of)");
    // a bracket the name did not open is not taken: "(Algeria)"
    assertThat(RECOGNIZER.recognise("(Algeria)").found().get(0).text()).isEqualTo("Algeria");
    assertThat(r.ambiguous()).isEmpty();
    assertThat(r.unplaced()).isEmpty();
  }

  @Test
  void theLongestNameWinsAndNoNameIsFoundInsideAnother() {
    Recognition r =
        RECOGNIZER.recognise(
            "Equatorial Guinea; Guinea-Bissau; Papua New Guinea; Nigeria; South Sudan; Guinea;"
                + " Niger; Sudan");
    assertThat(found(r)).containsExactly("GNQ", "GNB", "PNG", "NGA", "SSD", "GIN", "NER", "SDN");
  }

  @Test
  void aNameOfTwoStatesIsAskedAboutNotGuessed() {
    Recognition r =
        RECOGNIZER.recognise(
            "Congo and Korea signed; so did the Democratic Republic of the Congo, North Korea and"
                + " the Republic of the Congo.");
    assertThat(found(r)).containsExactly("COD", "PRK", "COG");
    assertThat(r.ambiguous())
        .extracting(NameRecognizer.Ambiguous::text, NameRecognizer.Ambiguous::candidates)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Congo", List.of("COG", "COD")),
            org.assertj.core.groups.Tuple.tuple("Korea", List.of("KOR", "PRK")));
  }

  @Test
  void aPressParagraphNamesStatesByAliasAndCodeInCapitalsOnly() {
    String press =
        "The letter, joined by the UK, the US, Saudi Arabia and the other Gulf states, was sent"
            + " to us in Geneva; no word from india or turkey.";
    Recognition r = RECOGNIZER.recognise(press);
    assertThat(found(r)).containsExactly("GBR", "USA", "SAU", "IND", "TUR");
    assertThat(r.unplaced())
        .extracting(NameRecognizer.Unplaced::text)
        .containsExactly("Gulf states");
    assertThat(RECOGNIZER.recognise("we went in to the room, no one there").found()).isEmpty();
  }

  @Test
  void codesCountOnlyAsWholeWordsInCapitals() {
    assertThat(found(RECOGNIZER.recognise("FRA, DZA\nAGO; IN NO TO")))
        .containsExactly("FRA", "DZA", "AGO", "IND", "NOR", "TON");
    assertThat(found(RECOGNIZER.recognise("FRANCE AND INDIA, IN FAVOUR")))
        .containsExactly("FRA", "IND");
    assertThat(found(RECOGNIZER.recognise("Fra dza ago"))).isEmpty();
  }

  @Test
  void numberedListsAndTablesKeepTheirNamesAndReportWhatIsNotAState() {
    String list = "1. Algeria\n2) Narnia\n3. ANGOLA\n\u2022 Republic of Atlantis\n";
    Recognition r = RECOGNIZER.recognise(list);
    assertThat(found(r)).containsExactly("DZA", "AGO");
    assertThat(r.unplaced())
        .extracting(NameRecognizer.Unplaced::text)
        .containsExactly("Narnia", "Republic of Atlantis");
    NameRecognizer.Unplaced narnia = r.unplaced().get(0);
    assertThat(list.substring(narnia.start(), narnia.end())).isEqualTo("Narnia");

    String table = "State\tDate\nAlgeria\t2019-07-12\nAngola\t2019-07-13\nFrance\t\n";
    assertThat(found(RECOGNIZER.recognise(table))).containsExactly("DZA", "AGO", "FRA");
    assertThat(RECOGNIZER.recognise(table).unplaced())
        .extracting(NameRecognizer.Unplaced::text)
        .containsExactly("State", "Date");
  }

  @Test
  void aStateNamedTwiceIsFoundOnceAndProseIsNotUnplaced() {
    Recognition r =
        RECOGNIZER.recognise(
            "France (the French Republic) said so. The Council adopted the text without a vote.");
    assertThat(found(r)).containsExactly("FRA");
    assertThat(r.unplaced()).isEmpty();
  }

  @Test
  void twoThousandWordsAreReadAtOnce() {
    String text = "Algeria, Angola, Narnia and the United Kingdom of Great Britain, ".repeat(200);
    Recognition r = RECOGNIZER.recognise(text);
    assertThat(found(r)).containsExactly("DZA", "AGO", "GBR");
    assertThat(r.unplaced()).hasSize(200);
  }
}
