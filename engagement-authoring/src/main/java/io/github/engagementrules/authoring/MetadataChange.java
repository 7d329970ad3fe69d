package io.github.engagementrules.authoring;

import java.util.Objects;

/**
 * A change an edit makes to what a rule or a marked function says about itself rather than to what it decides: its
 * {@code @quote}, its {@code @interpretation} marking (added, removed, changed), its {@code @tier}, its name (a rule
 * renamed under the same {@code @id}), or the rule or marked function added or removed.
 *
 * @param subject what changed, such as {@code rule "Patrol goes ahead"} or {@code function hasPolicingPurpose}
 * @param change how, such as {@code @interpretation removed (was "...")}
 */
public record MetadataChange(String subject, String change) {
  /** Checks that both parts are present. */
  public MetadataChange {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(change, "change");
  }

  /** {@code subject: change}. */
  @Override
  public String toString() {
    return subject + ": " + change;
  }
}
