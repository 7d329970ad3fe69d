package io.github.engagementrules.authoring;

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
 * @param metadataChanges what the edit changes in the rules' and marked functions' quotes, interpretation markings,
 *     tiers and names, whether or not a decision changes with it
 */
public record DiffReport(
    String beforeVersion,
    String afterVersion,
    long compared,
    List<DecisionChange> changes,
    List<String> rulesAdded,
    List<String> rulesRemoved,
    List<MetadataChange> metadataChanges) {
  /** Copies the lists. */
  public DiffReport {
    metadataChanges = List.copyOf(metadataChanges);
    changes = List.copyOf(changes);
    rulesAdded = List.copyOf(rulesAdded);
    rulesRemoved = List.copyOf(rulesRemoved);
  }

  /** A report without metadata changes, as before they were compared. */
  public DiffReport(String beforeVersion, String afterVersion, long compared, List<DecisionChange> changes,
      List<String> rulesAdded, List<String> rulesRemoved) {
    this(beforeVersion, afterVersion, compared, changes, rulesAdded, rulesRemoved, List.of());
  }

  /** How many opportunities are decided differently. */
  public long changed() {
    return changes.stream().mapToLong(DecisionChange::count).sum();
  }

  /** Whether every decision stays the same and no rule's quote, interpretation marking or tier changed. */
  public boolean isUnchanged() {
    return changes.isEmpty() && metadataChanges.isEmpty();
  }
}
