package io.github.engagementrules.rules;

import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.rules.RuleProblem.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link CompiledRules#compile(List)} made of some rule files: every problem (compile errors, broken authoring
 * conventions, guide sections no rule implements) and the compiled rules when there was no error.
 *
 * @param problems errors and warnings, errors first, each in file order
 * @param rules the compiled rules, present exactly when there is no error
 */
public record RuleCompilation(List<RuleProblem> problems, Optional<CompiledRules> rules) {
  /** Copies the problems. */
  public RuleCompilation {
    problems = List.copyOf(problems);
  }

  /** The problems that keep the rules from being used. */
  public List<RuleProblem> errors() {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  /** The same findings as a validation report. */
  public RuleBaseValidation validation() {
    return new RuleBaseValidation(problems, rules.map(CompiledRules::info));
  }

  /**
   * The compiled rules, or a failure listing every error.
   *
   * @return the compiled rules
   * @throws EngagementException {@code RULE_COMPILATION} listing every error as {@code file:line:column: message}
   */
  public CompiledRules orElseThrow() {
    return rules.orElseThrow(() -> new EngagementException(
        ErrorCode.RULE_COMPILATION,
        null,
        "the rule base does not compile:\n"
            + errors().stream().map(RuleProblem::toString).collect(Collectors.joining("\n"))));
  }
}
