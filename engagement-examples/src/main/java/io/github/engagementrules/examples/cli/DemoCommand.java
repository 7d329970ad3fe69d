package io.github.engagementrules.examples.cli;

import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Escalation;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OverriddenFinding;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.RuleBaseInfo;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code demo}: decides the sample opportunities shipped in this jar against the sample roster and prints each
 * decision the way a person reads it, with the rules that fired and the guide sections they implement.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Decides the shipped sample opportunities and explains each decision in plain language.")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand EngagementCli cli;
  @Mixin CliSupport.RuleOptions rules;

  @Override
  public Integer call() {
    PrintStream out = cli.out();
    EngagementDecider decider = CliSupport.decider(Samples.roster(), rules.directories);
    out.println("Engagement rules demo: rule base " + decider.ruleBase().version() + ", "
        + decider.ruleBase().rules().size() + " rules"
        + decider.ruleBase().edition().map(e -> ", edition: " + e.label()).orElse(""));
    for (String line : Samples.text("opportunities.jsonl").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Opportunity opportunity = EngagementJson.readOpportunity(line);
      out.println();
      print(opportunity, decider.decide(opportunity), decider.ruleBase(), out);
    }
    return EngagementCli.OK;
  }

  /** Prints one decision in plain language, with the titles of the sections of {@code ruleBase}'s guide. */
  static void print(Opportunity opportunity, Decision decision, RuleBaseInfo ruleBase, PrintStream out) {
    out.println(opportunity.id() + "  " + opportunity.kind() + " in "
        + opportunity.ward().map(ward -> ward + ", ").orElse("all of ") + opportunity.borough());
    out.println("  decision:   " + decision.attendance() + decision.attendee().map(r -> " (" + r + ")").orElse(""));
    out.println("  contact:    " + decision.pointOfContact().map(DemoCommand::contact).orElse("none"));
    for (Contact c : decision.contacts()) {
      out.println("  also:       " + contact(c) + " for "
          + c.remits().stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
    for (Escalation e : decision.escalations()) {
      out.println("  escalate:   " + e.priority() + " to " + e.to() + ": " + e.reason());
    }
    if (!decision.actions().isEmpty()) {
      out.println("  actions:    " + decision.actions().stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
    if (!decision.channels().isEmpty()) {
      out.println("  channels:   " + decision.channels().stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
    out.println("  because:");
    for (Reason reason : decision.reasons()) {
      String title = ruleBase.section(reason.section()).map(GuideSection::title).orElse(reason.section());
      out.println("    - " + reason.rule() + "  [" + title + "]");
      out.println("      " + reason.text());
      out.println("      guide: \"" + reason.quote() + "\"");
      reason.interpretation().ifPresent(note -> out.println("      local interpretation: " + note));
      if (reason.awaitingApproval()) {
        out.println("      (rests on a local interpretation awaiting the policy owner's approval)");
      }
    }
    if (!decision.overridden().isEmpty()) {
      out.println("  overridden:");
      for (OverriddenFinding o : decision.overridden()) {
        out.println("    - " + o.reason().rule() + " (" + o.finding() + ")");
        out.println("      overridden by " + o.overriddenBy() + " (" + o.precedence() + ")");
      }
    }
  }

  private static String contact(Contact contact) {
    return contact.name().orElse("(unnamed)") + " (" + contact.role() + contact.id().map(id -> ", " + id).orElse("")
        + ")";
  }
}
