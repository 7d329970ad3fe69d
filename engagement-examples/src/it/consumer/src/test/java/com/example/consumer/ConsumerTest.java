package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Opportunity;
import io.github.engagementrules.model.OpportunityKind;
import io.github.engagementrules.model.Role;
import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.JsonLinesDecisionSink;
import io.github.engagementrules.rules.RuleDescription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void batchOfEveryKind_isDecidedAndRecorded(@TempDir Path directory) throws Exception {
    // Exercises the rest of the public API (and the internal classes behind it) as a user would.
    Path records = directory.resolve("records.jsonl");
    List<Opportunity> batch = new ArrayList<>();
    for (OpportunityKind kind : OpportunityKind.values()) {
      batch.add(Opportunity.builder().id("k-" + kind).kind(kind).borough("Waverley").ward("Farnham Castle").build());
    }
    List<DecisionResult> results;
    try (JsonLinesDecisionSink sink = JsonLinesDecisionSink.open(records, Clock.systemUTC(), true)) {
      results = EngagementRules.builder().roster(decider.roster()).decisionListener(sink).build().decideAll(batch);
    }
    assertEquals(batch.size(), results.size());
    long decided = results.stream().filter(DecisionResult::isDecided).count();
    assertEquals(batch.size(), decided, results.toString());
    assertEquals(decided, Files.readAllLines(records).size());
  }

  @Test
  void runtimeClasspath_holdsNoAuthoringToolOrTestLibrary() {
    // What a force system gets by depending on engagement-rules: the decider and its engine, nothing of the policy
    // author's tools, the command line, the service or the project's own tests.
    List<String> classpath = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
    List<String> jars = classpath.stream()
        .map(entry -> Path.of(entry).getFileName().toString())
        .filter(name -> name.endsWith(".jar"))
        .toList();
    assertTrue(jars.stream().anyMatch(j -> j.startsWith("engagement-rules-")), jars.toString());
    assertTrue(jars.stream().anyMatch(j -> j.startsWith("engagement-model-")), jars.toString());
    List<String> forbidden = List.of(
        "engagement-authoring", "engagement-examples", "engagement-cli", "-tests.jar", "value-", "slf4j-simple",
        "logback", "jetty", "picocli", "micrometer", "archunit", "json-schema-validator", "selenium");
    List<String> leaked = jars.stream().filter(j -> forbidden.stream().anyMatch(j::contains)).toList();
    assertEquals(List.of(), leaked);
    assertThrows(ClassNotFoundException.class, () -> Class.forName("io.github.engagementrules.authoring.Validation"));
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
        "Attendance at Community Meetings", CompiledRules.builtIn().info().section("community-meetings").orElseThrow().title());
    assertTrue(decider.ruleBase().unimplementedSections().isEmpty());
  }

  @Test
  void jsonSchemasAreInTheModelJar() {
    for (String name : List.of("opportunity", "roster", "decision", "decision-record")) {
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
