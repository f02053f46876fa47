package org.signatorytracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rows written in PostgreSQL's COPY text format: every value read back as it was. */
class BulkRowsTest {

  private static String row(Object... values) {
    StringBuilder out = new StringBuilder();
    BulkRows.appendCopyRow(out, values);
    return out.toString();
  }

  @Test
  void valuesAreSeparatedByTabsAndNullIsMarked() {
    assertThat(row(7L, "FRA", LocalDate.of(2019, 7, 8), null, true, false, 3))
        .isEqualTo("7\tFRA\t2019-07-08\t\\N\tt\tf\t3\n");
  }

  @Test
  void textThatCopyWouldReadAsEscapesIsEscaped() {
    assertThat(row("tab\there", "two\r\nlines", "C:\\notes", "\\N", ""))
        .isEqualTo("tab\\there\ttwo\\r\\nlines\tC:\\\\notes\t\\\\N\t\n");
  }

  @Test
  void otherCharactersStayAsTheyAre() {
    assertThat(row("Côte d’Ivoire; \"quoted\", 'single' ∅"))
        .isEqualTo("Côte d’Ivoire; \"quoted\", 'single' ∅\n");
  }
}
