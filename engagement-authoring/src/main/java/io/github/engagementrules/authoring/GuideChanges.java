package io.github.engagementrules.authoring;

import io.github.engagementrules.rules.GuideSection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed in the guide's text between two editions, section by section and sentence by sentence: sentences
 * added, removed, and reworded (a removed and an added sentence of the same section that share most of their words).
 */
public final class GuideChanges {
  /** The share of words two sentences must have in common to count as one sentence reworded. */
  static final double REWORDED = 0.5;

  private GuideChanges() {}

  /**
   * The changes from {@code before} to {@code after}, in the newer guide's order, then sections only the older one
   * has; sections whose sentences are the same (whitespace aside) are left out.
   *
   * @param before the older edition's sections
   * @param after the newer edition's sections
   * @return the changed sections
   */
  public static List<GuideChange> between(List<GuideSection> before, List<GuideSection> after) {
    Map<String, GuideSection> older = new LinkedHashMap<>();
    before.forEach(s -> older.put(s.id(), s));
    List<GuideChange> changes = new ArrayList<>();
    for (GuideSection section : after) {
      GuideSection was = older.remove(section.id());
      change(section.id(), section.title(), was == null ? List.of() : sentences(was.text()), sentences(section.text()))
          .ifPresent(changes::add);
    }
    for (GuideSection removed : older.values()) {
      change(removed.id(), removed.title(), sentences(removed.text()), List.of()).ifPresent(changes::add);
    }
    return changes;
  }

  /**
   * A section's sentences, as the diff and the policy book split them: at the end of each sentence, at line breaks
   * and at the guide's bullet marks, whitespace collapsed.
   *
   * @param text a section's text
   * @return its sentences, in order
   */
  public static List<String> sentences(String text) {
    return Arrays.stream(text.split("(?<=[.!?;])\\s+|\\n+"))
        .map(s -> s.strip().replaceFirst("^[-•*]\\s*", "").replaceAll("\\s+", " "))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static Optional<GuideChange> change(String id, String title, List<String> before, List<String> after) {
    Set<String> kept = new LinkedHashSet<>(before);
    kept.retainAll(after);
    List<String> removed = new ArrayList<>(before.stream().filter(s -> !kept.contains(s)).toList());
    List<String> added = new ArrayList<>(after.stream().filter(s -> !kept.contains(s)).toList());
    List<GuideChange.Rewording> reworded = new ArrayList<>();
    for (String old : List.copyOf(removed)) {
      added.stream()
          .filter(candidate -> similarity(old, candidate) >= REWORDED)
          .max((a, b) -> Double.compare(similarity(old, a), similarity(old, b)))
          .ifPresent(match -> {
            reworded.add(new GuideChange.Rewording(old, match));
            removed.remove(old);
            added.remove(match);
          });
    }
    if (added.isEmpty() && removed.isEmpty() && reworded.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new GuideChange(id, title, added, removed, reworded));
  }

  /** Words in common over words in either (Jaccard), ignoring case and punctuation. */
  static double similarity(String one, String other) {
    Set<String> a = words(one);
    Set<String> b = words(other);
    Set<String> union = new LinkedHashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 1.0;
    }
    a.retainAll(b);
    return (double) a.size() / union.size();
  }

  private static Set<String> words(String sentence) {
    return Arrays.stream(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
        .filter(w -> !w.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
