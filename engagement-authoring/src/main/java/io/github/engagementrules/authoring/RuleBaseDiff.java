package io.github.engagementrules.authoring;

import io.github.engagementrules.authoring.internal.Differ;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
