package io.github.engagementrules.examples.cli;

import io.github.engagementrules.rules.FunctionInterpretation;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.RuleProblem;
import io.github.engagementrules.authoring.Validation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code validate}: compiles a rule base and checks the authoring contract; prints every problem as {@code
 * file:line:column: message} (warnings for guide sections no rule implements) and exits with 1 when there are errors.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks that rules compile and that every rule cites a guide section.",
      "Prints each problem as file:line:column: message; exit status 1 when there are errors."
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand EngagementCli cli;
  @Mixin CliSupport.RuleOptions rules;

  @Override
  public Integer call() {
    PrintStream out = cli.out();
    RuleBaseValidation validation =
        rules.directories.isEmpty()
            ? Validation.ofBuiltIn()
            : Validation.of(rules.directories.stream().map(Path::of).toList());
    for (RuleProblem problem : validation.problems()) {
      out.println(problem);
    }
    int errors = validation.errors().size();
    int warnings = validation.warnings().size();
    if (errors > 0) {
      out.println("INVALID: " + errors + " error(s), " + warnings + " warning(s)");
      return EngagementCli.SOME_FAILED;
    }
    RuleBaseInfo ruleBase = validation.ruleBase().orElseThrow();
    // What the rules decide beyond the guide's text, listed so that a policy author can review every local choice.
    for (RuleDescription rule : ruleBase.interpretations()) {
      out.println(rule.file() + ":" + rule.line() + ": interpretation: rule \"" + rule.name() + "\": "
          + rule.interpretation().orElseThrow());
    }
    for (FunctionInterpretation function : ruleBase.functionInterpretations()) {
      out.println(function.file() + ":" + function.line() + ": interpretation: function " + function.name()
          + " (used by " + function.usedBy().size() + " rule(s): "
          + function.usedBy().stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(", ")) + "): "
          + function.interpretation());
    }
    out.println("OK: rule base " + ruleBase.version() + ", " + ruleBase.rules().size() + " rules, each quoting the "
        + "guide; " + ruleBase.interpretationCount() + " local interpretation(s); " + warnings + " warning(s)");
    return EngagementCli.OK;
  }
}
