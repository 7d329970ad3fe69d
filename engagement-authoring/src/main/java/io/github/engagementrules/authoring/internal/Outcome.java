package io.github.engagementrules.authoring.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Reason;
import io.github.engagementrules.rules.EngagementDecider;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A decision, or the error that kept it from being made: what {@link Verifier} and {@link Differ} compare.
 *
 * @param decision the decision, or {@code null} when it failed
 * @param error the error, or {@code null} when the decision was made
 */
record Outcome(Decision decision, EngagementException error) {
  /** What {@code decider} decides about {@code opportunity}. */
  static Outcome of(EngagementDecider decider, Opportunity opportunity) {
    try {
      return new Outcome(decider.decide(opportunity), null);
    } catch (EngagementException e) {
      return new Outcome(null, e);
    }
  }

  /** The attendance and who attends, or the error's code. */
  String summary() {
    return decision == null
        ? "fails " + error.code().code()
        : decision.attendance() + decision.attendee().map(r -> " by " + r).orElse("");
  }

  /** The rules whose reasons the decision gives, in its order; none for an error. */
  Set<String> firedRules() {
    Set<String> fired = new LinkedHashSet<>();
    if (decision != null) {
      decision.reasons().stream().map(Reason::rule).forEach(fired::add);
    }
    return fired;
  }

  /** The same decision, whatever rule-base version made it, or the same error; equal values write the same JSON. */
  boolean sameAs(Outcome other) {
    return decision != null && other.decision != null
        ? decision.equals(ModelShape.copy(other.decision, Decision.class,
            Map.of("ruleBaseVersion", decision.ruleBaseVersion())))
        : decision == null && other.decision == null && error.code() == other.error.code();
  }

  /** The decision as JSON without its rule-base version (reversed files hash differently), or the error's code. */
  String json() {
    if (decision == null) {
      return error.code().code();
    }
    ObjectNode json = EngagementJson.toJson(decision);
    json.remove("ruleBaseVersion");
    return EngagementJson.write(json);
  }
}
