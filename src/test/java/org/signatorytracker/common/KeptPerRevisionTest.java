package org.signatorytracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Answers kept while no revision commits, worked out again after one does. */
@Tag("unit")
class KeptPerRevisionTest {

  private final AtomicLong revision = new AtomicLong(7);
  private final List<List<String>> worked = new ArrayList<>();

  /** Each key's length plus the revision, in the keys' order. */
  private List<Integer> lengths(List<String> keys) {
    worked.add(List.copyOf(keys));
    return keys.stream().map(k -> k.length() + (int) revision.get()).toList();
  }

  @Test
  void keptAtOneRevisionOnlyTheMissingWorkedOut() {
    KeptPerRevision<String, Integer> kept = new KeptPerRevision<>(100);
    assertThat(kept.get(List.of("ab", "abc"), revision::get, this::lengths)).containsExactly(9, 10);
    assertThat(kept.get(List.of("ab", "abcd"), revision::get, this::lengths))
        .containsExactly(9, 11);
    assertThat(worked).containsExactly(List.of("ab", "abc"), List.of("abcd"));
  }

  @Test
  void aNewRevisionWorksEverythingOutAgain() {
    KeptPerRevision<String, Integer> kept = new KeptPerRevision<>(100);
    kept.get(List.of("ab"), revision::get, this::lengths);
    revision.incrementAndGet();
    assertThat(kept.get(List.of("ab"), revision::get, this::lengths)).containsExactly(10);
    assertThat(worked).hasSize(2);
  }

  @Test
  void anAnswerWorkedOutWhileARevisionCommittedIsNotKept() {
    KeptPerRevision<String, Integer> kept = new KeptPerRevision<>(100);
    kept.get(
        List.of("ab"),
        revision::get,
        keys -> {
          List<Integer> answer = lengths(keys);
          revision.incrementAndGet(); // a write commits while the answer is worked out
          return answer;
        });
    kept.get(List.of("ab"), revision::get, this::lengths);
    assertThat(worked).hasSize(2);
  }

  @Test
  void beyondTheLimitNothingMoreIsKept() {
    KeptPerRevision<String, Integer> kept = new KeptPerRevision<>(1);
    kept.get(List.of("ab", "abc"), revision::get, this::lengths);
    kept.get(List.of("ab"), revision::get, this::lengths);
    assertThat(worked).hasSize(2);
  }
}
