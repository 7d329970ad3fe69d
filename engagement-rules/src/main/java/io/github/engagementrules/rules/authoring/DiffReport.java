package io.github.engagementrules.rules.authoring;

import java.util.List;

/**
 * How decisions change from one rule base to another over the same opportunities.
 *
 * @param beforeVersion the version of the rule base before the edit
 * @param afterVersion the version after it
 * @param compared how many opportunities were decided by both
 * @param changes each distinct change, ordered by its first example
 * @param rulesAdded the names of rules only the new rule base has
 * @param rulesRemoved the names of rules only the old rule base has
 */
public record DiffReport(
    String beforeVersion,
    String afterVersion,
    long compared,
    List<DecisionChange> changes,
    List<String> rulesAdded,
    List<String> rulesRemoved) {
  /** Copies the lists. */
  public DiffReport {
    changes = List.copyOf(changes);
    rulesAdded = List.copyOf(rulesAdded);
    rulesRemoved = List.copyOf(rulesRemoved);
  }

  /** How many opportunities are decided differently. */
  public long changed() {
    return changes.stream().mapToLong(DecisionChange::count).sum();
  }

  /** Whether every decision stays the same. */
  public boolean isUnchanged() {
    return changes.isEmpty();
  }
}
