package io.github.engagementrules.rules.authoring;

import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.internal.DroolsDecider;
import io.github.engagementrules.rules.internal.ReversedRules;
import io.github.engagementrules.rules.internal.RuleBaseCompiler;
import io.github.engagementrules.rules.internal.RuleSource;
import io.github.engagementrules.rules.internal.RuleSources;
import java.nio.file.Path;
import java.util.List;

/**
 * The rule base loaded backwards, to prove that no decision depends on load order: the rule files in the opposite
 * order, each in a folder of its own, and the rules inside each file in the opposite order. Give the result to
 * {@link DerivedDomain#verify(EngagementDecider, EngagementDecider, Coverage, long, int)}, which reports every
 * decision that differs as an {@code ORDER_DEPENDENCE} finding.
 */
public final class OrderIndependence {
  private OrderIndependence() {}

  /**
   * A decider over the rules of {@code ruleDirectories} (the built-in rules when empty), loaded backwards.
   *
   * @param ruleDirectories the rule folders, as given to {@code EngagementRules.builder().ruleDirectory(...)}
   * @param roster the roster to decide against
   * @return the reversed decider
   * @throws io.github.engagementrules.model.EngagementException {@code ENG-200} when the rules do not compile
   */
  public static EngagementDecider reversed(List<Path> ruleDirectories, Roster roster) {
    List<RuleSource> sources =
        ruleDirectories.isEmpty() ? RuleSources.builtIn() : RuleSources.fromDirectories(ruleDirectories);
    return new DroolsDecider(
        RuleBaseCompiler.compileOrThrow(ReversedRules.of(sources)), roster, EngagementRules.DEFAULT_FIRING_LIMIT);
  }
}
