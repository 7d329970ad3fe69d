package io.github.engagementrules.authoring;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleDescription;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of a scenario suite: each scenario's result and the coverage of the rule base (rules that never fired,
 * guide sections no scenario exercised).
 *
 * @param ruleBase the rule base the scenarios ran against
 * @param results one result per scenario, in order
 */
public record ScenarioReport(RuleBaseInfo ruleBase, List<ScenarioResult> results) {
  /** Copies the results. */
  public ScenarioReport {
    results = List.copyOf(results);
  }

  /** The scenarios that did not meet their expectations. */
  public List<ScenarioResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }

  /** The names of the rules that fired in at least one scenario. */
  public Set<String> firedRules() {
    Set<String> fired = new HashSet<>();
    for (ScenarioResult result : results) {
      result.decision().map(Decision::reasons).orElse(List.of()).stream().map(Reason::rule).forEach(fired::add);
    }
    return fired;
  }

  /** The rule base's rules that fired in no scenario, in rule-base order. */
  public List<RuleDescription> rulesNeverFired() {
    Set<String> fired = firedRules();
    return ruleBase.rules().stream().filter(r -> !fired.contains(r.name())).toList();
  }

  /**
   * The guide sections that imply a decision (are not informational) but that no rule fired for in any scenario, in
   * the order of the guide.
   */
  public List<GuideSection> sectionsNotExercised() {
    Set<String> fired = firedRules();
    Set<String> exercised = new HashSet<>();
    ruleBase.rules().stream().filter(r -> fired.contains(r.name())).forEach(r -> exercised.add(r.section()));
    return ruleBase.sections().stream().filter(s -> !s.informational() && !exercised.contains(s.id())).toList();
  }

  /** The share of the rule base's rules that fired in at least one scenario, in percent (100 for no rules). */
  public double ruleCoverage() {
    int total = ruleBase.rules().size();
    return total == 0 ? 100.0 : 100.0 * (total - rulesNeverFired().size()) / total;
  }
}
