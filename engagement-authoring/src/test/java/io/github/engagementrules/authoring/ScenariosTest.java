package io.github.engagementrules.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.engagementrules.authoring.Scenario;
import io.github.engagementrules.authoring.ScenarioReport;
import io.github.engagementrules.authoring.ScenarioResult;
import io.github.engagementrules.authoring.Scenarios;
import io.github.engagementrules.model.EngagementException;
import io.github.engagementrules.model.ErrorCode;
import io.github.engagementrules.rules.BrokenRuleBases;
import io.github.engagementrules.rules.CompiledRules;
import io.github.engagementrules.rules.EngagementDecider;
import io.github.engagementrules.rules.EngagementRules;
import io.github.engagementrules.rules.Rosters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Scenarios}: reading scenario files, comparing expectations, coverage. */
class ScenariosTest {
  private static final String STATISTICS_MEETING =
      "{\"kind\": \"COMMUNITY_MEETING\", \"borough\": \"Waverley\", \"ward\": \"Farnham Castle\","
          + " \"requests\": [\"STATISTICS_REPORT\"]}";
  private final EngagementDecider builtIn = EngagementRules.builder().roster(Rosters.standard()).build();
  @TempDir Path temp;

  @Test
  void scenarioMeetingItsExpectations_passes_andCountsTowardsCoverage() throws IOException {
    Path file = write("redirect.json", "{\"name\": \"redirect\", \"opportunity\": " + STATISTICS_MEETING + ", \"expect\": {"
        + "\"attendance\": \"REDIRECT\", \"attendee\": \"COMMUNITY_ENGAGEMENT_VOLUNTEER\","
        + "\"pointOfContact\": {\"role\": \"COMMUNITY_ENGAGEMENT_VOLUNTEER\", \"id\": \"CEV-1\"},"
        + "\"escalations\": [], \"channels\": [\"IN_THE_KNOW\", \"POLICE_UK\"], \"sections\": [\"community-meetings\"],"
        + "\"invariants\": true}}");

    ScenarioReport report = Scenarios.run(builtIn, Scenarios.read(List.of(file), Rosters.standard()));

    assertTrue(report.results().get(0).passed(), () -> report.results().get(0).mismatches().toString());
    assertEquals("redirect", report.results().get(0).scenario().opportunity().id(), "the id defaults to the name");
    int rules = builtIn.ruleBase().rules().size();
    assertEquals(4, report.firedRules().size(), report.firedRules()::toString);
    assertEquals(rules - 4, report.rulesNeverFired().size());
    assertEquals(100.0 * 4 / rules, report.ruleCoverage(), 1e-9);
    assertEquals(CompiledRules.builtIn().info().sections().stream().filter(s -> !s.informational()).count() - 1, report.sectionsNotExercised().size());
  }

  @Test
  void unmetExpectations_areEachReportedAsExpectedAndActual() throws IOException {
    Path file = write("wrong.json", "[{\"opportunity\": " + STATISTICS_MEETING + ", \"expect\": {"
        + "\"attendance\": \"ATTEND\", \"pointOfContact\": {\"role\": \"PCSO\"}, \"channels\": [\"POLICE_UK\"],"
        + "\"escalations\": [{\"to\": \"BOROUGH_INSPECTOR\"}], \"firedRules\": [\"No such rule\"]}}]");

    ScenarioResult result = Scenarios.run(builtIn, Scenarios.read(List.of(file), Rosters.standard())).results().get(0);

    assertEquals("wrong[0]", result.scenario().name());
    assertEquals(5, result.mismatches().size(), result.mismatches()::toString);
    assertEquals("attendance: expected \"ATTEND\", actual \"REDIRECT\"", result.mismatches().get(0));
    assertTrue(result.mismatches().get(1).startsWith(
        "pointOfContact: expected {\"role\":\"PCSO\"}, actual {\"role\":\"COMMUNITY_ENGAGEMENT_VOLUNTEER\""),
        result.mismatches().get(1));
    assertEquals("channels: expected [POLICE_UK], actual [POLICE_UK, IN_THE_KNOW]; unexpected [IN_THE_KNOW]",
        result.mismatches().get(2));
    assertTrue(result.mismatches().get(3).contains("missing [{\"to\":\"BOROUGH_INSPECTOR\"}]"));
    assertTrue(result.mismatches().get(4).startsWith(
        "firedRules: the rule base has no rule named (or with @id) \"No such rule\"; nearest: "),
        result.mismatches().get(4));
  }

  @Test
  void notFiredRules_failsWhenAListedRuleFired_andPassesWhenAKnownRuleDidNot() throws IOException {
    ScenarioResult probe = Scenarios.run(builtIn, Scenarios.read(List.of(write("probe.json",
        "{\"opportunity\": " + STATISTICS_MEETING + ", \"expect\": {}}")), Rosters.standard())).results().get(0);
    String fired = builtIn.decide(probe.scenario().opportunity()).reasons().get(0).rule();
    Path file = write("silent.json", "[{\"opportunity\": " + STATISTICS_MEETING + ", \"expect\": {\"notFiredRules\": [\""
        + fired + "\"]}}, {\"opportunity\": " + STATISTICS_MEETING + ", \"expect\": {\"notFiredRules\": [\"Patrol goes ahead\"]}}]");

    List<ScenarioResult> results = Scenarios.run(builtIn, Scenarios.read(List.of(file), Rosters.standard())).results();

    assertEquals(1, results.get(0).mismatches().size(), results.get(0).mismatches()::toString);
    assertTrue(results.get(0).mismatches().get(0).startsWith("notFiredRules: expected none of \"" + fired + "\" to fire"),
        results.get(0).mismatches().get(0));
    assertTrue(results.get(1).passed(), results.get(1).mismatches()::toString);
  }

  @Test
  void failingDecision_failsTheScenario_unlessTheErrorIsExpected(@TempDir Path rules) throws IOException {
    EngagementDecider broken = BrokenRuleBases.decider(BrokenRuleBases.gap(rules));
    String patrol = "{\"kind\": \"PATROL\", \"borough\": \"Waverley\", \"ward\": \"Farnham Castle\"}";
    Path file = write("gap.json", "[{\"opportunity\": " + patrol + "},"
        + "{\"opportunity\": " + patrol + ", \"expect\": {\"error\": \"ENG-201\"}}]");

    List<ScenarioResult> results = Scenarios.run(broken, Scenarios.read(List.of(file), Rosters.standard())).results();

    assertTrue(results.get(0).mismatches().get(0).startsWith("decision failed: ENG-201"));
    assertTrue(results.get(1).passed());
    assertFalse(Scenarios.run(builtIn, Scenarios.read(List.of(file), Rosters.standard())).results().get(1).passed());
  }

  @Test
  void rosterReference_isResolvedAgainstTheScenarioFile() throws IOException {
    Files.createDirectories(temp.resolve("suite/rosters"));
    Files.writeString(temp.resolve("suite/rosters/tiny.json"), "{\"boroughs\": [{\"name\": \"Tiny\","
        + " \"boroughInspector\": {\"id\": \"B\", \"name\": \"B\"}, \"neighbourhoodInspector\": {\"id\": \"N\", \"name\": \"N\"},"
        + " \"divisionalCommander\": {\"id\": \"D\", \"name\": \"D\"}, \"wards\": [{\"name\": \"Only\"}]}]}");
    Files.writeString(temp.resolve("suite/patrol.json"), "{\"roster\": \"rosters/tiny.json\", \"opportunity\":"
        + " {\"kind\": \"PATROL\", \"borough\": \"Tiny\", \"ward\": \"Only\"}, \"expect\": {\"attendance\": \"ATTEND\","
        + " \"pointOfContact\": null, \"escalations\": [{\"to\": \"BOROUGH_INSPECTOR\", \"priority\": \"ROUTINE\"}]}}");

    List<Scenario> scenarios = Scenarios.read(List.of(temp.resolve("suite")), null);

    assertEquals(1, scenarios.size(), "the roster beside the scenarios is not read as a scenario");
    assertTrue(Scenarios.run(builtIn, scenarios).results().get(0).passed(),
        () -> Scenarios.run(builtIn, scenarios).results().get(0).mismatches().toString());
  }

  @Test
  void malformedScenarioFiles_areRejectedNamingTheFileAndField() throws IOException {
    assertInvalid(write("a.json", "{\"opportunity\": {\"kind\": \"PARADE\", \"borough\": \"x\", \"ward\": \"y\"}}"),
        "a.json: opportunity.kind: ");
    assertInvalid(write("b.json", "[{\"opportunity\": " + STATISTICS_MEETING + ", \"expect\": {\"atendance\": \"ATTEND\"}}]"),
        "b.json: [0].expect.atendance: unknown expected field");
    assertInvalid(write("c.json", "{\"opportunity\": " + STATISTICS_MEETING + ", \"expect\": {\"actions\": [\"DANCE\"]}}"),
        "c.json: expect.actions[0]: unknown value 'DANCE'");
    assertInvalid(write("d.json", "{\"opportunity\": " + STATISTICS_MEETING + ", \"expected\": {}}"),
        "d.json: expected: unknown field");
    assertInvalid(write("e.json", "{\"roster\": \"nowhere.json\", \"opportunity\": " + STATISTICS_MEETING + "}"),
        "e.json: roster: cannot read roster 'nowhere.json'");
  }

  private void assertInvalid(Path file, String expectedStart) {
    EngagementException e =
        assertThrows(EngagementException.class, () -> Scenarios.read(List.of(file), Rosters.standard()));
    assertEquals(ErrorCode.INVALID_INPUT, e.code());
    assertTrue(e.getMessage().startsWith(file + ": " + expectedStart.substring(expectedStart.indexOf(": ") + 2)),
        e::getMessage);
  }

  private Path write(String name, String json) throws IOException {
    return Files.writeString(temp.resolve(name), json);
  }
}
