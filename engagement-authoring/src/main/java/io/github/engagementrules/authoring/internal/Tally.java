package io.github.engagementrules.authoring.internal;

import io.github.engagementrules.model.Opportunity;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Counts numbered opportunities by key, keeping for each key the one with the lowest number as its example, so that
 * tallies made on several threads merge into the same result whatever the timing.
 *
 * @param <K> the key (a record: what was found)
 */
final class Tally<K> {
  /** How often a key was seen, and its first example. */
  static final class Count {
    long count;
    long firstIndex = Long.MAX_VALUE;
    Opportunity example;
    String detail;

    private void add(long times, long index, Opportunity opportunity, String exampleDetail) {
      count += times;
      if (index < firstIndex) {
        firstIndex = index;
        example = opportunity;
        detail = exampleDetail;
      }
    }
  }

  private final Map<K, Count> counts = new HashMap<>();

  /** Counts one opportunity under {@code key}. */
  void add(K key, long index, Opportunity opportunity, String detail) {
    counts.computeIfAbsent(key, k -> new Count()).add(1, index, opportunity, detail);
  }

  /** Adds the parts' counts together. */
  static <K> Tally<K> merge(List<Tally<K>> parts) {
    Tally<K> merged = new Tally<>();
    for (Tally<K> part : parts) {
      part.counts.forEach((key, c) ->
          merged.counts.computeIfAbsent(key, k -> new Count()).add(c.count, c.firstIndex, c.example, c.detail));
    }
    return merged;
  }

  /** One result per key, ordered by the key's first example. */
  <R> List<R> results(BiFunction<K, Count, R> result) {
    return counts.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<K, Count> e) -> e.getValue().firstIndex)
            .thenComparing(e -> e.getKey().toString()))
        .map(e -> result.apply(e.getKey(), e.getValue()))
        .toList();
  }
}
