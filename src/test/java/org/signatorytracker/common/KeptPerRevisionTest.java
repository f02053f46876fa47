package org.signatorytracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Answers kept while no revision commits, worked out again after one does. */
@Tag("unit")
class KeptPerRevisionTest {

  private final AtomicLong revision = new AtomicLong(7);
  private final List<List<String>> worked = new ArrayList<>();

  private Map<String, Integer> lengths(List<String> keys) {
    worked.add(List.copyOf(keys));
    Map<String, Integer> answer = new HashMap<>();
    keys.forEach(k -> answer.put(k, k.length() + (int) revision.get()));
    return answer;
  }

  @Test
  void keptAtOneRevisionOnlyTheMissingWorkedOut() {
    KeptPerRevision<String, Integer> kept = new KeptPerRevision<>(100);
    assertThat(kept.get(List.of("ab", "abc"), revision::get, this::lengths))
        .containsEntry("ab", 9)
        .containsEntry("abc", 10);
    assertThat(kept.get(List.of("ab", "abcd"), revision::get, this::lengths))
        .containsEntry("ab", 9)
        .containsEntry("abcd", 11);
    assertThat(worked).containsExactly(List.of("ab", "abc"), List.of("abcd"));
  }

  @Test
  void aNewRevisionWorksEverythingOutAgain() {
    KeptPerRevision<String, Integer> kept = new KeptPerRevision<>(100);
    kept.get(List.of("ab"), revision::get, this::lengths);
    revision.incrementAndGet();
    assertThat(kept.get(List.of("ab"), revision::get, this::lengths)).containsEntry("ab", 10);
    assertThat(worked).hasSize(2);
  }

  @Test
  void anAnswerWorkedOutWhileARevisionCommittedIsNotKept() {
    KeptPerRevision<String, Integer> kept = new KeptPerRevision<>(100);
    kept.get(
        List.of("ab"),
        revision::get,
        keys -> {
          Map<String, Integer> answer = lengths(keys);
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
