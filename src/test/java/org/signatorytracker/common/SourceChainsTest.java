package org.signatorytracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Whom a source relies on, and when what cites sources rests on unnamed people only. */
@Tag("unit")
class SourceChainsTest {

  private static final SourceVia UNNAMED =
      new SourceVia(SourceKind.ANONYMOUS, null, "three diplomats and a rights expert");
  private static final SourceVia SPOKESPERSON =
      new SourceVia(SourceKind.OFFICIAL, "China's mission in Geneva", "its spokesperson");
  private static final SourceVia REUTERS = new SourceVia(SourceKind.PRESS, "Reuters", null);

  private static Source press(String title, SourceVia... via) {
    return new Source(null, title, null, null, SourceKind.PRESS, List.of(via));
  }

  @Test
  void aPressReportCitingUnnamedPeopleRestsOnThemAndOneCitingAnOfficialDoesNot() {
    assertThat(press("Reuters", UNNAMED).restsOnAnonymous()).isTrue();
    assertThat(press("Reuters", SPOKESPERSON).restsOnAnonymous()).isFalse();
    assertThat(press("Reuters").restsOnAnonymous()).isFalse();
    // the origin is the last link: the Japan Times, reprinting Reuters, citing unnamed people
    assertThat(press("The Japan Times", REUTERS, UNNAMED).restsOnAnonymous()).isTrue();
    assertThat(press("The Japan Times", UNNAMED, REUTERS).restsOnAnonymous()).isFalse();
    assertThat(
            new Source(null, "Diplomats said", null, null, SourceKind.ANONYMOUS).restsOnAnonymous())
        .isTrue();
  }

  @Test
  void sourcesRestOnUnnamedPeopleOnlyWhenEveryOneDoes() {
    Source annex =
        new Source("https://undocs.org/A/HRC/41/G/17", null, null, null, SourceKind.OFFICIAL);
    assertThat(Sources.restOnAnonymous(List.of(press("Reuters", UNNAMED)))).isTrue();
    assertThat(
            Sources.restOnAnonymous(
                List.of(press("Reuters", UNNAMED), press("The Japan Times", REUTERS, UNNAMED))))
        .isTrue();
    assertThat(Sources.restOnAnonymous(List.of(press("Reuters", UNNAMED), annex))).isFalse();
    // nothing cited is not "anonymous": it is unsourced, which other rules refuse
    assertThat(Sources.restOnAnonymous(List.of())).isFalse();
    assertThat(Sources.restOnAnonymous(null)).isFalse();
  }

  @Test
  void aChainIsWrittenAsJsonAndReadBackExactly() {
    List<SourceVia> chain = List.of(REUTERS, UNNAMED);
    String written = SourceVia.write(chain);
    assertThat(written)
        .isEqualTo(
            "[{\"kind\":\"PRESS\",\"title\":\"Reuters\"},"
                + "{\"kind\":\"ANONYMOUS\",\"note\":\"three diplomats and a rights expert\"}]");
    assertThat(SourceVia.parse(written)).isEqualTo(chain);
    assertThat(SourceVia.read(written)).isEqualTo(chain);
    assertThat(SourceVia.write(List.of())).isNull();
    assertThat(SourceVia.parse(" ")).isEmpty();
    // a note with quotes and a line break survives, on one line
    List<SourceVia> quoted = List.of(new SourceVia(null, "A \"named\" aide", "said:\nno"));
    assertThat(SourceVia.write(quoted)).doesNotContain("\n");
    assertThat(SourceVia.parse(SourceVia.write(quoted))).isEqualTo(quoted);
    assertThat(quoted.get(0).kind()).isEqualTo(SourceKind.OTHER);
  }

  @Test
  void aChainThatIsNotAListOfLinksThatSaySomethingIsRefused() {
    assertThatThrownBy(() -> SourceVia.parse("ANONYMOUS"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("JSON list of links");
    assertThatThrownBy(() -> SourceVia.parse("[{\"kind\": \"RUMOUR\"}]"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SourceVia.parse("[{\"kind\": 2}]"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SourceVia.parse("[{\"kind\": \"OTHER\"}]"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("link 0 needs a kind other than OTHER, a title or a note");
    assertThatThrownBy(() -> SourceVia.parse("[null]")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SourceVia.parse("[{\"kind\": \"PRESS\", \"who\": 1}]"))
        .isInstanceOf(InvalidValueException.class);
  }
}
