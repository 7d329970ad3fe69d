package io.github.engagementrules.rules;

import io.github.engagementrules.rules.RuleProblem.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What a check of a rule base found (a reload, {@link RuleCompilation#validation()}, the authoring module's
 * validation): every compile error as {@code file:line:column: message}, every rule without {@code @section}/{@code
 * @reason} or citing an unknown section (errors), and every guide section no rule implements (warnings).
 *
 * @param problems errors and warnings, errors first, each in file order
 * @param ruleBase the compiled rule base's version and rules, when it has no errors
 */
public record RuleBaseValidation(List<RuleProblem> problems, Optional<RuleBaseInfo> ruleBase) {
  /** Copies the problems. */
  public RuleBaseValidation {
    problems = List.copyOf(problems);
  }

  /** The problems that keep the rule base from being used. */
  public List<RuleProblem> errors() {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  /** The problems that deserve attention but do not stop the rule base from working. */
  public List<RuleProblem> warnings() {
    return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
  }

  /** Whether the rule base compiles and keeps the authoring contract (warnings allowed). */
  public boolean isValid() {
    return errors().isEmpty();
  }
}
