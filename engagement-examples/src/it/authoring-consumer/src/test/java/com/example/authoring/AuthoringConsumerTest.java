package com.example.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.DecisionInvariants;
import io.github.engagementrules.authoring.DerivedDomain;
import io.github.engagementrules.authoring.Validation;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.RuleBaseValidation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uses the published authoring jar the way a force's policy author's tooling would. */
class AuthoringConsumerTest {

  @Test
  void builtInRules_validateWithoutErrors() {
    RuleBaseValidation validation = Validation.ofBuiltIn();

    assertEquals(List.of(), validation.errors());
    assertTrue(validation.ruleBase().orElseThrow().rules().size() > 50);
  }

  @Test
  void sampleOfTheDerivedDomain_keepsTheInvariants() {
    Roster roster = EngagementJson.readRoster(
        "{\"boroughs\": [{\"name\": \"Waverley\","
            + " \"boroughInspector\": {\"id\": \"BI-1\", \"name\": \"Insp. A\"},"
            + " \"neighbourhoodInspector\": {\"id\": \"NI-1\", \"name\": \"Insp. B\"},"
            + " \"divisionalCommander\": {\"id\": \"DC-1\", \"name\": \"Supt. C\"},"
            + " \"wards\": [{\"name\": \"Farnham Castle\", \"pcso\": {\"id\": \"PCSO-1\", \"name\": \"Sam\"}}]}]}");
    DerivedDomain domain = DerivedDomain.ofBuiltInRules(roster);
    EngagementDecider decider = EngagementRules.builder().roster(domain.roster()).build();
    List<Opportunity> sample = domain.randomSample(1L, 200);
    List<String> violations = new ArrayList<>();
    // Some samples carry a judgement nobody was asked for, which is an error result rather than a decision.
    List<DecisionResult> results = decider.decideAll(sample);
    results.forEach(r -> r.decision().ifPresent(
        d -> violations.addAll(DecisionInvariants.violations(sample.get(r.index()), d))));
    assertEquals(List.of(), violations);
    assertTrue(results.stream().anyMatch(DecisionResult::isDecided));
    results.stream().flatMap(r -> r.error().stream()).forEach(
        e -> assertTrue(e.getMessage().contains("is not asked to judge this opportunity"), e.getMessage()));
  }
}
