package io.github.engagementrules.authoring;

import io.github.engagementrules.authoring.internal.Differ;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The impact of a rule edit: decides the same opportunities with two rule bases and reports which decisions change
 * and how, attributed to guide sections. The work is split over all available processors.
 */
public final class RuleBaseDiff {
  private RuleBaseDiff() {}

  /**
   * Compares two rule bases over every {@code step}-th opportunity of a domain ({@code step} 1 for all of it).
   *
   * @param before a decider with the rule base before the edit
   * @param after a decider with the rule base after it (same roster)
   * @param domain the input domain
   * @param step the distance between the indices compared
   * @return the changes
   * @throws IllegalArgumentException when {@code step} is not positive
   */
  public static DiffReport compare(EngagementDecider before, EngagementDecider after, InputDomain domain, long step) {
    if (step < 1) {
      throw new IllegalArgumentException("step: must be positive, got " + step);
    }
    long count = (domain.size() + step - 1) / step;
    return Differ.diff(before, after, i -> new Differ.Case(before, after, domain.opportunity(i * step)), count);
  }

  /**
   * Compares two rule bases over the domain the rules define, as {@code verify} checks one: every input of {@code
   * coverage}, then {@code samples} seeded random ones, each decided by both on the domain's roster (widened with a
   * place for every profile of posts the rules distinguish). This is {@code diff}'s default.
   *
   * @param before a decider with the rule base before the edit (its roster is replaced by the domain's)
   * @param after a decider with the rule base after it (likewise)
   * @param domain the domain of both rule bases, from {@link DerivedDomain#ofRuleFiles} given both sets of files
   * @param coverage the inputs, from {@code domain}
   * @param seed the seed of the random sample
   * @param samples how many random opportunities to add; 0 for none
   * @return the changes
   * @throws IllegalArgumentException when {@code samples} is negative
   */
  public static DiffReport compare(EngagementDecider before, EngagementDecider after, DerivedDomain domain,
      Coverage coverage, long seed, int samples) {
    EngagementDecider widenedBefore = before.withRoster(domain.roster());
    EngagementDecider widenedAfter = after.withRoster(domain.roster());
    LongFunction<Opportunity> inputs = domain.inputs(coverage, seed, samples);
    return Differ.diff(widenedBefore, widenedAfter,
        i -> new Differ.Case(widenedBefore, widenedAfter, inputs.apply(i)), coverage.size() + samples);
  }

  /**
   * Compares two rule bases over the opportunities of scenarios, each decided against its own roster.
   *
   * @param before a decider with the rule base before the edit
   * @param after a decider with the rule base after it
   * @param scenarios the scenarios whose opportunities are decided (their expectations are not used)
   * @return the changes
   */
  public static DiffReport compare(EngagementDecider before, EngagementDecider after, List<Scenario> scenarios) {
    Map<Roster, EngagementDecider> befores = new IdentityHashMap<>();
    Map<Roster, EngagementDecider> afters = new IdentityHashMap<>();
    List<Differ.Case> cases =
        scenarios.stream()
            .map(s -> new Differ.Case(
                befores.computeIfAbsent(s.roster(), before::withRoster),
                afters.computeIfAbsent(s.roster(), after::withRoster),
                s.opportunity()))
            .toList();
    return Differ.diff(before, after, i -> cases.get((int) i), cases.size());
  }
}
