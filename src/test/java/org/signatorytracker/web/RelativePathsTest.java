package org.signatorytracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Path data written relative to the point before: the same points, in fewer characters. */
@Tag("unit")
class RelativePathsTest {

  @Test
  void linesAreWrittenRelativeWithOneCommandLetterForARun() {
    assertThat(Pictures.relativePaths("<path d='M757,513.1L757.1,513.1L760,511.9L758,515Z'/>"))
        .isEqualTo("<path d='M757,513.1l0.1,0 2.9-1.2-2,3.1z'/>");
  }

  @Test
  void aClosedRingReturnsToItsStartBeforeTheNextRing() {
    // after Z the point is the ring's start (10,10), whatever the next command
    assertThat(Pictures.relativePaths("<path d='M10,10L20,10L20,20ZM30,30L31,30Z'/>"))
        .isEqualTo("<path d='M10,10l10,0 0,10zM30,30l1,0z'/>");
  }

  @Test
  void otherPathDataIsLeftAsItIs() {
    String curve = "<path d='M0,0C1,1,2,2,3,3'/>";
    assertThat(Pictures.relativePaths(curve)).isEqualTo(curve);
    String text = "<text x='1' y='2'>d='M1,1'</text>";
    assertThat(Pictures.relativePaths(text)).isEqualTo(text);
  }
}
