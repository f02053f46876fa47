package org.signatorytracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.signatorytracker.statements.StatementRequest;

/**
 * A resolution's symbol as a statement's key, for every form of symbol the General Assembly used.
 */
class UndlKeyTest {

  @Test
  void slashesAndSpacesBecomeHyphens() {
    assertThat(UndlConversion.keyOf("A/RES/74/10")).isEqualTo("a-res-74-10");
    assertThat(UndlConversion.keyOf("A/RES/ES-10/21")).isEqualTo("a-res-es-10-21");
    assertThat(UndlConversion.keyOf(" A/RES/S-11/1 ")).isEqualTo("a-res-s-11-1");
  }

  @Test
  void theEarlySessionsBracketsBecomeHyphensToo() {
    assertThat(UndlConversion.keyOf("A/RES/217(III)")).isEqualTo("a-res-217-iii");
    assertThat(UndlConversion.keyOf("A/RES/3379 (XXX)")).isEqualTo("a-res-3379-xxx");
    assertThat(UndlConversion.keyOf("A/RES/1(I)")).isEqualTo(UndlConversion.keyOf("A/RES/1 (I)"));
  }

  @Test
  void everyKeyMadeIsAKey() {
    for (String symbol :
        new String[] {"A/RES/217(III)[A]", "A/RES/2758(XXVI)", "A/RES/ES-11/1", "A/RES/79/317"}) {
      assertThat(UndlConversion.keyOf(symbol)).matches(StatementRequest.KEY_PATTERN);
    }
  }
}
