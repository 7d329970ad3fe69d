package io.github.engagementrules.authoring;

import io.github.engagementrules.authoring.internal.ReversedRules;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.RuleFile;
import io.github.engagementrules.rules.RuleFiles;
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
    List<RuleFile> sources =
        ruleDirectories.isEmpty() ? RuleFiles.builtIn() : RuleFiles.fromDirectories(ruleDirectories);
    return CompiledRules.compile(ReversedRules.of(sources)).orElseThrow().decider(roster);
  }
}
