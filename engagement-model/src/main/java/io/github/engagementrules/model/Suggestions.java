package io.github.engagementrules.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for a misspelt name: the known name closest by edit distance, when it is close enough. Shared by the
 * messages of every module (a JSON field's value, a rule's tier or section, a scenario's rule name).
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The known name nearest to {@code typed}, if it is within a third of its length in edits (at least two).
   *
   * @param typed what the author wrote
   * @param known the names it should have been one of
   * @return the nearest known name, if any is close
   */
  public static Optional<String> nearest(String typed, Collection<String> known) {
    String lower = typed.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, typed.length() / 3);
    return known.stream()
        .filter(k -> !k.equals(typed))
        .map(k -> new Candidate(k, distance(lower, k.toLowerCase(Locale.ROOT))))
        .filter(c -> c.distance() <= allowed)
        .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
        .map(Candidate::name);
  }

  /**
   * The known name nearest to {@code typed} however far it is, for a reference that must name one of them (a renamed
   * rule may share little with its old name, but the nearest is still the best lead).
   *
   * @param typed what the author wrote
   * @param known the names it should have been one of
   * @return the nearest known name; empty only when none is known
   */
  public static Optional<String> closest(String typed, Collection<String> known) {
    String lower = typed.toLowerCase(Locale.ROOT);
    return known.stream()
        .map(k -> new Candidate(k, distance(lower, k.toLowerCase(Locale.ROOT))))
        .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
        .map(Candidate::name);
  }

  /** {@code ": did you mean 'x'?"} when a known name is close, else empty. */
  public static String didYouMean(String typed, Collection<String> known) {
    return nearest(typed, known).map(n -> ": did you mean '" + n + "'?").orElse("");
  }

  private record Candidate(String name, int distance) {}

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
