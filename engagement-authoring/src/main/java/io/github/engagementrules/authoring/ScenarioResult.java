package io.github.engagementrules.authoring;

import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one scenario: the decision (or the error that kept it from being made) and every expected field
 * that did not match, each as {@code field: expected X, actual Y}.
 *
 * @param scenario the scenario run
 * @param decision the decision, when one was made
 * @param error the error, when the decision failed
 * @param mismatches the expectations not met; empty when the scenario passed
 */
public record ScenarioResult(
    Scenario scenario, Optional<Decision> decision, Optional<EngagementException> error, List<String> mismatches) {
  /** Copies the mismatches. */
  public ScenarioResult {
    mismatches = List.copyOf(mismatches);
  }

  /** Whether every expectation was met. */
  public boolean passed() {
    return mismatches.isEmpty();
  }
}
