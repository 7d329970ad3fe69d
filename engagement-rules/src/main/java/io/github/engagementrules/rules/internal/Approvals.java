package io.github.engagementrules.rules.internal;

import io.github.engagementrules.rules.ApprovalState;
import io.github.engagementrules.rules.FunctionInterpretation;
import io.github.engagementrules.rules.RuleBaseInfo;
import io.github.engagementrules.rules.RuleDescription;
import io.github.engagementrules.rules.RuleProblem.Severity;
import io.github.engagementrules.rules.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The local interpretations of a rule base that no approval covers, as problems at the rule's file and line. */
public final class Approvals {
  private Approvals() {}

  /**
   * One problem per unapproved local interpretation (marked rule or marked function), at its {@code file:line}.
   *
   * @param info the compiled rule base
   * @param severity how serious an unapproved interpretation is where it is reported
   * @param consequence what follows from it there, appended to each message (may be empty)
   * @return the problems, in rule-base order
   */
  public static List<RuleProblem> unapproved(RuleBaseInfo info, Severity severity, String consequence) {
    List<RuleProblem> problems = new ArrayList<>();
    for (RuleDescription rule : info.interpretations()) {
      message(info, rule.name(), "rule").ifPresent(m -> problems.add(
          RuleProblem.builder().file(rule.file()).line(rule.line()).column(1).severity(severity)
              .message(m + consequence).build()));
    }
    for (FunctionInterpretation function : info.functionInterpretations()) {
      message(info, function.name(), "function").ifPresent(m -> problems.add(
          RuleProblem.builder().file(function.file()).line(function.line()).column(1).severity(severity)
              .message(m + consequence).build()));
    }
    return problems;
  }

  private static Optional<String> message(RuleBaseInfo info, String name, String kind) {
    ApprovalState state = info.approvalState(name);
    return switch (state) {
      case APPROVED -> Optional.empty();
      case EDITED_SINCE_APPROVAL -> Optional.of("the local interpretation of " + kind + " \"" + name
          + "\" was edited after it was approved: it awaits a new approval ('engagement approve')");
      case AWAITING_APPROVAL -> Optional.of("the local interpretation of " + kind + " \"" + name
          + "\" awaits the policy owner's approval ('engagement approve')");
    };
  }
}
