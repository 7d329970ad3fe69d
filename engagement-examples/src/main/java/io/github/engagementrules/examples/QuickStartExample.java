package io.github.engagementrules.examples;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.model.Request;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import java.io.PrintStream;

/**
 * The README's Java snippet as a program: build a decider over the sample roster, decide a statistics-only community
 * meeting, and print the decision with its reasons. Run it with
 * {@code java -cp engagement-examples/target/engagement-cli.jar io.github.engagementrules.examples.QuickStartExample}.
 */
public final class QuickStartExample {
  private QuickStartExample() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    go(System.out);
  }

  /** Decides the example opportunity and prints what was decided and why. */
  static void go(PrintStream out) {
    Roster roster = Samples.roster();
    EngagementDecider decider = EngagementRules.builder().roster(roster).build();

    Decision decision =
        decider.decide(
            Opportunity.builder()
                .id("opp-1")
                .kind(OpportunityKind.COMMUNITY_MEETING)
                .borough("Waverley")
                .ward("Farnham Castle")
                .addRequests(Request.STATISTICS_REPORT)
                .build());

    out.println("attendance: " + decision.attendance());
    decision.pointOfContact()
        .ifPresent(c -> out.println("point of contact: " + c.role() + " " + c.name().orElse("")));
    for (Reason reason : decision.reasons()) {
      out.println("because [" + reason.section() + "] " + reason.rule());
    }
    decision.overridden().forEach(o -> out.println("overridden: " + o.reason().rule() + " (" + o.precedence() + ")"));
  }
}
