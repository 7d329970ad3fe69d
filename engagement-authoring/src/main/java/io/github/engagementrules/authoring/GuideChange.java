package io.github.engagementrules.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one section of the guide's text changed between two editions: the sentences added, removed and reworded.
 *
 * @param sectionId the section's id
 * @param title the section's title (the newer edition's, when it has the section)
 * @param added sentences only the newer edition has
 * @param removed sentences only the older edition has
 * @param reworded pairs of an older sentence and the newer sentence that replaced it
 */
public record GuideChange(
    String sectionId, String title, List<String> added, List<String> removed, List<Rewording> reworded) {
  /**
   * A sentence reworded: most of its words kept.
   *
   * @param before the older sentence
   * @param after the newer sentence
   */
  public record Rewording(String before, String after) {
    /** Checks both are present. */
    public Rewording {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /** Copies the lists. */
  public GuideChange {
    Objects.requireNonNull(sectionId, "sectionId");
    Objects.requireNonNull(title, "title");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    reworded = List.copyOf(reworded);
  }

  /** The change in a few lines: one per sentence, marked {@code +}, {@code -} or {@code ~}. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    reworded.forEach(r -> lines.add("~ \"" + r.before() + "\" -> \"" + r.after() + "\""));
    added.forEach(s -> lines.add("+ \"" + s + "\""));
    removed.forEach(s -> lines.add("- \"" + s + "\""));
    return lines;
  }
}
