package org.signatorytracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas, guarded on export and restored on import. */
class SpreadsheetSafetyTest {

  @Test
  void guardsEveryLineThatStartsAsAFormula() {
    assertThat(SpreadsheetSafety.neutralise("=1+2")).isEqualTo("'=1+2");
    assertThat(SpreadsheetSafety.neutralise("Algeria\n-1")).isEqualTo("Algeria\n'-1");
    assertThat(SpreadsheetSafety.neutralise("a\r@b")).isEqualTo("a\r'@b");
    assertThat(SpreadsheetSafety.neutralise("a\u2028+b")).isEqualTo("a\u2028'+b");
    assertThat(SpreadsheetSafety.neutralise("\u00A0=x")).isEqualTo("'\u00A0=x");
    assertThat(SpreadsheetSafety.neutralise("'quoted")).isEqualTo("''quoted");
    assertThat(SpreadsheetSafety.neutralise("\uFF1DSUM(A1)")).isEqualTo("'\uFF1DSUM(A1)");
  }

  @Test
  void leavesPlainCellsAsTheyAre() {
    for (String plain : new String[] {"Algeria", "A/RES/74/10", "2019-07-08", "a-1 = 2", "Côte"}) {
      assertThat(SpreadsheetSafety.neutralise(plain)).isSameAs(plain);
      assertThat(SpreadsheetSafety.restore(plain)).isSameAs(plain);
    }
  }

  /** Seeded random cells over the characters that matter: a round trip keeps each exactly. */
  @Test
  void aRoundTripKeepsEveryValue() {
    char[] alphabet = "ab1 '=+-@\t\r\n\u00A0\u200B\u2028\u0085\uFF1D\uFEFF".toCharArray();
    Pattern runnable = Pattern.compile("(?m)^[ \\u00A0\\u200B\\uFEFF]*[=+\\-@\\t\\r\\uFF1D]");
    SplittableRandom random = new SplittableRandom(24);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder cell = new StringBuilder();
      for (int n = random.nextInt(1, 8); n > 0; n--) {
        cell.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String value = cell.toString();
      String exported = SpreadsheetSafety.neutralise(value);
      assertThat(SpreadsheetSafety.restore(exported)).as("%s", value).isEqualTo(value);
      assertThat(runnable.matcher(exported).find()).as("%s", exported).isFalse();
    }
  }
}
