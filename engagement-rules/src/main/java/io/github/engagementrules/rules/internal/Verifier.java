package io.github.engagementrules.rules.internal;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.DecisionInvariants;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.VerificationFinding;
import io.github.engagementrules.rules.VerificationFinding.Kind;
import io.github.engagementrules.rules.VerificationReport;
import java.util.List;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * Decides opportunities numbered 0..count-1 on all processors and groups the defects found by kind and description;
 * each finding's example is the opportunity with the lowest number, so the report does not depend on thread timing.
 */
public final class Verifier {
  /** Error messages start with the opportunity's id, which would split one defect into as many findings. */
  private static final Pattern OPPORTUNITY_PREFIX = Pattern.compile("^opportunity '[^']*'(?: \\([A-Z_]+\\))?: ");

  private record Defect(Kind kind, String description) {}

  private Verifier() {}

  /**
   * Verifies the opportunities {@code opportunity.apply(0)} to {@code opportunity.apply(count - 1)}.
   *
   * @throws IllegalStateException when a worker thread fails or is interrupted
   */
  public static VerificationReport verify(EngagementDecider decider, LongFunction<Opportunity> opportunity, long count) {
    List<Tally<Defect>> parts = Parallel.run(count, (from, to) -> check(decider, opportunity, from, to));
    List<VerificationFinding> findings =
        Tally.merge(parts).results(
            (defect, c) -> new VerificationFinding(defect.kind(), defect.description(), c.count, c.example, c.detail));
    return new VerificationReport(decider.ruleBase().version(), count, findings);
  }

  /** Strips the opportunity's id from an error message, leaving what is wrong. */
  static String withoutOpportunity(String message) {
    return OPPORTUNITY_PREFIX.matcher(message).replaceFirst("");
  }

  private static Tally<Defect> check(
      EngagementDecider decider, LongFunction<Opportunity> opportunities, long from, long to) {
    Tally<Defect> defects = new Tally<>();
    for (long i = from; i < to; i++) {
      Opportunity opportunity = opportunities.apply(i);
      try {
        Decision decision = decider.decide(opportunity);
        for (String violation : DecisionInvariants.violations(opportunity, decision)) {
          defects.add(new Defect(Kind.INVARIANT, violation), i, opportunity, violation);
        }
      } catch (EngagementException e) {
        Defect defect = switch (e.code()) {
          case NO_ATTENDANCE_DECIDED -> new Defect(Kind.GAP, "no rule decided the attendance of a " + opportunity.kind());
          case CONFLICTING_RULINGS -> new Defect(Kind.CONFLICT, withoutOpportunity(e.getMessage()));
          default -> new Defect(Kind.FAILURE, e.code().code() + " " + withoutOpportunity(e.getMessage()));
        };
        defects.add(defect, i, opportunity, e.getMessage());
      }
    }
    return defects;
  }
}
