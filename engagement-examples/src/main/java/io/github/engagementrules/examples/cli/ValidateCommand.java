package io.github.engagementrules.examples.cli;

import io.github.engagementrules.authoring.Validation;
import io.github.engagementrules.rules.ApprovalState;
import io.github.engagementrules.rules.FunctionInterpretation;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleBaseValidation;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.RuleProblem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code validate}: compiles a rule base and checks the authoring contract; prints every problem as {@code
 * file:line:column: message} (warnings for guide sections no rule implements) and exits with 1 when there are errors.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks that rules compile and that every rule cites a guide section; warns of local interpretations awaiting"
          + " the policy owner's approval and of an edition whose review is due within 30 days or overdue.",
      "Prints each problem as file:line:column: message; exit status 1 when there are errors (with --strict, when"
          + " there are warnings too)."
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand EngagementCli cli;
  @Mixin CliSupport.RuleOptions rules;

  @Option(names = "--strict", description = "fail (exit status 1) on warnings too: a review due or overdue, an"
      + " interpretation awaiting approval, a section no rule implements")
  boolean strict;

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
      out.println(rule.file() + ":" + rule.line() + ": interpretation: rule \"" + rule.name() + "\""
          + approval(ruleBase, rule.name()) + ": " + rule.interpretation().orElseThrow());
    }
    for (FunctionInterpretation function : ruleBase.functionInterpretations()) {
      out.println(function.file() + ":" + function.line() + ": interpretation: function " + function.name()
          + approval(ruleBase, function.name()) + " (used by " + function.usedBy().size() + " rule(s): "
          + function.usedBy().stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(", ")) + "): "
          + function.interpretation());
    }
    ruleBase.edition().ifPresent(e -> out.println("edition: " + e.label() + ", in force from " + e.inForceFrom()
        + ", review due " + e.reviewDue() + ", owned by " + e.policyOwner()));
    int awaiting = ruleBase.unapprovedInterpretations().size();
    String summary = "rule base " + ruleBase.version() + ", " + ruleBase.rules().size() + " rules, each quoting the "
        + "guide; " + ruleBase.interpretationCount() + " local interpretation(s), " + awaiting
        + " awaiting approval; " + warnings + " warning(s)";
    if (strict && warnings > 0) {
      out.println("INVALID (--strict): " + summary);
      return EngagementCli.SOME_FAILED;
    }
    out.println("OK: " + summary);
    return EngagementCli.OK;
  }

  /** Where an interpretation stands with the policy owner, as a bracketed note. */
  private static String approval(RuleBaseInfo ruleBase, String name) {
    return ruleBase.approval(name)
        .map(a -> " [approved by " + a.approvedBy() + " on " + a.approvedOn() + "]")
        .orElse(ruleBase.approvalState(name) == ApprovalState.EDITED_SINCE_APPROVAL
            ? " [edited since approval: awaiting approval]" : " [awaiting approval]");
  }
}
