package io.github.engagementrules.authoring;

import io.github.engagementrules.authoring.internal.Expectations;
import io.github.engagementrules.authoring.internal.ScenarioFiles;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.EngagementDecider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scenario tests for policy authors: read scenario files and run them against a rule base, with the rule base's
 * coverage. A scenario file ({@code .json}) holds one scenario object or an array of them:
 *
 * <pre>{@code
 * {
 *   "name": "statistics-only community meeting is redirected",
 *   "roster": "roster.json",
 *   "opportunity": {"kind": "COMMUNITY_MEETING", "borough": "Waverley", "ward": "Farnham Castle",
 *                   "requests": ["STATISTICS_REPORT"]},
 *   "expect": {"attendance": "REDIRECT", "pointOfContact": {"role": "COMMUNITY_ENGAGEMENT_VOLUNTEER"},
 *              "channels": ["POLICE_UK", "IN_THE_KNOW"]}
 * }
 * }</pre>
 *
 * <p>{@code roster} (optional) is a path relative to the scenario file; without it the default roster is used. The
 * opportunity's {@code id} defaults to the scenario's name. {@code expect} holds any subset of the expected decision
 * fields: {@code attendance}, {@code attendee}, {@code pointOfContact}, {@code contacts}, {@code escalations},
 * {@code actions}, {@code channels}, {@code firedRules}, {@code notFiredRules}, {@code overriddenRules}, {@code
 * sections}, {@code error}, {@code invariants} (see docs/POLICY-AUTHORS.md for how each is compared).
 */
public final class Scenarios {
  private Scenarios() {}

  /**
   * Reads scenario files and directories of them (every {@code .json} file below, except rosters).
   *
   * @param paths scenario files or directories
   * @param defaultRoster the roster for scenarios that name none; may be {@code null} when every scenario names one
   * @return the scenarios, in file order
   * @throws EngagementException {@link io.github.engagementrules.model.ErrorCode#INVALID_INPUT} naming the file, the
   *     scenario and the field when a file is malformed
   */
  public static List<Scenario> read(List<Path> paths, Roster defaultRoster) {
    return new ScenarioFiles(defaultRoster).read(paths);
  }

  /**
   * Runs scenarios: decides each opportunity against its roster with {@code decider}'s rule base and compares the
   * decision with the expectations.
   *
   * @param decider the decider whose rule base is tested (its own roster is not used)
   * @param scenarios the scenarios
   * @return each result and the rule base's coverage
   */
  public static ScenarioReport run(EngagementDecider decider, List<Scenario> scenarios) {
    Map<Roster, EngagementDecider> byRoster = new IdentityHashMap<>();
    List<ScenarioResult> results = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      results.add(result(decider, byRoster, scenario));
    }
    return new ScenarioReport(decider.ruleBase(), results);
  }

  /**
   * The first of the scenarios, in order, whose decision differs from its expectations; the rest are not decided.
   *
   * @param decider the decider whose rule base is tested (its own roster is not used)
   * @param scenarios the scenarios
   * @return the first failure, or empty when every scenario passes
   */
  static Optional<ScenarioResult> firstFailure(EngagementDecider decider, List<Scenario> scenarios) {
    Map<Roster, EngagementDecider> byRoster = new IdentityHashMap<>();
    for (Scenario scenario : scenarios) {
      ScenarioResult result = result(decider, byRoster, scenario);
      if (!result.mismatches().isEmpty()) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }

  private static ScenarioResult result(
      EngagementDecider decider, Map<Roster, EngagementDecider> byRoster, Scenario scenario) {
    EngagementDecider rosterDecider = byRoster.computeIfAbsent(scenario.roster(), decider::withRoster);
    Decision decision = null;
    EngagementException error = null;
    try {
      decision = rosterDecider.decide(scenario.opportunity());
    } catch (EngagementException e) {
      error = e;
    }
    return new ScenarioResult(
        scenario,
        Optional.ofNullable(decision),
        Optional.ofNullable(error),
        Expectations.mismatches(scenario.expected(), decider.ruleBase(), scenario.opportunity(), decision, error));
  }
}
