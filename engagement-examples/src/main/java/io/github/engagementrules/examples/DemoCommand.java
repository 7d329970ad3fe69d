package io.github.engagementrules.examples;

import io.github.engagementrules.model.Contact;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Escalation;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OverriddenFinding;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.GuideSections;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code demo}: decides the sample opportunities shipped in this jar against the sample roster and prints each
 * decision the way a person reads it, with the rules that fired and the guide sections they implement.
 */
final class DemoCommand implements Command {
  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String usage() {
    return "demo [--rules DIR]...                                     decide the shipped samples and explain them";
  }

  @Override
  public int run(List<String> rawArgs, InputStream in, PrintStream out, PrintStream err) {
    Arguments args = Arguments.parse(rawArgs, Set.of("rules"), Set.of());
    if (!args.positional().isEmpty()) {
      throw new UsageException("demo takes no file; it uses the samples shipped in the jar");
    }
    EngagementDecider decider =
        CliSupport.decider(CliSupport.rosterOrSample(Optional.empty()), args.all("rules"));
    out.println("Engagement rules demo: rule base " + decider.ruleBase().version() + ", "
        + decider.ruleBase().rules().size() + " rules");
    for (String line : CliSupport.sample("opportunities.jsonl").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Opportunity opportunity = EngagementJson.readOpportunity(line);
      out.println();
      print(opportunity, decider.decide(opportunity), out);
    }
    return OK;
  }

  /** Prints one decision in plain language. */
  static void print(Opportunity opportunity, Decision decision, PrintStream out) {
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
      String title = GuideSections.byId(reason.section()).map(s -> s.title()).orElse(reason.section());
      out.println("    - " + reason.rule() + "  [" + title + "]");
      out.println("      " + reason.text());
      out.println("      guide: \"" + reason.quote() + "\"");
      reason.interpretation().ifPresent(note -> out.println("      local interpretation: " + note));
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
