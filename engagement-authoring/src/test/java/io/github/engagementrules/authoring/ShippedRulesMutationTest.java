package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.model.EngagementJson;
import io.github.engagementrules.model.Roster;
import io.github.engagementrules.authoring.Mutant.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules against the scenarios shipped in engagement-examples, which must kill at least 95% of the
 * non-equivalent mutants. The default build tries every 50th mutant with the probes only; {@code -Dmutants.full=true}
 * tries them all, compares survivors over every 997th opportunity of the domain, and writes the report to {@code
 * target/mutants-report.txt} and the survivors' guards to {@code target/mutants-guards.json}.
 */
class ShippedRulesMutationTest {
  static final Path SCENARIOS = Path.of("../engagement-examples/scenarios");
  /** The default build's slice: every n-th mutant. */
  static final int SLICE = 50;
  static final Path ROSTER = Path.of("../engagement-examples/src/main/resources/samples/roster.json");

  @Test
  void builtInRules_sampleOfMutants_areTriedAndReportedByFileAndLine() throws IOException {
    boolean full = Boolean.getBoolean("mutants.full");
    MutationOptions options = full
        ? MutationOptions.defaults()
        : MutationOptions.defaults().withSampleEvery(SLICE).withDomainStep(0);

    MutationReport report = MutationAnalysis.runBuiltIn(shippedScenarios(), options);

    String text = report.text();
    if (full) {
      Files.writeString(Path.of("target/mutants-report.txt"), text);
      Files.writeString(Path.of("target/mutants-guards.json"), report.guardsFile());
    }
    System.out.print(text);
    assertEquals(List.of(), report.scenariosFailing());
    assertTrue(report.mutants().size() >= (full ? 200 : 5), text);
    assertTrue(report.killed() > 0, text);
    for (Mutant mutant : report.mutants()) {
      assertTrue(mutant.location().matches("guide/[a-z-]+\\.drl:\\d+"), mutant.location());
    }
    for (Mutant survivor : report.withStatus(Status.SURVIVED)) {
      assertTrue(text.contains(survivor.advice()), survivor.advice());
    }
    assertTrue(text.endsWith("mutants: " + report.killed() + " of " + report.scored() + " killed\n"), text);
    assertTrue(report.score() >= 95.0, () -> "the shipped scenarios kill less than 95% of the mutants:\n" + text);
  }

  static List<Scenario> shippedScenarios() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SCENARIOS), "the shipped scenarios are not beside this module");
    Roster roster = EngagementJson.readRoster(Files.readString(ROSTER));
    return Scenarios.read(List.of(SCENARIOS), roster);
  }
}
