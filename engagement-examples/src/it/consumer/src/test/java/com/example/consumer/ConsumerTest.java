package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.GuideSections;
import io.github.engagementrules.rules.RuleDescription;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Uses the published jars the way a force's Java system would, and checks that nothing was left out of them. */
class ConsumerTest {
  private static final String ROSTER =
      "{\"boroughs\": [{\"name\": \"Waverley\","
          + " \"boroughInspector\": {\"id\": \"BI-1\", \"name\": \"Insp. A\"},"
          + " \"neighbourhoodInspector\": {\"id\": \"NI-1\", \"name\": \"Insp. B\"},"
          + " \"divisionalCommander\": {\"id\": \"DC-1\", \"name\": \"Supt. C\"},"
          + " \"communityEngagementVolunteer\": {\"id\": \"CEV-1\", \"name\": \"Cal\"},"
          + " \"wards\": [{\"name\": \"Farnham Castle\", \"pcso\": {\"id\": \"PCSO-1\", \"name\": \"Sam\"}}]}]}";

  /** One DRL file per guide section and seed document, as the README lists them. */
  private static final List<String> BUILT_IN_RULE_FILES =
      List.of(
          "cadets.drl", "community-events.drl", "community-meetings.drl", "elected-members.drl",
          "engagement-research.drl", "hard-to-reach.drl", "online.drl", "partners.drl", "partnership-groups.drl",
          "patrols.drl", "police-initiated.drl", "policing-purpose.drl", "public-events.drl",
          "schools-youth-worship.drl", "universities.drl", "university-local-police.drl", "why-engagement.drl");

  private final EngagementDecider decider =
      EngagementRules.builder().roster(EngagementJson.readRoster(ROSTER)).build();

  @Test
  void statisticsOnlyCommunityMeeting_isRedirectedToTheVolunteer() {
    Opportunity meeting =
        EngagementJson.readOpportunity(
            "{\"id\": \"c-1\", \"kind\": \"COMMUNITY_MEETING\", \"borough\": \"Waverley\","
                + " \"ward\": \"Farnham Castle\", \"requests\": [\"STATISTICS_REPORT\"]}");

    Decision decision = decider.decide(meeting);

    assertEquals(Attendance.REDIRECT, decision.attendance());
    assertEquals(Role.COMMUNITY_ENGAGEMENT_VOLUNTEER, decision.pointOfContact().orElseThrow().role());
    assertTrue(decision.sections().contains("community-meetings"), decision.sections().toString());
    assertEquals(decider.ruleBase().version(), decision.ruleBaseVersion());
  }

  @Test
  void everyBuiltInRuleFileIsInTheJar() {
    Set<String> files =
        decider.ruleBase().rules().stream()
            .map(RuleDescription::file)
            .map(f -> f.substring(f.lastIndexOf('/') + 1))
            .collect(Collectors.toSet());
    assertTrue(files.containsAll(BUILT_IN_RULE_FILES), "rule files in the jar: " + files);
  }

  @Test
  void guideSectionsResourceIsInTheJar() {
    assertEquals(
        "Attendance at Community Meetings", GuideSections.byId("community-meetings").orElseThrow().title());
    assertTrue(decider.ruleBase().unimplementedSections().isEmpty());
  }

  @Test
  void jsonSchemasAreInTheModelJar() {
    for (String name : List.of("opportunity", "roster", "decision")) {
      assertNotNull(
          Opportunity.class.getResource("schema/" + name + ".schema.json"), name + ".schema.json is missing");
    }
  }

  @Test
  void annotationProcessorAndTestDependenciesAreNotInherited() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.immutables.value.Value"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.simple.SimpleLogger"));
  }
}
