package org.signatorytracker.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Answers worked out from the data as recorded now, kept until another revision commits: every
 * write (records, claims, statements, issues, groups) commits a revision, so an answer worked out
 * at a revision stays exact while that revision is the last, on this replica and any other. The
 * revision is read before the work and again after it; an answer is kept only if no revision
 * committed in between. At most {@code limit} answers are kept.
 */
public final class KeptPerRevision<K, V> {

  private final int limit;
  private volatile long revision = -1;
  private final Map<K, V> kept = new ConcurrentHashMap<>();

  public KeptPerRevision(int limit) {
    this.limit = limit;
  }

  /**
   * The answers for these keys, in their order, at the last committed revision ({@code last} reads
   * it): the kept ones, and the others worked out by {@code work} in one go (it gets the missing
   * keys and answers them in the same order).
   */
  public List<V> get(List<K> keys, LongSupplier last, Function<List<K>, List<V>> work) {
    long before = last.getAsLong();
    Map<K, V> current = at(before);
    Map<K, V> found = new HashMap<>();
    List<K> missing = new ArrayList<>();
    for (K key : keys) {
      V value = current.get(key);
      if (value != null) {
        found.put(key, value);
      } else {
        missing.add(key);
      }
    }
    if (!missing.isEmpty()) {
      List<V> worked = work.apply(missing);
      Map<K, V> byKey = new HashMap<>();
      for (int i = 0; i < missing.size(); i++) {
        byKey.put(missing.get(i), worked.get(i));
      }
      found.putAll(byKey);
      if (last.getAsLong() == before && current.size() + byKey.size() <= limit) {
        current.putAll(byKey);
      }
    }
    return keys.stream().map(found::get).toList();
  }

  private Map<K, V> at(long now) {
    if (now != revision) {
      synchronized (this) {
        if (now != revision) {
          kept.clear();
          revision = now;
        }
      }
    }
    return kept;
  }
}
