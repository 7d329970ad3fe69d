package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.Scenario;
import io.github.engagementrules.authoring.ScenarioReport;
import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.examples.Schemas;
import io.github.engagementrules.model.Attendance;
import io.github.engagementrules.model.Decision;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.PublicAnswer;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.model.Ward;
import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.DecisionResult;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.GuideSection;
import io.github.engagementrules.rules.PublicAnswers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The scenarios shipped in {@code engagement-examples/scenarios/} are the built-in rules' acceptance tests: every one
 * passes, together they fire every rule, and every guide section that implies a decision (is not informational) has
 * its own scenario file.
 */
class ShippedScenariosTest {
  static final Path SCENARIOS = Path.of("scenarios");

  private final Roster sampleRoster = EngagementJson.readRoster(Samples.text("roster.json"));
  private final EngagementDecider decider = EngagementRules.builder().roster(sampleRoster).build();

  @Test
  void shippedScenarios_allPass_andFireEveryBuiltInRule() {
    List<Scenario> scenarios = Scenarios.read(List.of(SCENARIOS), sampleRoster);
    ScenarioReport report = Scenarios.run(decider, scenarios);

    assertTrue(report.failures().isEmpty(), () -> report.failures().stream()
        .map(f -> f.scenario().name() + ":\n  " + String.join("\n  ", f.mismatches()))
        .collect(Collectors.joining("\n")));
    assertEquals(List.of(), report.rulesNeverFired().stream().map(r -> r.name()).toList());
    assertEquals(100.0, report.ruleCoverage());
    assertEquals(List.of(), report.sectionsNotExercised());
  }

  @Test
  void everyShippedScenariosDecision_hasAPublicAnswer_thatAgreesWithIt_andNamesOnlyTheWardsPcso() {
    List<Scenario> scenarios = Scenarios.read(List.of(SCENARIOS), sampleRoster);
    int answered = 0;
    for (Scenario scenario : scenarios) {
      EngagementDecider scenarioDecider = decider.withRoster(scenario.roster());
      DecisionResult result = scenarioDecider.decideAll(List.of(scenario.opportunity())).get(0);
      if (!result.isDecided()) {
        continue; // a scenario of an input error: no decision, so nothing to answer
      }
      answered++;
      Decision decision = result.decision().orElseThrow();
      PublicAnswer answer = PublicAnswers.of(scenarioDecider, scenario.opportunity(), decision);

      boolean attends = decision.attendance() == Attendance.ATTEND || decision.attendance() == Attendance.DELEGATE;
      assertEquals(attends, answer.policeAttend(), scenario.name());
      assertEquals(decision.attendance() == Attendance.REFER, answer.referred(), scenario.name());
      assertFalse(answer.details().isEmpty(), scenario.name());
      List<String> wardPcso = scenario.roster().borough(scenario.opportunity().borough())
          .flatMap(b -> scenario.opportunity().ward().flatMap(b::ward))
          .flatMap(Ward::pcso)
          .filter(pcso -> !answer.emergency())
          .map(pcso -> List.of(pcso.name()))
          .orElse(List.of());
      assertEquals(wardPcso, answer.contacts().stream().flatMap(c -> c.name().stream()).toList(), scenario.name());
      assertEquals(List.of(), Schemas.PUBLIC_ANSWER.validate(EngagementJson.toJson(answer)).stream()
          .map(Object::toString).toList(), scenario.name());
    }
    assertTrue(answered > scenarios.size() / 2, answered + " of " + scenarios.size());
  }

  @Test
  void everyGuideSectionThatImpliesADecision_hasItsOwnScenarioFile() {
    for (GuideSection section : CompiledRules.builtIn().info().sections().stream().filter(s -> !s.informational()).toList()) {
      Path file = SCENARIOS.resolve(section.id() + ".json");
      assertTrue(Files.isRegularFile(file), () -> "no scenario file " + file + " for section " + section.id());
      List<Scenario> scenarios = Scenarios.read(List.of(file), sampleRoster);
      ScenarioReport report = Scenarios.run(decider, scenarios);
      assertTrue(report.sectionsNotExercised().stream().noneMatch(s -> s.id().equals(section.id())),
          () -> file + " does not exercise section " + section.id());
    }
  }
}
