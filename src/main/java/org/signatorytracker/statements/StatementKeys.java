package org.signatorytracker.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.ResourceNotFoundException;

/** Statement keys a caller gave that name no statement: the problem, with the closest keys. */
public final class StatementKeys {

  private StatementKeys() {}

  public static ResourceNotFoundException notFound(String key) {
    return notFound("key", key);
  }

  /**
   * A key that names no statement, with the closest keys as suggestions.
   *
   * @param field the parameter or column the key came from
   */
  public static ResourceNotFoundException notFound(String field, String key) {
    List<String> near = closest(Statement.canonicalKey(key), Statement.allKeys());
    String message =
        near.isEmpty()
            ? "unknown statement"
            : "unknown statement; did you mean "
                + String.join(" or ", near.stream().map(k -> "'" + k + "'").toList())
                + "?";
    return new ResourceNotFoundException(
        "There is no statement with key '" + key + "'" + (near.isEmpty() ? "." : ": " + message),
        List.of(new FieldError(field, message, key, near)));
  }

  private static final int MAX_SUGGESTIONS = 3;

  /**
   * Suggests stored keys close to a key that names no statement; the keys are read once, on the
   * first call, however many keys are asked about.
   */
  public static Function<String, List<String>> keySuggestions() {
    List<List<String>> keys = new ArrayList<>(1);
    return key -> {
      if (keys.isEmpty()) {
        keys.add(Statement.allKeys());
      }
      return closest(Statement.canonicalKey(key), keys.get(0));
    };
  }

  /** The keys within a few edits of {@code key}, or containing it, closest first. */
  static List<String> closest(String key, List<String> keys) {
    int limit = Math.max(2, key.length() / 3);
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    record Candidate(String key, int distance) {}
    List<Candidate> candidates = new ArrayList<>();
    for (String candidate : keys) {
      int d = distance.apply(key, candidate);
      if (d < 0 && key.length() >= 3 && candidate.contains(key)) {
        d = limit + 1; // a fragment of the key: after the near misses
      }
      if (d >= 0) {
        candidates.add(new Candidate(candidate, d));
      }
    }
    return candidates.stream()
        .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::key))
        .limit(MAX_SUGGESTIONS)
        .map(Candidate::key)
        .toList();
  }
}
