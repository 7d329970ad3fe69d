package com.example.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.DecisionInvariants;
import io.github.engagementrules.authoring.DerivedDomain;
import io.github.engagementrules.authoring.Validation;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Roster;
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
    List<String> violations = new ArrayList<>();
    for (Opportunity opportunity : domain.randomSample(1L, 200)) {
      violations.addAll(DecisionInvariants.violations(opportunity, decider.decide(opportunity)));
    }
    assertEquals(List.of(), violations);
  }
}
