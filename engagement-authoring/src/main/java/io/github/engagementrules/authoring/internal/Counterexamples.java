package io.github.engagementrules.authoring.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;

/** Counterexamples written as scenario files, so that an author can rerun them with {@code engagement test}. */
public final class Counterexamples {
  private Counterexamples() {}

  /**
   * A scenario that decides {@code opportunity} and expects a sound decision (no gap, conflict or broken invariant).
   *
   * @param name the scenario's name
   * @param opportunity the opportunity
   * @param rosterReference the roster path, or {@code null} for the test's default roster
   */
  public static ObjectNode scenario(String name, Opportunity opportunity, String rosterReference) {
    ObjectNode scenario = JsonNodeFactory.instance.objectNode();
    scenario.put("name", name);
    if (rosterReference != null) {
      scenario.put("roster", rosterReference);
    }
    scenario.set("opportunity", EngagementJson.toJson(opportunity));
    scenario.set("expect", Expectations.soundDecision());
    return scenario;
  }
}
