package io.github.engagementrules.examples;

import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.RuleProblem;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code validate}: compiles a rule base and checks the authoring contract; prints every problem as {@code
 * file:line:column: message} (warnings for guide sections no rule implements) and exits with 1 when there are errors.
 */
final class ValidateCommand implements Command {
  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String usage() {
    return "validate [--rules DIR]...                                 check rules compile and cite the guide";
  }

  @Override
  public int run(List<String> rawArgs, InputStream in, PrintStream out, PrintStream err) {
    Arguments args = Arguments.parse(rawArgs, Set.of("rules"), Set.of());
    if (!args.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + args.positional().get(0) + "'; give rule directories with --rules");
    }
    RuleBaseValidation validation =
        args.all("rules").isEmpty()
            ? EngagementRules.validateBuiltIn()
            : EngagementRules.validate(args.all("rules").stream().map(Path::of).toList());
    for (RuleProblem problem : validation.problems()) {
      out.println(problem);
    }
    int errors = validation.errors().size();
    int warnings = validation.warnings().size();
    if (errors > 0) {
      out.println("INVALID: " + errors + " error(s), " + warnings + " warning(s)");
      return SOME_FAILED;
    }
    RuleBaseInfo ruleBase = validation.ruleBase().orElseThrow();
    // What the rules decide beyond the guide's text, listed so that a policy author can review every local choice.
    for (RuleDescription rule : ruleBase.interpretations()) {
      out.println(rule.file() + ":" + rule.line() + ": interpretation: rule \"" + rule.name() + "\": "
          + rule.interpretation().orElseThrow());
    }
    out.println("OK: rule base " + ruleBase.version() + ", " + ruleBase.rules().size() + " rules, each quoting the "
        + "guide; " + ruleBase.interpretations().size() + " local interpretation(s); " + warnings + " warning(s)");
    return OK;
  }
}
