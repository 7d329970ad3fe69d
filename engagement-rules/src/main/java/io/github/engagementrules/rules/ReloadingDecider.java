package io.github.engagementrules.rules;

import io.github.engagementrules.model.Roster;

/**
 * A decider that watches its rule directories and, when a file changes, rebuilds the rule base on its own thread and
 * swaps it in atomically, but only when the new rules compile and keep the authoring contract. A failed rebuild
 * keeps the last good rule base and reports its errors to the {@link RuleReloadListener} and the log.
 *
 * <p><b>Thread safety:</b> as for every {@link EngagementDecider}. A decision in flight during a swap completes on the
 * rule base it started with; decisions never fail because of a reload. {@link #ruleBase()} and each decision's
 * {@code ruleBaseVersion} tell which rule base is in use. Deciders made by {@link #withRoster} share this decider's
 * watcher, and {@link #close()} on any of them stops it for all.
 */
public interface ReloadingDecider extends EngagementDecider, AutoCloseable {
  /**
   * Rebuilds from the rule directories now, on the calling thread, as if a file had changed.
   *
   * @return what validation found; the new rule base is in use when it {@link RuleBaseValidation#isValid()}
   */
  RuleBaseValidation reload();

  /**
   * A reloading decider with another roster that shares this one's watcher and rule base.
   *
   * @param roster the new roster
   * @return a new decider
   */
  @Override
  ReloadingDecider withRoster(Roster roster);

  /** Stops watching the rule directories; the decider keeps deciding with the rule base it has. */
  @Override
  void close();
}
