package io.github.engagementrules.authoring;

import io.github.engagementrules.authoring.internal.Verifier;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.rules.EngagementDecider;
import java.util.List;

/**
 * Exhaustive verification of a rule base: decides every opportunity of an {@link InputDomain} (or a given list) and
 * reports gaps ({@code ENG-201}), conflicts ({@code ENG-202}), other rule failures, and decisions that break the
 * {@link DecisionInvariants}, each with a counterexample. The work is split over all available processors.
 */
public final class DomainVerification {
  private DomainVerification() {}

  /**
   * Verifies the rule base over the whole domain.
   *
   * @param decider the decider (its rule base is verified; its roster must hold the domain's places)
   * @param domain the input domain
   * @return the findings
   */
  public static VerificationReport verify(EngagementDecider decider, InputDomain domain) {
    return verify(decider, domain, 1);
  }

  /**
   * Verifies the rule base over every {@code step}-th opportunity of the domain (indices 0, step, 2·step, ...): a
   * reduced enumeration for quick checks; {@code step} 1 is the whole domain.
   *
   * @param decider the decider
   * @param domain the input domain
   * @param step the distance between the indices checked
   * @return the findings
   * @throws IllegalArgumentException when {@code step} is not positive
   */
  public static VerificationReport verify(EngagementDecider decider, InputDomain domain, long step) {
    if (step < 1) {
      throw new IllegalArgumentException("step: must be positive, got " + step);
    }
    long count = (domain.size() + step - 1) / step;
    return Verifier.verify(decider, i -> domain.opportunity(i * step), count);
  }

  /**
   * Verifies the rule base over given opportunities, such as {@link InputDomain#randomSample}.
   *
   * @param decider the decider
   * @param opportunities the opportunities
   * @return the findings
   */
  public static VerificationReport verify(EngagementDecider decider, List<Opportunity> opportunities) {
    List<Opportunity> copy = List.copyOf(opportunities);
    return Verifier.verify(decider, i -> copy.get((int) i), copy.size());
  }
}
