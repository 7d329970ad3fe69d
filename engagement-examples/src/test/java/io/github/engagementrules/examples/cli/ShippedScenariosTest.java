package io.github.engagementrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.Scenario;
import io.github.engagementrules.authoring.ScenarioReport;
import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.examples.Samples;
import io.github.engagementrules.examples.Schemas;
import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.GuideSection;
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
