package io.github.engagementrules.rules;

import java.util.List;

/**
 * Hears what a {@link ReloadingDecider} did after its rule files changed. Called on the watcher's thread, never on a
 * thread that is deciding; keep the work short. An exception thrown here is logged and otherwise ignored.
 */
public interface RuleReloadListener {
  /**
   * The edited rules compiled and validated, and decisions now use them.
   *
   * @param ruleBase the new rule base's version and rules
   */
  default void reloaded(RuleBaseInfo ruleBase) {}

  /**
   * The edited rules did not compile or broke the authoring contract; decisions keep using the last good rule base.
   *
   * @param errors every error, as {@code file:line:column: message}
   */
  default void rejected(List<RuleProblem> errors) {}
}
